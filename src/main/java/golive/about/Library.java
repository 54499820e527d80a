package golive.about;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * One library the program bundles, with its licences as its own POM names them. The list is
 * {@code golive/about/third-party.tsv}, written at build time by license-maven-plugin from the
 * dependencies (template {@code src/license/third-party.ftl}), never typed by hand. Immutable, thread-safe.
 */
public record Library(String name, String artifact, String version, List<String> licences, String url) {

    /** Every bundled library, by name; empty when the build did not generate the list (an IDE build). */
    public static List<Library> bundled() {
        InputStream in = Library.class.getResourceAsStream("third-party.tsv");
        if (in == null) {
            return List.of();
        }
        try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            return r.lines().filter(l -> !l.isBlank()).map(Library::parse).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Library parse(String line) {
        String[] f = line.split("\t", -1);
        return new Library(f[0].strip(), f[1], f[2], List.of(f[3].split(" \\| ")), f.length > 4 ? f[4] : "");
    }
}
