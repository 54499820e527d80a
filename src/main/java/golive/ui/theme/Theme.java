package golive.ui.theme;

import atlantafx.base.theme.PrimerLight;
import javafx.application.Application;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.scene.Scene;
import javafx.scene.control.DialogPane;
import javafx.scene.text.Font;

import java.io.InputStream;
import java.util.List;

/**
 * Installs the look on scenes and dialogs: AtlantaFX Primer Light as the user-agent sheet, the
 * bundled Inter font, our tokens and classes, and the high-contrast sheet when it is on.
 * FX thread only.
 */
public final class Theme {
    private static final String BASE = "/golive/ui/theme/";
    private static final List<String> FONTS = List.of("Inter-Regular.otf", "Inter-Medium.otf", "Inter-SemiBold.otf", "Inter-Bold.otf");
    private static boolean installed;

    private final BooleanProperty highContrast = new SimpleBooleanProperty();
    private final UiSettings settings;
    private final Zoom zoom;

    public Theme(UiSettings settings) {
        this.settings = settings;
        this.zoom = new Zoom(settings);
        highContrast.set(settings.highContrast());
        highContrast.addListener((o, was, on) -> settings.highContrast(on));
    }

    /** Once per process, before the first scene is shown. */
    public static synchronized void installUserAgent() {
        if (installed) {
            return;
        }
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        for (String f : FONTS) {
            try (InputStream in = Theme.class.getResourceAsStream(BASE + "fonts/" + f)) {
                if (in != null) {
                    Font.loadFont(in, Zoom.BASE_PX);
                }
            } catch (java.io.IOException e) {
                // the theme falls back to the system sans-serif
            }
        }
        installed = true;
    }

    public Zoom zoom() {
        return zoom;
    }

    public UiSettings settings() {
        return settings;
    }

    public BooleanProperty highContrastProperty() {
        return highContrast;
    }

    /** Our sheets on {@code scene}, following the high-contrast switch; the zoom on its root. */
    public void apply(Scene scene) {
        scene.getStylesheets().setAll(sheets());
        highContrast.addListener((o, was, on) -> scene.getStylesheets().setAll(sheets()));
        zoom.applyTo(scene.getRoot());
        scene.rootProperty().addListener((o, old, root) -> zoom.applyTo(root));
    }

    /** Dialogs get the same look and zoom as the window. */
    public void apply(DialogPane pane) {
        pane.getStylesheets().setAll(sheets());
        zoom.applyTo(pane);
    }

    private List<String> sheets() {
        String tokens = url("tokens.css");
        String app = url("app.css");
        return highContrast.get() ? List.of(tokens, app, url("high-contrast.css")) : List.of(tokens, app);
    }

    private static String url(String name) {
        return Theme.class.getResource(BASE + name).toExternalForm();
    }
}
