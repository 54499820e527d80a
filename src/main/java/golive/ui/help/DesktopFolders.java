package golive.ui.help;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;

/**
 * Shows a folder in the desktop's file manager with the system's own opener ({@code xdg-open},
 * {@code open}, {@code explorer}). Not AWT's {@code Desktop}: on Linux it loads its own GTK beside
 * JavaFX's. Creates the folder first (the log folder appears only with the first log line).
 * Blocking: call off the FX thread. Thread-safe.
 */
final class DesktopFolders implements Consumer<Path> {
    @Override
    public void accept(Path folder) {
        try {
            Files.createDirectories(folder);
            new ProcessBuilder(command(folder)).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static List<String> command(Path folder) {
        String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
        String opener = os.contains("win") ? "explorer" : os.contains("mac") ? "open" : "xdg-open";
        return List.of(opener, folder.toAbsolutePath().toString());
    }
}
