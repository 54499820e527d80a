package golive.ui;

import golive.store.Database;
import golive.store.OrderStore;
import golive.store.SyncStateStore;
import golive.testkit.Launchpad;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
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
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

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
        assertThat(robot.lookup("#rehearseFirst").queryButton().isDisabled()).isFalse();
        assertThat(robot.lookup("#rehearseFirst").queryButton().getTooltip().getText()).contains("practice store");
        assertThat(Files.exists(dir.resolve("store/golive.mv.db"))).isTrue();
        assertThat(robot.lookup("#connectMyCart").queryButton().getScene().getWindow().isShowing()).isTrue();
    }

    @Test
    void rehearseFirstOpensThePracticeStoreOnAFreshRehearsalDatabaseWithTheFaultPanel(FxRobot robot) {
        UiRig.until(() -> robot.lookup("#welcome").tryQuery().isPresent());
        Stage main = (Stage) robot.lookup("#welcome").query().getScene().getWindow();
        UiRig.fx(() -> app.openRehearsal(golive.domain.CartKind.SHOPIFY, "quiet-store"));
        UiRig.until(() -> app.rehearsalStage() != null && robot.from(app.rehearsalStage().getScene().getRoot()).lookup("#rehearsalPanel").tryQuery().isPresent());
        // a window of its own: the store's window keeps its store and its title
        Stage stage = app.rehearsalStage();
        assertThat(stage).isNotSameAs(main);
        assertThat(stage.getTitle()).startsWith("REHEARSAL");
        assertThat(main.getTitle()).doesNotContain("REHEARSAL");
        assertThat(robot.from(main.getScene().getRoot()).lookup("#rehearseFirst").queryButton().isVisible()).isTrue();
        java.util.function.Supplier<org.testfx.service.query.NodeQuery> in = () -> robot.from(stage.getScene().getRoot());
        assertThat(in.get().lookup("#rehearsalBadge").queryAs(Label.class).getText()).isEqualTo("REHEARSAL");
        // one line until asked: the wizard keeps the screen
        assertThat(in.get().lookup("#rehearsalDetails").query().isVisible()).isFalse();
        assertThat(in.get().lookup("#rehearsalPanel").query().getLayoutBounds().getHeight()).isLessThan(60);
        // the practice store waits for the person until they run it
        java.time.Instant paused = app.rehearsalClock();
        UiRig.sleep(300);
        assertThat(app.rehearsalClock()).isEqualTo(paused);
        assertThat(in.get().lookup("#rehearsalClock").queryAs(Label.class).getText()).contains("paused");
        robot.clickOn("#rehearsalRun");
        UiRig.until(() -> app.rehearsalClock().isAfter(paused));
        robot.clickOn("#rehearsalMore");
        UiRig.until(() -> in.get().lookup("#rehearsalDetails").query().isVisible());
        // a fresh practice database: the welcome screen again, without a rehearsal of the rehearsal
        UiRig.until(() -> in.get().lookup("#welcome").tryQuery().isPresent());
        assertThat(in.get().lookup("#rehearseFirst").queryButton().isVisible()).isFalse();
        assertThat(dir.resolve("store/rehearsals")).isDirectory();
        String secret = robot.lookup("#rehearsalCredential-secret").queryAs(javafx.scene.control.TextField.class).getText();
        assertThat(secret).startsWith("shpss_");
        assertThat(robot.lookup("#rehearsalCredential-key").queryAs(javafx.scene.control.TextField.class).getText()).isNotBlank();
        robot.clickOn("#faultRevoke");
        UiRig.until(() -> !robot.lookup("#rehearsalCredential-secret").queryAs(javafx.scene.control.TextField.class).getText().equals(secret));
        robot.clickOn("#fault429");
        robot.clickOn("#rehearsalExport");
        javafx.scene.control.TextField file = robot.lookup("#rehearsalOpenOrdersFile").queryAs(javafx.scene.control.TextField.class);
        UiRig.until(() -> !file.getText().isEmpty());
        assertThat(file.getText()).contains("open-orders-").contains("step 4");
        Path shot = Path.of(System.getProperty("golive.screenshots", "target/screenshots")).resolve("12-rehearsal.png");
        UiRig.snapshot(robot.lookup("#rehearsalPanel").query().getScene().getRoot(), shot);
        assertThat(shot).exists();
        assertThat(robot.lookup("#rehearsalUrl").queryAs(javafx.scene.control.TextField.class).getText()).startsWith("http://127.0.0.1:");
        // the scenario's end is announced, and its verdict is one button away
        UiRig.fx(() -> app.rehearsal().clock().set(app.rehearsal().player().end().plusSeconds(1)));
        UiRig.until(() -> robot.lookup("#rehearsalVerdict").query().isVisible());
        assertThat(robot.lookup("#rehearsalClock").queryAs(Label.class).getText()).contains("scenario ended");
        robot.clickOn("#rehearsalVerdict");
        UiRig.until(() -> robot.lookup("#reconcile").tryQuery().isPresent()
                && !robot.lookup("#reconcileError").queryAs(Label.class).getText().isEmpty());
        assertThat(robot.lookup("#reconcileError").queryAs(Label.class).getText()).contains("No cart is connected yet");
        // closing it closes the practice store; the store's window is untouched
        UiRig.fx(() -> stage.fireEvent(new javafx.stage.WindowEvent(stage, javafx.stage.WindowEvent.WINDOW_CLOSE_REQUEST)));
        UiRig.until(() -> !stage.isShowing());
        assertThat(main.isShowing()).isTrue();
        assertThat(robot.from(main.getScene().getRoot()).lookup("#welcome").tryQuery()).isPresent();
    }

    @Test
    void openingAnotherStoreWhileAutoSyncRunsHereLetsTheRunnerFinishOffTheFxThreadAndGivesTheLeaseBack(FxRobot robot) {
        Path running = dir.resolve("running");
        Launchpad pad = Launchpad.onFile(running);
        try {
            Instant cutoff = Instant.now().truncatedTo(ChronoUnit.SECONDS).minus(Duration.ofHours(1));
            pad.readyToSync(cutoff, cutoff).cutover.startSync(Duration.ofMinutes(5));
            pad.order(cutoff.plusSeconds(60));
            pad.db.close(); // the wizard opens it from now on
            UiRig.fx(() -> app.open(running.resolve("golive")));
            UiRig.until(() -> robot.lookup("#recentRuns").tryQuery().map(n -> !((VBox) n).getChildren().isEmpty()).orElse(false));

            UiRig.fx(() -> app.open(dir.resolve("other/golive")));
            UiRig.until(() -> robot.lookup("#welcome").tryQuery().isPresent());
        } finally {
            pad.server.close();
        }
        try (Database old = Database.open(running.resolve("golive"))) {
            SyncStateStore.State st = old.read(new SyncStateStore()::load);
            assertThat(st.leaseHolder()).as("the runner gave the lease back before the store closed").isNull();
            assertThat(st.running()).as("closing the window does not stop Auto Sync").isTrue();
            assertThat(old.read(new OrderStore()::all)).hasSize(1);
            assertThat(old.<java.util.List<SyncStateStore.Run>>read(c -> new SyncStateStore().recentRuns(c, 5))).noneMatch(r -> r.outcome().equals("RUNNING"));
        }
    }
}
