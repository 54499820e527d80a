package golive.ui;

import golive.launch.Step;
import golive.sandbox.Fault;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Labeled;
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

/**
 * Every status text on screen agrees with the engine's answer of the moment: the state is changed
 * through the engine, and then everything visible is read — step, rail and banners together.
 */
@ExtendWith(ApplicationExtension.class)
class StatusAgreesUiTest {
    UiRig rig;
    final Instant cutoff = Instant.now().truncatedTo(ChronoUnit.MINUTES).minus(Duration.ofHours(2));

    @Start
    void start(Stage stage) {
        rig = new UiRig(stage, 1366, 768);
    }

    @AfterEach
    void tearDown() {
        rig.pad.server.faults().clear();
        rig.close();
    }

    private List<String> shown(Step step) {
        fx(() -> rig.window.wizard().refresh(s -> rig.window.wizard().goTo(step)));
        UiRig.sleep(100);
        fx(() -> { });
        return onFx(() -> visibleTexts((Parent) rig.scene.getRoot().lookup("#stepHost")));
    }

    private String rail(Step step) {
        return onFx(() -> ((Labeled) rig.scene.getRoot().lookup("#rail-" + step.id() + "-state")).getText());
    }

    @Test
    void aGapSavedButNotAcceptedIsNeverShownAsDone() {
        rig.pad.cutover.connect(rig.pad.config());
        rig.pad.cutover.test();
        rig.pad.cutover.setCutoff(cutoff, rig.pad.shop.zone());
        rig.pad.cutover.declareNoOpenOrders("nothing open");
        rig.pad.cutover.setImportFrom(cutoff.plus(Duration.ofMinutes(30)), rig.pad.shop.zone(), false, false);
        List<String> texts = shown(Step.IMPORT_FROM);
        assertThat(rail(Step.IMPORT_FROM)).isEqualTo("Needs attention");
        assertThat(texts).as("no success word beside a blocker").doesNotContain("Done");
        // the step and the connection: step 4 never says the connection is untested once it passed
        List<String> step4 = shown(Step.OPEN_ORDERS);
        assertThat(rail(Step.TEST)).startsWith("Done");
        assertThat(String.join("\n", step4)).doesNotContainIgnoringCase("not tested");
    }

    @Test
    void whileTheFirstRunImportsNothingSaysNoRunnerIsAliveOrThatAStepIsMissing() {
        for (int i = 1; i <= 3; i++) {
            rig.pad.order(cutoff.plusSeconds(60L * i));
        }
        rig.pad.readyToSync(cutoff, cutoff);
        rig.pad.server.faults().always(new Fault.Slow(Duration.ofSeconds(3)));
        fx(() -> rig.window.wizard().refresh(s -> rig.window.wizard().goTo(Step.AUTO_SYNC)));
        until(() -> rig.window.wizard().readyProperty().get());
        fx(() -> rig.window.sync().start());
        until(() -> rig.window.sync().runInProgressProperty().get());
        String running = String.join("\n", shown(Step.AUTO_SYNC));
        assertThat(running).contains("RUNNING");
        assertThat(running).doesNotContain("no runner", "not set", "Not started", "is importing");
        rig.pad.server.faults().clear();
        until(() -> !rig.window.sync().runInProgressProperty().get());
        fx(() -> rig.window.sync().stop());
        until(() -> !rig.window.wizard().snapshot().running());
        String stopped = String.join("\n", shown(Step.AUTO_SYNC));
        assertThat(stopped).contains("STOPPED").doesNotContain("Importing orders changed since");
    }

    @Test
    void credentialsRevokedDuringAutoSyncStopItLockStartAndAreToldInsideTheWindow() {
        List<String> cssProblems = new java.util.concurrent.CopyOnWriteArrayList<>();
        java.util.logging.Logger css = java.util.logging.Logger.getLogger("javafx.css");
        java.util.logging.Handler catcher = new java.util.logging.Handler() {
            @Override
            public void publish(java.util.logging.LogRecord r) {
                cssProblems.add(r.getMessage());
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        };
        css.addHandler(catcher);
        rig.pad.readyToSync(cutoff, cutoff);
        fx(() -> rig.window.wizard().refresh(s -> rig.window.wizard().goTo(Step.AUTO_SYNC)));
        until(() -> rig.window.wizard().readyProperty().get());
        fx(() -> rig.window.sync().start());
        until(() -> rig.window.wizard().snapshot().running() && !rig.window.sync().runInProgressProperty().get());
        rig.pad.server.revokeAccess();
        fx(() -> rig.window.sync().importNow());
        until(() -> !rig.window.wizard().snapshot().running());
        List<String> texts = shown(Step.AUTO_SYNC);
        assertThat(onFx(() -> rig.scene.getRoot().lookup("#startSync").isDisabled())).as("Start after a rejection").isTrue();
        assertThat(rail(Step.TEST)).isNotEqualTo("Done");
        assertThat(String.join("\n", texts)).doesNotContain("RUNNING");
        assertThat(onFx(() -> visibleTexts(rig.scene.getRoot()))).doesNotContain("Running in this window");
        // the notification: inside the window, its text wrapped, not run off the screen's edge
        until(() -> javafx.stage.Window.getWindows().stream().anyMatch(w -> w instanceof javafx.stage.Popup && w.isShowing()
                && w.getScene().getRoot().lookup("#toast") != null));
        javafx.stage.Window popup = onFx(() -> javafx.stage.Window.getWindows().stream()
                .filter(w -> w instanceof javafx.stage.Popup && w.isShowing() && w.getScene().getRoot().lookup("#toast") != null)
                .findFirst().orElseThrow());
        javafx.stage.Window main = rig.scene.getWindow();
        assertThat(popup.getX()).isGreaterThanOrEqualTo(main.getX());
        assertThat(popup.getX() + popup.getWidth()).isLessThanOrEqualTo(main.getX() + main.getWidth() + 0.5);
        assertThat(popup.getY() + popup.getHeight()).isLessThanOrEqualTo(main.getY() + main.getHeight() + 0.5);
        String toast = onFx(() -> ((Labeled) popup.getScene().getRoot().lookup("#toastText")).getText());
        assertThat(toast).contains("no longer accepts").doesNotContain("HTTP", "401");
        css.removeHandler(catcher);
        assertThat(cssProblems).as("CSS problems logged").isEmpty();
    }

    /** The text of every visible label, button and text node. */
    static List<String> visibleTexts(Parent root) {
        List<String> out = new ArrayList<>();
        for (Node n : root.lookupAll("*")) {
            if (!visible(n)) {
                continue;
            }
            String t = n instanceof Labeled l ? l.getText() : n instanceof Text x ? x.getText() : null;
            if (t != null && !t.isBlank()) {
                out.add(t);
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
