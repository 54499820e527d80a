package golive.store;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

/**
 * Where a store lives, as {@code --db} (or File › Open) names it: an H2 file on this computer, or a
 * shared PostgreSQL database other computers open too.
 */
public sealed interface StoreTarget permits StoreTarget.H2File, StoreTarget.Shared {

    /** What {@code status} and the window say the store is: the kind and where. */
    String describe();

    /** The embedded H2 database at {@code base} (no {@code .mv.db}); its key file sits beside it. */
    record H2File(Path base) implements StoreTarget {
        public H2File {
            base = base.toAbsolutePath().normalize();
        }

        @Override
        public String describe() {
            return "H2 file " + base + ".mv.db";
        }
    }

    /** A shared PostgreSQL database; the login never holds the password in a form {@code toString} shows. */
    record Shared(SharedLogin login) implements StoreTarget {
        @Override
        public String describe() {
            return "PostgreSQL " + login.server() + " as " + login.user();
        }
    }

    /**
     * {@code value} as {@code --db} takes it: a {@code jdbc:postgresql:} URL, else an H2 base path.
     * The shared login's user, password and key file come from {@code env} (see {@link SharedLogin}).
     *
     * @throws IllegalArgumentException naming what was expected; never echoing a password
     */
    static StoreTarget parse(String value, Map<String, String> env) {
        String v = value.strip();
        if (v.toLowerCase(Locale.ROOT).startsWith("jdbc:postgresql:")) {
            return new Shared(SharedLogin.fromUrl(v, env));
        }
        if (v.toLowerCase(Locale.ROOT).startsWith("jdbc:")) {
            throw new IllegalArgumentException("expected an H2 base path or a jdbc:postgresql://HOST[:PORT]/DATABASE URL");
        }
        return new H2File(Path.of(v));
    }
}
