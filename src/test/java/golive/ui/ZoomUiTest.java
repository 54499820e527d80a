package golive.ui;

import golive.launch.Step;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

import static golive.ui.UiRig.fx;
import static golive.ui.UiRig.onFx;
import static golive.ui.UiRig.until;
import static org.assertj.core.api.Assertions.assertThat;

/** Screen-share zoom: at 200 % every label on every step still shows its whole text. */
@ExtendWith(ApplicationExtension.class)
class ZoomUiTest {
    UiRig rig;

    @Start
    void start(Stage stage) {
        rig = new UiRig(stage, 1280, 800);
    }

    @AfterEach
    void tearDown() {
        rig.close();
    }

    @Test
    void atTwoHundredPercentNoLabelInAnyStepIsTruncated(FxRobot robot) {
        Instant cutoff = Instant.now().truncatedTo(ChronoUnit.MINUTES).minus(Duration.ofHours(2));
        rig.pad.readyToSync(cutoff, cutoff.plus(Duration.ofMinutes(30))); // a gap: the timeline's widest picture
        rig.pad.order(cutoff.plus(Duration.ofHours(1)));
        var c = rig.pad.cutover;
        new golive.sync.SyncEngine(c, golive.sync.SyncLease.oneShot(c.database())).run("test", e -> { }); // locks the plan
        fx(() -> rig.theme.zoom().set(200));
        for (Step step : Step.values()) {
            fx(() -> rig.window.wizard().refresh(s -> rig.window.wizard().goTo(step)));
            until(() -> rig.window.wizard().currentProperty().get() == step
                    && robot.lookup("#step-" + step.id()).tryQuery().isPresent());
            UiRig.sleep(300);
            List<String> cut = onFx(() -> {
                rig.scene.getRoot().applyCss();
                rig.scene.getRoot().layout();
                return LayoutChecks.truncated(rig.scene.getRoot(), step.id());
            });
            assertThat(cut).as("truncated labels on step " + step.id()).isEmpty();
            List<String> wide = onFx(() -> LayoutChecks.tooWide((javafx.scene.control.ScrollPane) robot.lookup("#stepHost").query(), step.id()));
            assertThat(wide).as("step " + step.id() + " needs no sideways scrolling").isEmpty();
        }
    }
}
