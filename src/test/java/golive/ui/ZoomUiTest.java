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
                return truncated(rig.scene.getRoot());
            });
            assertThat(cut).as("truncated labels on step " + step.id()).isEmpty();
            List<String> wide = onFx(() -> tooWide((javafx.scene.control.ScrollPane) robot.lookup("#stepHost").query()));
            assertThat(wide).as("step " + step.id() + " needs no sideways scrolling").isEmpty();
        }
    }

    /** Nodes of the step that are wider than the window leaves for it (the step would scroll sideways). */
    static List<String> tooWide(javafx.scene.control.ScrollPane host) {
        double room = host.getViewportBounds().getWidth();
        List<String> out = new ArrayList<>();
        for (Node n : host.getContent().lookupAll("*")) {
            if (n instanceof javafx.scene.layout.Region r && shown(r) && r.minWidth(-1) > room + 1) {
                out.add(r.getClass().getSimpleName() + (r.getId() == null ? "" : "#" + r.getId()) + r.getStyleClass()
                        + " min " + (int) r.minWidth(-1) + " > " + (int) room);
            }
        }
        return out;
    }

    private static boolean shown(Node n) {
        for (Node p = n; p != null; p = p.getParent()) {
            if (!p.isVisible()) {
                return false;
            }
        }
        return n.getScene() != null;
    }

    /** Labels whose shown text is not their text (JavaFX shows "..." when a label is too narrow). */
    static List<String> truncated(Node root) {
        List<String> out = new ArrayList<>();
        for (Node n : root.lookupAll(".label")) {
            if (n instanceof Label l && shown(l) && l.getText() != null && !l.getText().isEmpty()) {
                Node t = l.lookup(".text");
                String expected = l.isMnemonicParsing() ? l.getText().replaceFirst("_(?=.)", "") : l.getText();
                if (t instanceof Text shown && !shown.getText().equals(expected)) {
                    out.add((l.getId() == null ? l.getStyleClass().toString() : "#" + l.getId()) + ": '" + shown.getText() + "'");
                }
            }
        }
        return out;
    }
}
