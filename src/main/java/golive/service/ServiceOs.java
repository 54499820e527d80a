package golive.service;

import java.util.Locale;

/** The three systems a background service is made for. */
public enum ServiceOs {
    LINUX, MACOS, WINDOWS;

    /** This computer's, from {@code os.name} (anything neither Windows nor macOS is treated as a systemd Linux). */
    public static ServiceOs current() {
        String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
        return os.contains("win") ? WINDOWS : os.contains("mac") ? MACOS : LINUX;
    }
}
