package golive.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.Map;
import java.util.Properties;
import java.util.Set;

/**
 * How to log in to a shared PostgreSQL store: the URL, the user (from the URL or {@code GOLIVE_DB_USER}),
 * the password ({@code GOLIVE_DB_PASSWORD}, else the password file {@code GOLIVE_DB_PASSWORD_FILE} or
 * {@code db-password} in the data folder, readable by its owner only) and the key file for the cart
 * secrets ({@code GOLIVE_KEY_FILE}, shared by the team out of band). The password is never part of
 * the URL (one carrying {@code password=} is refused) and never in {@link #toString()}. Immutable.
 */
public final class SharedLogin {
    public static final String USER_ENV = "GOLIVE_DB_USER";
    public static final String PASSWORD_ENV = "GOLIVE_DB_PASSWORD";
    public static final String PASSWORD_FILE_ENV = "GOLIVE_DB_PASSWORD_FILE";
    public static final String KEY_FILE_ENV = "GOLIVE_KEY_FILE";

    private static final Set<PosixFilePermission> OTHERS = Set.of(PosixFilePermission.GROUP_READ,
            PosixFilePermission.GROUP_WRITE, PosixFilePermission.OTHERS_READ, PosixFilePermission.OTHERS_WRITE);

    private final String url;
    private final String server;
    private final String user;
    private final String password;
    private final Path keyFile;

    private SharedLogin(String url, String server, String user, String password, Path keyFile) {
        this.url = url;
        this.server = server;
        this.user = user;
        this.password = password;
        this.keyFile = keyFile.toAbsolutePath().normalize();
    }

    /**
     * A login with every part given (the wizard's form, tests); {@code password} may be null (trust, .pgpass),
     * {@code keyFile} null for the default one.
     */
    public static SharedLogin of(String url, String user, String password, Path keyFile) {
        Properties p = parse(url);
        // the URL's own user=, when it names one, else the one given beside it
        String u = p.getProperty("user") != null && !p.getProperty("user").isBlank() ? p.getProperty("user") : user;
        if (u == null || u.isBlank()) {
            throw new IllegalArgumentException("name the database user in the URL (?user=NAME) or in " + USER_ENV);
        }
        return new SharedLogin(url, server(p), u, password, keyFile != null ? keyFile : defaultKeyFile(p));
    }

    /** {@code url} with the user, password and key file from {@code env} (see the class comment). */
    public static SharedLogin fromUrl(String url, Map<String, String> env) {
        String password = env.get(PASSWORD_ENV);
        if (password == null) {
            password = readPasswordFile(passwordFile(env), env.get(PASSWORD_FILE_ENV) != null);
        }
        String key = env.get(KEY_FILE_ENV);
        return of(url, env.get(USER_ENV), password, key == null || key.isBlank() ? null : Path.of(key));
    }

    private static Properties parse(String url) {
        Properties p = org.postgresql.Driver.parseURL(url, null);
        if (p == null || p.getProperty("PGDBNAME", "").isBlank()) {
            throw new IllegalArgumentException("expected jdbc:postgresql://HOST[:PORT]/DATABASE");
        }
        if (p.stringPropertyNames().stream().anyMatch(k -> k.equalsIgnoreCase("password"))) {
            throw new IllegalArgumentException("a URL carrying password= is refused (it would show in shell history and"
                    + " process lists): put the password in " + PASSWORD_ENV + " or a password file readable by you only");
        }
        return p;
    }

    private static String server(Properties p) {
        return p.getProperty("PGHOST") + ":" + p.getProperty("PGPORT") + "/" + p.getProperty("PGDBNAME");
    }

    /** One key file per server and database in the data folder, until the team's is named. */
    private static Path defaultKeyFile(Properties p) {
        String name = (p.getProperty("PGHOST") + "_" + p.getProperty("PGPORT") + "_" + p.getProperty("PGDBNAME"))
                .replaceAll("[^A-Za-z0-9._-]", "_");
        return DataFolder.folder().resolve(name + ".key");
    }

    /** The first line of {@code file}; refused when group or others may read it. Null when it is absent and optional. */
    static String readPasswordFile(Path file, boolean required) {
        if (!Files.exists(file)) {
            if (required) {
                throw new IllegalArgumentException("the password file " + file + " does not exist");
            }
            return null;
        }
        try {
            if (Files.getFileStore(file).supportsFileAttributeView("posix")) {
                Set<PosixFilePermission> perms = Files.getPosixFilePermissions(file);
                if (perms.stream().anyMatch(OTHERS::contains)) {
                    throw new IllegalArgumentException("the password file " + file + " may be read by others: make it"
                            + " readable by you only (chmod 600)");
                }
            }
            String text = Files.readString(file);
            int end = text.indexOf('\n');
            return (end < 0 ? text : text.substring(0, end)).strip();
        } catch (IOException e) {
            throw new IllegalArgumentException("the password file " + file + " cannot be read: " + e.getMessage());
        }
    }

    public String url() {
        return url;
    }

    /** The URL with the user in it, for a process that has no {@value #USER_ENV} (the background service). */
    public String urlWithUser() {
        String given = parse(url).getProperty("user");
        if (given != null && !given.isBlank()) {
            return url;
        }
        return url + (url.contains("?") ? "&" : "?") + "user=" + java.net.URLEncoder.encode(user, java.nio.charset.StandardCharsets.UTF_8);
    }

    /** Where the password file is looked for: {@value #PASSWORD_FILE_ENV}, else {@code db-password} in the data folder. */
    public static Path passwordFile(Map<String, String> env) {
        String file = env.get(PASSWORD_FILE_ENV);
        return file != null && !file.isBlank() ? Path.of(file) : DataFolder.folder().resolve("db-password");
    }

    /** {@code host:port/database}, what {@code status} names. */
    public String server() {
        return server;
    }

    public String user() {
        return user;
    }

    String password() {
        return password;
    }

    public Path keyFile() {
        return keyFile;
    }

    @Override
    public String toString() {
        return "PostgreSQL " + server + " as " + user;
    }
}
