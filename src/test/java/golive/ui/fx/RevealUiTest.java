package golive.ui.fx;

import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import static org.assertj.core.api.Assertions.assertThat;

/** A progress bar below the fold scrolls into view when it appears, headless; and our scroll panes do not cache their viewport. */
@ExtendWith(ApplicationExtension.class)
class RevealUiTest {
    ScrollPane scroll;
    ProgressBar bar;
    Region above;

    @Start
    void start(Stage stage) {
        above = new Region();
        above.setMinHeight(1200);
        bar = new ProgressBar(-1);
        bar.setVisible(false);
        Reveal.whenShown(bar);
        Region below = new Region();
        below.setMinHeight(800);
        scroll = Nodes.scroll(new VBox(above, bar, below));
        stage.setScene(new Scene(scroll, 400, 300));
        stage.show();
    }

    @Test
    void aBarThatAppearsBelowTheFoldIsScrolledIntoView(FxRobot robot) {
        assertThat(inView(bar)).as("below the fold at first").isFalse();
        robot.interact(() -> bar.setVisible(true));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(inView(bar)).isTrue();
        Node viewport = scroll.lookup(".viewport");
        Bounds v = viewport.localToScene(viewport.getLayoutBounds());
        assertThat(bar.localToScene(bar.getLayoutBounds()).getMinY()).as("scrolled the least: the bar in the lower half, not at the top")
                .isGreaterThan(v.getMinY() + v.getHeight() / 2);
    }

    @Test
    void aBarAlreadyInViewDoesNotMoveThePage(FxRobot robot) {
        robot.interact(() -> bar.setVisible(true));
        WaitForAsyncUtils.waitForFxEvents();
        double shown = scroll.getVvalue();
        robot.interact(() -> bar.setVisible(false));
        robot.interact(() -> bar.setVisible(true));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(scroll.getVvalue()).isEqualTo(shown);
        assertThat(inView(bar)).isTrue();
    }

    @Test
    void whenTheBarHidesThePageGoesBackUnlessThePersonScrolled(FxRobot robot) {
        robot.interact(() -> bar.setVisible(true));
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(() -> bar.setVisible(false));
        assertThat(scroll.getVvalue()).as("back at the top, where it was").isZero();
        robot.interact(() -> bar.setVisible(true));
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(() -> scroll.setVvalue(0.9)); // the person reads on further down
        robot.interact(() -> bar.setVisible(false));
        assertThat(scroll.getVvalue()).isEqualTo(0.9);
    }

    @Test
    void theViewportIsNotCachedAsOneBitmap() {
        assertThat(scroll.lookup(".viewport").isCache()).isFalse();
    }

    /** Whether {@code node} lies wholly inside the scroll pane's viewport, on screen. */
    private boolean inView(Node node) {
        Node viewport = scroll.lookup(".viewport");
        Bounds v = viewport.localToScene(viewport.getLayoutBounds());
        Bounds b = node.localToScene(node.getLayoutBounds());
        return b.getMinY() >= v.getMinY() && b.getMaxY() <= v.getMaxY();
    }
}
