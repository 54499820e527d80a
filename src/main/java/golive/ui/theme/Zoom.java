package golive.ui.theme;

import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.binding.Bindings;
import javafx.scene.Parent;

import java.util.Arrays;

/**
 * Zoom 100-200 % for screen-shares: the root font size is the one absolute size, everything
 * else is in em, so one number scales the whole window. Remembered. FX thread only.
 */
public final class Zoom {
    public static final int DEFAULT = 100;
    static final int[] LEVELS = {100, 110, 125, 150, 175, 200};
    /** The root font size at 100 %, in px (AtlantaFX's default). */
    static final double BASE_PX = 14;

    private final ReadOnlyIntegerWrapper percent = new ReadOnlyIntegerWrapper();
    private final UiSettings settings;

    public Zoom(UiSettings settings) {
        this.settings = settings;
        percent.set(clamp(settings.zoomPercent()));
    }

    public ReadOnlyIntegerProperty percentProperty() {
        return percent.getReadOnlyProperty();
    }

    public void zoomIn() {
        set(Arrays.stream(LEVELS).filter(l -> l > percent.get()).findFirst().orElse(LEVELS[LEVELS.length - 1]));
    }

    public void zoomOut() {
        int[] lower = Arrays.stream(LEVELS).filter(l -> l < percent.get()).toArray();
        set(lower.length == 0 ? LEVELS[0] : lower[lower.length - 1]);
    }

    public void reset() {
        set(DEFAULT);
    }

    public void set(int p) {
        percent.set(clamp(p));
        settings.zoomPercent(percent.get());
    }

    /**
     * Binds {@code root}'s font size to the zoom, and marks it {@code gl-zoom-<percent>} for the one
     * thing em cannot size: icon-font glyphs (app.css has their sizes per level).
     */
    public void applyTo(Parent root) {
        root.styleProperty().bind(Bindings.createStringBinding(
                () -> String.format(java.util.Locale.ROOT, "-fx-font-size: %.2fpx;", BASE_PX * percent.get() / 100.0), percent));
        Runnable mark = () -> {
            root.getStyleClass().removeIf(c -> c.startsWith("gl-zoom-"));
            root.getStyleClass().add("gl-zoom-" + percent.get());
            root.getProperties().put(golive.ui.fx.Columns.ROOT_FONT_PX, BASE_PX * percent.get() / 100.0);
        };
        mark.run();
        percent.addListener((o, a, b) -> mark.run());
    }

    private static int clamp(int p) {
        return Math.max(LEVELS[0], Math.min(LEVELS[LEVELS.length - 1], p));
    }
}
