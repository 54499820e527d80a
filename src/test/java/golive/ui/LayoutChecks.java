package golive.ui;

import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Labeled;
import javafx.scene.control.ScrollPane;
import javafx.scene.text.Text;

import java.util.ArrayList;
import java.util.List;

/** What a person would see as broken on a screen: text cut to "…", a step wider than the window, a main button out of reach. FX thread only. */
final class LayoutChecks {
    private LayoutChecks() {
    }

    /** Every visible label, button or badge whose shown text is not its whole text, or that is narrower than its one line needs. */
    static List<String> truncated(Parent root, String where) {
        List<String> out = new ArrayList<>();
        for (Node n : root.lookupAll("*")) {
            if (!(n instanceof Labeled l) || !shown(l) || l.getText() == null || l.getText().isBlank()) {
                continue;
            }
            String expected = l.isMnemonicParsing() ? l.getText().replaceFirst("_(?=.)", "") : l.getText();
            Node t = l.lookup(".text");
            boolean cut = t instanceof Text shownText && t.getParent() == l && !shownText.getText().equals(expected);
            boolean narrow = !l.isWrapText() && l.getWidth() + 0.5 < l.prefWidth(-1);
            if (cut || narrow) {
                out.add(where + ": " + name(l) + " '" + l.getText() + "'");
            }
        }
        return out;
    }

    /** What the window must never show: a CLI flag, a Java exception's or package's name, an ISO-8601 instant, an HTTP status. */
    static final java.util.regex.Pattern RAW = java.util.regex.Pattern.compile(
            "(^|[\\s(])--[a-z]|\\b[A-Z][a-z]+[A-Za-z]*(Exception|Error)\\b|\\bjava\\.|\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}|\\bHTTP \\d{3}");

    /** Every visible text under {@code root} in a raw format a shop owner should not have to read. */
    static List<String> raw(Parent root, String where) {
        List<String> out = new ArrayList<>();
        for (Node n : root.lookupAll("*")) {
            String t = n instanceof Labeled l ? l.getText() : n instanceof javafx.scene.control.TextInputControl x && !x.isEditable() ? x.getText() : null;
            if (t != null && shown(n) && RAW.matcher(t).find()) {
                out.add(where + ": " + name(n) + " '" + t + "'");
            }
        }
        return out;
    }

    /** Nodes of the step that are wider than the window leaves for it (the step would scroll sideways). */
    static List<String> tooWide(ScrollPane host, String where) {
        // what the window leaves the step: not the viewport, which a too-wide step has already stretched
        double room = Math.min(host.getViewportBounds().getWidth(), host.getScene().getWidth() - host.localToScene(0, 0).getX());
        List<String> out = new ArrayList<>();
        for (Node n : host.getContent().lookupAll("*")) {
            if (n instanceof javafx.scene.layout.Region r && shown(r) && r.minWidth(-1) > room + 1) {
                out.add(where + ": " + name(r) + r.getStyleClass() + " min " + (int) r.minWidth(-1) + " > " + (int) room);
            }
        }
        return out;
    }

    /**
     * The step's main buttons (the accent ones) that stay out of sight once their scroll pane has
     * been scrolled to them: each must then lie whole inside the pane and the window.
     */
    static List<String> unreachable(ScrollPane host, String where) {
        List<String> out = new ArrayList<>();
        for (Node n : host.getContent().lookupAll(".accent")) {
            if (!(n instanceof Button b) || !shown(b)) {
                continue;
            }
            UiRig.reveal(b);
            Bounds inScene = b.localToScene(b.getBoundsInLocal());
            Bounds view = host.localToScene(host.getLayoutBounds());
            Bounds window = new javafx.geometry.BoundingBox(0, 0, b.getScene().getWidth(), b.getScene().getHeight());
            if (!contains(view, inScene) || !contains(window, inScene)) {
                out.add(where + ": " + name(b) + " '" + b.getText() + "' at " + box(inScene) + " outside " + box(view) + " or " + box(window));
            }
        }
        host.setVvalue(0);
        return out;
    }

    private static String box(Bounds b) {
        return (int) b.getMinX() + ".." + (int) b.getMaxX() + " × " + (int) b.getMinY() + ".." + (int) b.getMaxY();
    }

    private static boolean contains(Bounds outer, Bounds inner) {
        return inner.getMinX() >= outer.getMinX() - 0.5 && inner.getMaxX() <= outer.getMaxX() + 0.5
                && inner.getMinY() >= outer.getMinY() - 0.5 && inner.getMaxY() <= outer.getMaxY() + 0.5;
    }

    static boolean shown(Node n) {
        for (Node p = n; p != null; p = p.getParent()) {
            if (!p.isVisible()) {
                return false;
            }
        }
        return n.getScene() != null;
    }

    private static String name(Node n) {
        return n.getId() == null ? n.getClass().getSimpleName() : "#" + n.getId();
    }
}
