package golive.about;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/**
 * The version and commit this build was made from, read from {@code golive/about/build.properties}
 * (filled in by Maven's resource filtering). A value the build could not fill in reads "unknown"
 * (a run from an IDE's own compiler, a build outside git). Immutable, thread-safe.
 */
public record BuildInfo(String version, String commit) {
    private static final String UNKNOWN = "unknown";

    /** This build's. */
    public static BuildInfo current() {
        Properties p = new Properties();
        try (InputStream in = BuildInfo.class.getResourceAsStream("build.properties")) {
            if (in != null) {
                p.load(in);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new BuildInfo(filled(p.getProperty("version")), filled(p.getProperty("commit")));
    }

    /** One line for {@code --version} and support: {@code golive 0.1.0 (commit d99ff453a7)}. */
    public String line() {
        return "golive " + version + " (commit " + commit + ")";
    }

    private static String filled(String value) {
        return value == null || value.isBlank() || value.startsWith("${") ? UNKNOWN : value;
    }
}
