package golive.ui.theme;

import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;

/**
 * What the wizard remembers between runs for this OS user: zoom and high contrast. Backed by
 * {@link Preferences}; tests pass their own node. Thread-safe (Preferences is).
 */
public final class UiSettings {
    private static final String ZOOM = "zoomPercent";
    private static final String CONTRAST = "highContrast";
    private final Preferences prefs;

    public UiSettings(Preferences prefs) {
        this.prefs = prefs;
    }

    /** The user's own settings node. */
    public static UiSettings user() {
        return new UiSettings(Preferences.userRoot().node("golive/ui"));
    }

    public int zoomPercent() {
        return prefs.getInt(ZOOM, Zoom.DEFAULT);
    }

    public void zoomPercent(int percent) {
        prefs.putInt(ZOOM, percent);
        flush();
    }

    public boolean highContrast() {
        return prefs.getBoolean(CONTRAST, false);
    }

    public void highContrast(boolean on) {
        prefs.putBoolean(CONTRAST, on);
        flush();
    }

    private void flush() {
        try {
            prefs.flush();
        } catch (BackingStoreException e) {
            // not remembered this time; the setting still applies to this window
        }
    }
}
