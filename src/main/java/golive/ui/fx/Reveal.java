package golive.ui.fx;

import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.ScrollPane;

/**
 * Scrolls a progress bar into view when it appears, so a person sees that the work they started is
 * running, and back when it is done. It also keeps the window light: JavaFX repaints the whole
 * window at every frame while an animated node is scrolled out of view (measured: render thread 51 s
 * of CPU during a 100,000-order import with the bar out of view, 8 s with it in view). FX thread only.
 */
public final class Reveal {
    /** Room left below the node, in its own heights (so it follows the zoom): its caption under it shows too. */
    private static final double MARGIN = 4;

    private Reveal() {
    }

    /**
     * From now on, each time {@code node} turns visible, the scroll pane it is in scrolls it into
     * view; when it hides again the page goes back to where it was, unless the person has scrolled
     * meanwhile. For work the person started and waits for, not for work that comes by itself.
     */
    public static void whenShown(Node node) {
        double[] moved = {Double.NaN, Double.NaN}; // where the page was, and where this put it
        node.visibleProperty().addListener((o, was, visible) -> {
            ScrollPane scroll = enclosing(node);
            if (scroll == null || node.getScene() == null) {
                return;
            }
            if (visible) {
                node.getScene().addPostLayoutPulseListener(new Runnable() {
                    @Override
                    public void run() {
                        // once, after the layout that has placed it
                        node.getScene().removePostLayoutPulseListener(this);
                        moved[0] = scroll.getVvalue();
                        inView(scroll, node);
                        moved[1] = scroll.getVvalue();
                    }
                });
            } else if (scroll.getVvalue() == moved[1] && moved[0] != moved[1]) {
                scroll.setVvalue(moved[0]);
            }
        });
    }

    /** Scrolls {@code scroll} the least that puts {@code node} in view; not at all when it is. */
    private static void inView(ScrollPane scroll, Node node) {
        Node content = scroll.getContent();
        if (content == null) {
            return;
        }
        double contentHeight = content.getLayoutBounds().getHeight();
        double viewHeight = scroll.getViewportBounds().getHeight();
        double range = contentHeight - viewHeight;
        if (range <= 0) {
            return;
        }
        Bounds b = content.sceneToLocal(node.localToScene(node.getLayoutBounds()));
        double margin = MARGIN * b.getHeight();
        double top = (scroll.getVvalue() - scroll.getVmin()) / (scroll.getVmax() - scroll.getVmin()) * range;
        double newTop = top;
        if (b.getMaxY() + margin > top + viewHeight) {
            newTop = b.getMaxY() + margin - viewHeight;
        }
        if (b.getMinY() < newTop) {
            newTop = b.getMinY();
        }
        newTop = Math.max(0, Math.min(range, newTop));
        if (newTop != top) {
            scroll.setVvalue(scroll.getVmin() + newTop / range * (scroll.getVmax() - scroll.getVmin()));
        }
    }

    private static ScrollPane enclosing(Node node) {
        for (Node n = node.getParent(); n != null; n = n.getParent()) {
            if (n instanceof ScrollPane s) {
                return s;
            }
        }
        return null;
    }
}
