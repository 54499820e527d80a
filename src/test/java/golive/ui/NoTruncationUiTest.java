package golive.ui;

import golive.launch.Step;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Labeled;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import java.util.ArrayList;
import java.util.List;

import static golive.ui.UiRig.fx;
import static golive.ui.UiRig.onFx;
import static golive.ui.UiRig.until;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The extreme cell of the layout matrix, 1366×768 at 200 %: every step of the wizard shows every
 * label, button and badge whole — none cut to "…" — and so does the Reconcile page.
 */
@ExtendWith(ApplicationExtension.class)
class NoTruncationUiTest {
    UiRig rig;

    @Start
    void start(Stage stage) {
        rig = new UiRig(stage, 1366, 768);
    }

    @AfterEach
    void tearDown() {
        rig.close();
    }

    @Test
    void nothingIsCutToAnEllipsisOnAnyStepAt200Percent(FxRobot robot) {
        until(() -> robot.lookup("#connectMyCart").tryQuery().isPresent());
        fx(() -> rig.theme.zoom().set(200));
        UiRig.click(robot, "#connectMyCart");
        List<String> cut = new ArrayList<>();
        for (Step step : Step.values()) {
            fx(() -> rig.window.wizard().goTo(step));
            UiRig.sleep(50);
            cut.addAll(onFx(() -> truncated(rig.scene.getRoot(), step.id())));
        }
        fx(rig.window::showReconcile);
        UiRig.sleep(50);
        cut.addAll(onFx(() -> truncated(rig.scene.getRoot(), "reconcile")));
        assertThat(cut).as("labels cut to an ellipsis").isEmpty();
    }

    @Test
    void nothingIsCutWithEveryStepDoneAndAutoSyncRunning(FxRobot robot) {
        java.time.Instant cutoff = java.time.Instant.now().truncatedTo(java.time.temporal.ChronoUnit.SECONDS).minusSeconds(3600);
        rig.pad.order(cutoff.plusSeconds(60));
        rig.pad.readyToSync(cutoff, cutoff.plusSeconds(600)); // a gap, accepted
        rig.pad.cutover.startSync(java.time.Duration.ofMinutes(5));
        fx(() -> rig.window.wizard().refresh());
        until(() -> rig.window.wizard().snapshot().running());
        fx(() -> rig.theme.zoom().set(200));
        List<String> cut = new ArrayList<>();
        for (Step step : Step.values()) {
            fx(() -> rig.window.wizard().goTo(step));
            UiRig.sleep(50);
            cut.addAll(onFx(() -> truncated(rig.scene.getRoot(), step.id())));
        }
        assertThat(cut).as("labels cut to an ellipsis").isEmpty();
    }

    /** Every visible one-line label or button narrower than its text needs. */
    private static List<String> truncated(Parent root, String where) {
        List<String> out = new ArrayList<>();
        for (Node n : root.lookupAll("*")) {
            if (n instanceof Labeled l && visible(l) && l.getText() != null && !l.getText().isBlank() && !l.isWrapText()
                    && l.getWidth() + 0.5 < l.prefWidth(-1)) {
                out.add(where + ": " + (l.getId() == null ? l.getClass().getSimpleName() : "#" + l.getId()) + " '" + l.getText() + "'");
            }
        }
        return out;
    }

    private static boolean visible(Node n) {
        for (Node p = n; p != null; p = p.getParent()) {
            if (!p.isVisible()) {
                return false;
            }
        }
        return n.getScene() != null;
    }
}
