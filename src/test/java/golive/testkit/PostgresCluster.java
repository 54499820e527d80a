package golive.testkit;

import golive.store.Database;
import golive.store.SharedLogin;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.UserPrincipalLookupService;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

/**
 * A private PostgreSQL cluster for the test run, from the Debian binaries
 * ({@code /usr/lib/postgresql/<version>/bin}, {@code apt-get install -y postgresql}): initdb'd in a temporary
 * folder, listening on 127.0.0.1 only on a free port, password login (scram), one per JVM, stopped when the
 * JVM exits. Run as the {@code postgres} user when the tests run as root (initdb refuses root).
 * Each {@link #newDatabase()} is a fresh database copied from a template the migrations made once.
 * Thread-safe.
 */
public final class PostgresCluster {
    private static final String SUPERUSER = "golive_test";
    private static PostgresCluster shared;

    private final Path dir;
    private final Path bin;
    private final boolean asPostgres;
    private final String password = UUID.randomUUID().toString();
    private final Path keyFile;
    private final AtomicInteger databases = new AtomicInteger();
    private int port;
    private boolean templateReady;

    private PostgresCluster(Path bin) throws IOException {
        this.bin = bin;
        this.asPostgres = "root".equals(System.getProperty("user.name"));
        this.dir = Files.createTempDirectory("golive-pg");
        this.keyFile = Files.createTempDirectory("golive-pg-key").resolve("team.key");
    }

    /** The run's cluster, started on first use. */
    public static synchronized PostgresCluster shared() {
        if (shared == null) {
            try {
                PostgresCluster c = new PostgresCluster(binaries());
                c.start();
                Runtime.getRuntime().addShutdownHook(new Thread(c::stop, "postgres-cluster-stop"));
                shared = c;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return shared;
    }

    /** A fresh, migrated, empty database: its login (the run's team key file, a password, 127.0.0.1). */
    public synchronized SharedLogin newDatabase() {
        String name = "golive_" + databases.incrementAndGet();
        if (!templateReady) {
            admin("CREATE DATABASE golive_template");
            try (Database db = Database.openShared(login("golive_template"))) {
                db.inTransaction(c -> c.createStatement().executeUpdate("DELETE FROM store_key"));
            }
            templateReady = true;
        }
        admin("CREATE DATABASE " + name + " TEMPLATE golive_template");
        return login(name);
    }

    /** An empty database with no tables (a restore's or migrate-store's target). */
    public synchronized SharedLogin emptyDatabase() {
        String name = "golive_empty_" + databases.incrementAndGet();
        admin("CREATE DATABASE " + name);
        return login(name);
    }

    public SharedLogin login(String database) {
        return SharedLogin.of(url(database), SUPERUSER, password, keyFile);
    }

    public String url(String database) {
        return "jdbc:postgresql://127.0.0.1:" + port + "/" + database;
    }

    /** The superuser's password (what a test hands to the CLI as GOLIVE_DB_PASSWORD). */
    public String password() {
        return password;
    }

    public String user() {
        return SUPERUSER;
    }

    /** The run's team key file (GOLIVE_KEY_FILE). */
    public Path keyFile() {
        return keyFile;
    }

    private void admin(String sql) {
        try (Connection c = DriverManager.getConnection(url("postgres"), SUPERUSER, password); Statement s = c.createStatement()) {
            s.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException(sql + ": " + e.getMessage(), e);
        }
    }

    private static Path binaries() {
        Path root = Path.of("/usr/lib/postgresql");
        try (Stream<Path> versions = Files.isDirectory(root) ? Files.list(root) : Stream.empty()) {
            return versions.map(v -> v.resolve("bin")).filter(b -> Files.isExecutable(b.resolve("initdb")))
                    .max(Comparator.comparing(b -> Integer.parseInt(b.getParent().getFileName().toString().replaceAll("\\D", "0"))))
                    .orElseThrow(() -> new IllegalStateException("PostgreSQL is not installed (no /usr/lib/postgresql/*/bin/initdb):"
                            + " apt-get install -y postgresql"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void start() throws IOException {
        Path pw = dir.resolve("pw");
        Files.writeString(pw, password);
        own(dir);
        own(pw);
        run(List.of(bin.resolve("initdb").toString(), "-D", dir.resolve("data").toString(), "-U", SUPERUSER,
                "--pwfile=" + pw, "-A", "scram-sha-256", "-E", "UTF8", "--locale=C", "--no-sync"));
        Files.delete(pw);
        IllegalStateException last = null;
        for (int attempt = 0; attempt < 3; attempt++) {
            port = freePort();
            try {
                // durability off: a test cluster; listen on loopback only, socket in our own folder
                run(List.of(bin.resolve("pg_ctl").toString(), "-D", dir.resolve("data").toString(), "-l",
                        dir.resolve("log").toString(), "-w", "-t", "60", "-o",
                        "-p " + port + " -k " + dir + " -c listen_addresses=127.0.0.1 -c max_connections=300"
                                + " -c fsync=off -c synchronous_commit=off -c full_page_writes=off", "start"));
                return;
            } catch (IllegalStateException portTaken) {
                last = portTaken;
            }
        }
        throw last;
    }

    private void stop() {
        try {
            run(List.of(bin.resolve("pg_ctl").toString(), "-D", dir.resolve("data").toString(), "-m", "fast", "-w", "stop"));
        } catch (RuntimeException e) {
            System.err.println("could not stop the test PostgreSQL cluster: " + e.getMessage());
        }
        for (Path folder : List.of(dir, keyFile.getParent())) {
            try (Stream<Path> all = Files.walk(folder)) {
                all.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            } catch (IOException ignored) {
                // a temporary folder: the OS cleans it
            }
        }
    }

    private void own(Path p) throws IOException {
        if (asPostgres) {
            UserPrincipalLookupService users = p.getFileSystem().getUserPrincipalLookupService();
            Files.setOwner(p, users.lookupPrincipalByName("postgres"));
        }
    }

    private void run(List<String> command) {
        List<String> full = new ArrayList<>();
        if (asPostgres) {
            full.addAll(List.of("runuser", "-u", "postgres", "--"));
        }
        full.addAll(command);
        try {
            Path out = Files.createTempFile("golive-pg", ".out");
            Process p = new ProcessBuilder(full).directory(dir.toFile()).redirectErrorStream(true)
                    .redirectOutput(out.toFile()).start();
            if (!p.waitFor(120, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                throw new IllegalStateException(String.join(" ", command) + " did not finish");
            }
            String text = Files.readString(out);
            Files.delete(out);
            if (p.exitValue() != 0) {
                String log = Files.exists(dir.resolve("log")) ? Files.readString(dir.resolve("log")) : "";
                throw new IllegalStateException(String.join(" ", command) + " failed: " + text + log);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return s.getLocalPort();
        }
    }
}
