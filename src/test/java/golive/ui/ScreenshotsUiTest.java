package golive.ui;

import golive.launch.Step;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;

import static golive.ui.UiRig.fx;
import static golive.ui.UiRig.until;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Renders every step and the running state to PNG, headless. Written to target/screenshots;
 * {@code -Dgolive.screenshots=src/site/screenshots} refreshes the committed ones (README).
 */
@ExtendWith(ApplicationExtension.class)
class ScreenshotsUiTest {
    UiRig rig;
    Path out = Path.of(System.getProperty("golive.screenshots", "target/screenshots"));

    @Start
    void start(Stage stage) {
        rig = new UiRig(stage, 1366, 768);
    }

    @AfterEach
    void tearDown() {
        rig.close();
    }

    void shot(String name) {
        UiRig.snapshot(rig.scene.getRoot(), out.resolve(name + ".png"));
        assertThat(out.resolve(name + ".png")).exists();
    }

    @Test
    void everyStepAndTheRunningStateAreRenderedToPng(FxRobot robot) throws Exception {
        var pad = rig.pad;
        ZonedDateTime cutoff = ZonedDateTime.now(pad.shop.zone()).truncatedTo(ChronoUnit.HOURS).minusHours(3);
        for (int i = 1; i <= 6; i++) {
            pad.order(cutoff.toInstant().minus(Duration.ofMinutes(37L * i)));
        }
        for (int i = 0; i < 4; i++) {
            pad.order(cutoff.toInstant().plus(Duration.ofMinutes(20L + 13L * i)));
        }
        until(() -> robot.lookup("#welcome").tryQuery().isPresent());
        shot("01-welcome");

        UiRig.click(robot, "#connectMyCart");
        until(() -> robot.lookup("#storeUrl").tryQuery().isPresent());
        fx(() -> {
            robot.lookup("#storeUrl").queryAs(TextField.class).setText(pad.server.baseUrl().toString());
            robot.lookup("#key").queryAs(TextField.class).setText(pad.server.access().clientId());
            robot.lookup("#secret").queryAs(TextField.class).setText(pad.server.access().clientSecret());
        });
        shot("02-connect");
        UiRig.click(robot, "#saveCart");
        until(() -> rig.window.wizard().snapshot().done(Step.CONNECT));
        UiRig.click(robot, "#next");
        UiRig.click(robot, "#runTest");
        until(() -> rig.window.wizard().snapshot().done(Step.TEST));
        shot("03-test");

        UiRig.click(robot, "#next");
        fx(() -> {
            robot.lookup("#cutoffDate").queryAs(DatePicker.class).setValue(cutoff.toLocalDate());
            robot.lookup("#cutoffTime").queryAs(TextField.class).setText(cutoff.toLocalTime().toString());
        });
        until(() -> robot.lookup("#cutoffCount").queryAs(javafx.scene.control.Label.class).getText().contains("6 open"));
        UiRig.click(robot, "#confirmCutoff");
        until(() -> rig.window.wizard().snapshot().done(Step.CUTOFF));
        shot("04-cutoff");

        UiRig.click(robot, "#next");
        Path csv = Files.createTempFile("open-orders", ".csv");
        Files.writeString(csv, OpenOrdersFile.template(cutoff.toInstant(), pad.shop.zone()));
        fx(() -> rig.window.wizard().currentProperty().get());
        OpenOrdersFile.choose(robot, csv);
        until(() -> !robot.lookup("#importFile").queryAs(Button.class).isDisabled());
        shot("05-open-orders-preview");
        UiRig.click(robot, "#importFile");
        until(() -> rig.window.wizard().snapshot().done(Step.OPEN_ORDERS));

        UiRig.click(robot, "#next");
        ZonedDateTime from = cutoff.plusMinutes(30);
        fx(() -> robot.lookup("#importFromTime").queryAs(TextField.class).setText(from.toLocalTime().toString()));
        until(() -> robot.lookup("#windowText").queryAs(javafx.scene.control.Label.class).getText().startsWith("Gap: 1"));
        fx(() -> robot.lookup("#acceptWindow").queryAs(CheckBox.class).setSelected(true));
        shot("06-import-from-gap");
        UiRig.click(robot, "#saveImportFrom");
        until(() -> rig.window.wizard().snapshot().done(Step.IMPORT_FROM));

        UiRig.click(robot, "#next");
        until(() -> rig.window.wizard().readyProperty().get());
        shot("07-auto-sync-ready");
        UiRig.click(robot, "#startSync");
        until(() -> robot.lookup("#startConfirm").tryQuery().isPresent());
        UiRig.snapshot(robot.lookup("#startConfirm").query().getScene().getRoot(), out.resolve("08-start-confirmation.png"));
        robot.clickOn(robot.lookup("#startConfirm .button").match(n -> "Start".equals(((Button) n).getText())).queryButton());
        until(() -> rig.window.wizard().snapshot().running() && !rig.window.sync().runs().isEmpty());
        until(() -> !rig.window.sync().runInProgressProperty().get());
        // this window is the runner: nothing on screen says no runner is alive
        until(() -> rig.window.sync().unmet().isEmpty());
        assertThat(UiRig.onFx(() -> rig.window.sync().statusDetailProperty().get())).doesNotContain("no window");
        shot("09-auto-sync-running");

        fx(() -> rig.theme.highContrastProperty().set(true));
        shot("10-high-contrast");
        fx(() -> {
            rig.theme.highContrastProperty().set(false);
            rig.theme.zoom().set(200);
            rig.window.wizard().goTo(Step.CUTOFF);
        });
        shot("11-zoom-200");
        Instant.now();
    }
}
