package golive.service;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/** A {@link Host} over a temporary home: its own config and data folders, a jar to copy, recorded processes. */
public final class TestHost {
    private TestHost() {
    }

    public static Host of(ServiceOs os, Path home, ProcessRunner processes) throws IOException {
        Path build = Files.createDirectories(home.resolve("build"));
        Path jar = Files.writeString(build.resolve("golive.jar"), "PK-not-really-a-jar");
        return new Host(os, home, home.resolve("config"), home.resolve("data"), processes, Path.of(System.getProperty("java.home")),
                Optional.empty(), jar, "owner");
    }
}
