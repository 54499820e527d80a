package golive.service;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;

/**
 * How the service starts Cart Go-Live: the installed app's launcher when there is one, else this
 * Java running a copy of this jar kept in the data folder. Never the jar where it was built
 * ({@code target/golive.jar}), which {@code mvn clean} deletes under a running service.
 */
public final class Launcher {
    /** The copy's name in the data folder. */
    public static final String JAR_COPY = "golive-service.jar";

    private Launcher() {
    }

    /** The launcher's words (the program and its own arguments); copies the jar when needed. */
    public static List<String> command(Host host) {
        if (host.installedLauncher().isPresent()) {
            return List.of(host.installedLauncher().get().toAbsolutePath().toString());
        }
        Path code = host.runningCode();
        if (!Files.isRegularFile(code)) {
            throw new ServiceException("Cart Go-Live is running from a development build (" + code + "), which a service cannot"
                    + " rely on: install the app, or run the jar: java -jar golive.jar sync service install");
        }
        Path copy = host.dataFolder().resolve(JAR_COPY).toAbsolutePath();
        if (!code.toAbsolutePath().normalize().equals(copy.normalize())) {
            copyAtomically(code, copy);
        }
        String java = host.os() == ServiceOs.WINDOWS ? "javaw.exe" : "java"; // javaw: no console window at logon
        return List.of(host.javaHome().resolve("bin").resolve(java).toAbsolutePath().toString(), "-jar", copy.toString());
    }

    private static void copyAtomically(Path from, Path to) {
        try {
            Files.createDirectories(to.getParent());
            Path tmp = Files.createTempFile(to.getParent(), JAR_COPY, ".tmp");
            Files.copy(from, tmp, StandardCopyOption.REPLACE_EXISTING);
            // a running service keeps reading the old file; the next start reads the new one
            Files.move(tmp, to, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new ServiceException("cannot copy the program to " + to + ": " + e.getMessage(), e);
        }
    }
}
