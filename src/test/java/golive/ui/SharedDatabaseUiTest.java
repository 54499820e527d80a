package golive.ui;

import golive.store.SharedLogin;
import golive.testkit.PostgresCluster;
import javafx.application.Platform;
import javafx.scene.control.Button;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** File › Open a shared database: the form, then the same wizard over a store on the run's PostgreSQL. */
@ExtendWith(ApplicationExtension.class)
class SharedDatabaseUiTest {
    @TempDir
    static Path dir;
    GoLiveApp app;
    Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        app = new GoLiveApp();
        app.start(stage, dir.resolve("local/golive"));
    }

    @AfterEach
    void tearDown() {
        UiRig.fx(app::stop);
    }

    @Test
    void theSharedDatabaseFormOpensTheStoreOnTheServer(FxRobot robot) {
        UiRig.until(() -> robot.lookup("#welcome").tryQuery().isPresent());
        PostgresCluster cluster = PostgresCluster.shared();
        SharedLogin db = cluster.newDatabase();
        MenuItem item = robot.lookup("#menuBar").queryAs(MenuBar.class).getMenus().get(0).getItems().stream()
                .filter(i -> "menuOpenShared".equals(i.getId())).findFirst().orElseThrow();
        Platform.runLater(item::fire); // the dialog waits for an answer: not on the test's thread
        UiRig.until(() -> robot.lookup("#sharedDialog").tryQuery().isPresent());
        Button open = robot.from(robot.lookup("#sharedDialog").<javafx.scene.Node>query()).lookup(".button").queryAllAs(Button.class).stream()
                .filter(b -> b.getText().equals(golive.ui.fx.I18n.t("shared.open"))).findFirst().orElseThrow();
        assertThat(open.isDisabled()).isTrue();
        UiRig.fx(() -> {
            robot.lookup("#sharedUrl").queryAs(TextField.class).setText(db.url());
            robot.lookup("#sharedUser").queryAs(TextField.class).setText(cluster.user());
            robot.lookup("#sharedPassword").queryAs(TextField.class).setText(cluster.password());
        });
        assertThat(robot.lookup("#sharedProblem").queryAs(javafx.scene.control.Label.class).getText()).contains("key file");
        UiRig.fx(() -> robot.lookup("#sharedKeyFile").queryAs(TextField.class).setText(cluster.keyFile().toString()));
        assertThat(open.isDisabled()).isFalse();
        UiRig.fx(open::fire);
        UiRig.until(() -> stage.getTitle().contains("PostgreSQL") && robot.lookup("#welcome").tryQuery().isPresent());
        assertThat(stage.getTitle()).contains(db.server()).doesNotContain(cluster.password());
    }
}
