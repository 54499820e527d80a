package golive.ui.fx;

import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.layout.Pane;

import java.util.List;

/**
 * Cards side by side while there is room, one under the other when there is not (200 % zoom, a
 * narrow window): the step never scrolls sideways. The first card takes the spare width; the
 * others keep their preferred width. The gap is 1.2 em of the current font. FX thread only.
 */
public final class Columns extends Pane {

    public Columns(Node... cards) {
        super(cards);
        getStyleClass().add("gl-columns");
    }

    /** 1.2 em of the window's root font, which the zoom publishes in the root's properties. */
    private double gap() {
        Object px = getScene() == null ? null : getScene().getRoot().getProperties().get(ROOT_FONT_PX);
        return 1.2 * (px instanceof Double d ? d : javafx.scene.text.Font.getDefault().getSize());
    }

    /** The key under which {@code theme.Zoom} keeps the root font size (px) on the scene's root. */
    public static final String ROOT_FONT_PX = "golive.rootFontPx";

    private List<Node> managed() {
        return getManagedChildren();
    }

    /** Side by side when the first card gets at least 28 em (or its minimum) next to the others' preferred widths. */
    private boolean sideBySide(double width) {
        if (managed().isEmpty()) {
            return true;
        }
        double need = Math.max(managed().get(0).minWidth(-1), gap() / 1.2 * 28);
        for (Node n : managed().subList(1, managed().size())) {
            need += n.prefWidth(-1);
        }
        return width >= need + gap() * Math.max(0, managed().size() - 1);
    }

    @Override
    protected double computeMinWidth(double height) {
        Insets in = getInsets();
        return in.getLeft() + in.getRight() + managed().stream().mapToDouble(n -> n.minWidth(-1)).max().orElse(0);
    }

    @Override
    protected double computePrefWidth(double height) {
        Insets in = getInsets();
        return in.getLeft() + in.getRight() + managed().stream().mapToDouble(n -> n.prefWidth(-1)).sum()
                + gap() * Math.max(0, managed().size() - 1);
    }

    @Override
    protected double computePrefHeight(double width) {
        Insets in = getInsets();
        double w = (width < 0 ? prefWidth(-1) : width) - in.getLeft() - in.getRight();
        if (sideBySide(w)) {
            double[] widths = widths(w);
            double h = 0;
            for (int i = 0; i < managed().size(); i++) {
                h = Math.max(h, managed().get(i).prefHeight(widths[i]));
            }
            return in.getTop() + in.getBottom() + h;
        }
        return in.getTop() + in.getBottom() + managed().stream().mapToDouble(n -> n.prefHeight(w)).sum()
                + gap() * Math.max(0, managed().size() - 1);
    }

    private double[] widths(double w) {
        double[] out = new double[managed().size()];
        double others = 0;
        for (int i = 1; i < out.length; i++) {
            out[i] = managed().get(i).prefWidth(-1);
            others += out[i];
        }
        out[0] = Math.max(managed().get(0).minWidth(-1), w - others - gap() * (out.length - 1));
        return out;
    }

    @Override
    protected void layoutChildren() {
        Insets in = getInsets();
        double w = getWidth() - in.getLeft() - in.getRight();
        double x = in.getLeft();
        double y = in.getTop();
        if (sideBySide(w)) {
            double[] widths = widths(w);
            double h = getHeight() - in.getTop() - in.getBottom();
            for (int i = 0; i < managed().size(); i++) {
                // each card as tall as its content: a short aside does not stretch to the form's height
                Node n = managed().get(i);
                n.resizeRelocate(x, y, widths[i], Math.min(h, Math.max(n.minHeight(widths[i]), n.prefHeight(widths[i]))));
                x += widths[i] + gap();
            }
        } else {
            for (Node n : managed()) {
                double h = n.prefHeight(w);
                n.resizeRelocate(x, y, w, h);
                y += h + gap();
            }
        }
    }
}
