package golive.store;

import java.nio.file.Path;
import java.util.Locale;

/** Where the user's data lives by default (DESIGN.md, "Command line"): database, key file, logs. */
public final class DataFolder {
    private DataFolder() {
    }

    /** The default database base path (no {@code .mv.db}) for this OS and user. */
    public static Path defaultDatabase() {
        return folder().resolve("golive");
    }

    public static Path folder() {
        String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
        String home = System.getProperty("user.home");
        if (os.contains("win")) {
            String appData = System.getenv("APPDATA");
            return Path.of(appData != null ? appData : home, "golive");
        }
        if (os.contains("mac")) {
            return Path.of(home, "Library", "Application Support", "golive");
        }
        String xdg = System.getenv("XDG_DATA_HOME");
        return (xdg != null && !xdg.isBlank() ? Path.of(xdg) : Path.of(home, ".local", "share")).resolve("golive");
    }
}
