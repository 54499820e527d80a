package golive.ui;

import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** The window the jar opens with no arguments: a real file database, the welcome screen on first run. */
@ExtendWith(ApplicationExtension.class)
class GoLiveAppUiTest {
    @TempDir
    static Path dir;
    GoLiveApp app;

    @Start
    void start(Stage stage) throws Exception {
        app = new GoLiveApp();
        app.start(stage, dir.resolve("store/golive"));
    }

    @AfterEach
    void tearDown() {
        UiRig.fx(app::stop);
    }

    @Test
    void firstRunOpensTheDatabaseAndWelcomesWithTheSixStepsAndWhereTheDataLives(FxRobot robot) {
        UiRig.until(() -> robot.lookup("#welcome").tryQuery().isPresent());
        assertThat(robot.lookup("#welcomeTitle").queryAs(Label.class).getText()).isNotBlank();
        assertThat(robot.lookup("#dataLocation").queryAs(Label.class).getText()).contains(dir.resolve("store/golive").toString());
        for (String step : new String[] {"connect", "test", "cutoff", "open-orders", "import-from", "auto-sync"}) {
            assertThat(robot.lookup("#welcome-" + step).tryQuery()).isPresent();
        }
        assertThat(robot.lookup("#rehearseFirst").queryButton().isDisabled()).isTrue();
        assertThat(robot.lookup("#rehearseFirst").queryButton().getTooltip().getText()).contains("later version");
        assertThat(Files.exists(dir.resolve("store/golive.mv.db"))).isTrue();
        assertThat(robot.lookup("#connectMyCart").queryButton().getScene().getWindow().isShowing()).isTrue();
    }
}
