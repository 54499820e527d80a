package golive.ui.fx;

import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Labeled;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * Builders for the few node shapes every view uses, so ids, style classes, mnemonics and
 * accessible text are set the same way everywhere. FX thread only.
 */
public final class Nodes {
    private Nodes() {
    }

    /** A label with the bundle text of {@code key} (may be null: text bound later). */
    public static Label label(String id, String key, String... styleClasses) {
        Label l = new Label(key == null ? "" : I18n.t(key));
        if (id != null) {
            l.setId(id);
        }
        l.getStyleClass().addAll(styleClasses);
        return l;
    }

    /** A label that wraps: sentences, messages, help. */
    public static Label text(String id, String key, String... styleClasses) {
        Label l = label(id, key, styleClasses);
        l.setWrapText(true);
        l.setMinHeight(Region.USE_PREF_SIZE);
        return l;
    }

    /**
     * A wrapping label that never asks for more width than its max width: in a {@link
     * javafx.scene.layout.FlowPane} (whose narrowest is its widest child's preferred width) it
     * wraps within the window instead of stretching the window wider.
     */
    public static Label fittingText(String id, String key, String... styleClasses) {
        Label l = new Label() {
            @Override
            protected double computePrefWidth(double height) {
                double max = getMaxWidth();
                return max > 0 ? Math.min(super.computePrefWidth(height), max) : super.computePrefWidth(height);
            }
        };
        l.setId(id);
        if (key != null) {
            l.setText(I18n.t(key));
        }
        l.getStyleClass().addAll(styleClasses);
        l.setWrapText(true);
        l.setMinHeight(Region.USE_PREF_SIZE);
        return l;
    }

    /** Keeps {@code box} showing one wrapping line per text of {@code texts} (a list of orders, say). */
    public static void bindLines(VBox box, javafx.collections.ObservableList<String> texts, String styleClass) {
        texts.addListener((javafx.collections.ListChangeListener<String>) ch -> box.getChildren().setAll(texts.stream().map(t -> {
            Label l = text(null, null, styleClass);
            l.setText(t);
            return l;
        }).toList()));
    }

    /**
     * A button whose text comes from {@code key}; an underscore in it marks the mnemonic (Alt+letter).
     * With an icon, the icon's accessible text is the button's.
     */
    public static Button button(String id, String key, String iconLiteral, String... styleClasses) {
        Button b = new Button(I18n.t(key));
        b.setId(id);
        b.setMnemonicParsing(true);
        b.getStyleClass().addAll(styleClasses);
        b.setAccessibleText(I18n.t(key).replace("_", ""));
        if (iconLiteral != null) {
            b.setGraphic(icon(iconLiteral, null));
        }
        KeepFocus.install(b);
        return b;
    }

    /** An icon; decorative when {@code accessibleKey} is null (its meaning is said in text beside it). */
    public static FontIcon icon(String literal, String accessibleKey) {
        FontIcon i = new FontIcon(literal);
        i.getStyleClass().add("gl-icon");
        if (accessibleKey != null) {
            i.setAccessibleText(I18n.t(accessibleKey));
            Tooltip.install(i, new Tooltip(I18n.t(accessibleKey)));
        } else {
            i.setFocusTraversable(false);
        }
        return i;
    }

    /** A row of buttons that wraps onto a second line rather than pushing the step wider. */
    public static javafx.scene.layout.FlowPane actions(Node... buttons) {
        javafx.scene.layout.FlowPane row = new javafx.scene.layout.FlowPane(buttons);
        row.getStyleClass().add("gl-actions");
        return row;
    }

    /**
     * A scroll pane that redraws only what changed. Its skin caches the whole viewport as one bitmap,
     * which anything animated inside (an indeterminate progress bar) invalidates each frame: the whole
     * page was then drawn twice a frame, which kept the render thread busy and FX pulses late.
     */
    public static ScrollPane scroll(Node content) {
        ScrollPane scroll = new ScrollPane(content);
        scroll.skinProperty().addListener((o, was, skin) -> {
            Node viewport = skin == null ? null : scroll.lookup(".viewport");
            if (viewport != null) {
                viewport.setCache(false);
            }
        });
        return scroll;
    }

    /** A white surface with a title, the building block of every step. */
    public static VBox card(String id, Node... children) {
        VBox box = new VBox(children);
        box.getStyleClass().add("gl-card");
        if (id != null) {
            box.setId(id);
        }
        return box;
    }

    /**
     * Keeps one-line labels and buttons at their preferred width so nothing is cut to "...": at 200 %
     * zoom the step scrolls instead. Wrapping labels are left alone (they grow downwards).
     */
    public static void preventTruncation(Parent root) {
        for (Node n : root.lookupAll("*")) {
            if (n instanceof Labeled l && !l.isWrapText() && l.getText() != null && !l.getText().isEmpty()) {
                l.setMinWidth(Region.USE_PREF_SIZE);
            }
        }
    }
}
