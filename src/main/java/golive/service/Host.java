package golive.service;

import golive.store.DataFolder;

import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

/**
 * This computer as the service sees it: the OS, the user's folders, how to run processes, and what
 * is running now (Java, the jar or classes, an installed launcher). {@link #current} reads the real
 * one; tests build one over a temporary home and a recording {@link ProcessRunner}.
 *
 * @param configHome        {@code $XDG_CONFIG_HOME}, else {@code ~/.config} (where systemd user units live)
 * @param dataFolder        the data folder (where a copy of the jar is kept when no launcher is installed)
 * @param installedLauncher the installed app's launcher (jpackage's {@code jpackage.app-path}), if any
 * @param runningCode       the jar (or, in development, the classes folder) this code was loaded from
 * @param userName          the OS user, as the Task Scheduler names the account
 */
public record Host(ServiceOs os, Path home, Path configHome, Path dataFolder, ProcessRunner processes, Path javaHome,
                   Optional<Path> installedLauncher, Path runningCode, String userName) {

    /** The real computer, its folders from {@code env} (HOME, XDG_CONFIG_HOME) where set. */
    public static Host current(Map<String, String> env) {
        Path home = Path.of(env.getOrDefault("HOME", System.getProperty("user.home")));
        String xdg = env.get("XDG_CONFIG_HOME");
        Path config = xdg != null && !xdg.isBlank() ? Path.of(xdg) : home.resolve(".config");
        Optional<Path> launcher = Optional.ofNullable(System.getProperty("jpackage.app-path")).map(Path::of).filter(Files::isExecutable);
        String user = System.getProperty("user.name", "user");
        String domain = env.get("USERDOMAIN");
        return new Host(ServiceOs.current(), home, config, DataFolder.folder(), ProcessRunner.system(),
                Path.of(System.getProperty("java.home")), launcher, codeLocation(), domain == null ? user : domain + "\\" + user);
    }

    private static Path codeLocation() {
        try {
            return Path.of(Host.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (URISyntaxException | SecurityException e) {
            throw new IllegalStateException("cannot tell where this program runs from", e);
        }
    }
}
