package golive.store;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcConnectionPool;

import javax.sql.DataSource;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.UUID;

/**
 * One store migrated by Flyway: an H2 database opened with {@code AUTO_SERVER=TRUE} so the wizard,
 * {@code sync run} and another terminal can use it at once, or a shared PostgreSQL database that
 * processes on several computers use at once. Every transaction runs at READ COMMITTED on both (the
 * default of each, stated so it cannot drift): the guarantees stand on constraints and single-row
 * conditional updates, which that level serialises (see {@code SyncStateStore.acquireLease}). Thread-safe.
 */
public final class Database implements AutoCloseable {

    /** A unit of work on one connection. */
    @FunctionalInterface
    public interface Work<T> {
        T run(Connection c) throws SQLException;
    }

    /** The database engine: the Flyway locations and the few statements that differ follow it. */
    public enum Kind {
        H2("h2"), POSTGRESQL("postgresql");

        private final String folder;

        Kind(String folder) {
            this.folder = folder;
        }

        /** Portable migrations in {@code db/migration}, the few whose SQL must differ per engine in {@code db/vendor/<kind>}. */
        String[] locations() {
            return new String[] {"classpath:db/migration", "classpath:db/vendor/" + folder};
        }
    }

    private final DataSource pool;
    private final Kind kind;
    private final Path basePath;
    private final String description;
    private final SecretStore secrets;

    private Database(DataSource pool, Kind kind, Path basePath, String description, SecretStore secrets) {
        this.pool = pool;
        this.kind = kind;
        this.basePath = basePath;
        this.description = description;
        this.secrets = secrets;
    }

    private static Database h2(String url, Path basePath) {
        JdbcConnectionPool pool = JdbcConnectionPool.create(url, "golive", "");
        pool.setMaxConnections(8);
        Database db = new Database(pool, Kind.H2, basePath, basePath == null ? "H2 in memory" : "H2 file " + basePath + ".mv.db",
                SecretStore.forBase(basePath));
        for (int attempt = 1; ; attempt++) {
            try {
                db.migrate();
                return db;
            } catch (RuntimeException e) {
                if (attempt < OPEN_ATTEMPTS && opening(e)) {
                    pause();
                    continue;
                }
                pool.dispose();
                if (opening(e)) {
                    throw new StoreException("the database " + basePath + " stays locked by another process that is opening"
                            + " or closing it; try again in a moment, or close the other program using it", e);
                }
                throw new StoreException("the database could not be opened or migrated: " + rootMessage(e), e);
            }
        }
    }

    private void migrate() {
        Flyway.configure().dataSource(pool).locations(kind.locations())
                .javaMigrations(new golive.store.migration.V5__ShopKeysAndFingerprints(secrets),
                        new golive.store.migration.V11__OrderLineForeignKeyOnH2())
                .load().migrate();
    }

    private static final int OPEN_ATTEMPTS = 40;

    /**
     * Another process is opening or closing the same file this instant (wizard + sync run, or a
     * killed process's lock being taken over): H2 settles it in moments. "Lock file recently
     * modified", "Another process was faster", error 90020 "Database may be already in use:
     * Locked by another process", or a connection refused by the process that served the file and
     * has just closed it (a {@code status} ending while {@code sync run} starts): the next attempt
     * opens it itself.
     */
    private static boolean opening(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof SQLException sql && (sql.getErrorCode() == org.h2.api.ErrorCode.DATABASE_ALREADY_OPEN_1
                    || sql.getErrorCode() == org.h2.api.ErrorCode.CONNECTION_BROKEN_1)) {
                return true;
            }
            if (t instanceof java.net.ConnectException) {
                return true;
            }
            String m = String.valueOf(t.getMessage());
            if (m.contains("Lock file recently modified") || m.contains("Another process was faster")) {
                return true;
            }
        }
        return false;
    }

    private static void pause() {
        try {
            Thread.sleep(250);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new StoreException("interrupted while the database was being opened", e);
        }
    }

    /** The store {@code target} names: an H2 file or a shared PostgreSQL database. */
    public static Database open(StoreTarget target) {
        if (target instanceof StoreTarget.Shared shared) {
            return openShared(shared.login());
        }
        return open(((StoreTarget.H2File) target).base());
    }

    /** The file database at {@code basePath} (no {@code .mv.db}); its folder is created. */
    public static Database open(Path basePath) {
        Path abs = basePath.toAbsolutePath().normalize();
        try {
            Files.createDirectories(abs.getParent());
        } catch (java.io.IOException e) {
            throw new StoreException("cannot create the data folder " + abs.getParent() + ": " + e.getMessage(), e);
        }
        // WRITE_DELAY=0: a committed page is on disk before the next is read, so kill -9 loses nothing committed
        return h2("jdbc:h2:file:" + abs + ";AUTO_SERVER=TRUE;WRITE_DELAY=0", abs);
    }

    /** A private in-memory database (tests, dry rehearsals); secrets keep their key in memory. */
    public static Database inMemory() {
        return h2("jdbc:h2:mem:" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1", null);
    }

    /**
     * The shared PostgreSQL database {@code login} names, migrated; its cart secrets are sealed with the
     * team's key file, which must be the key the database was first used with ({@link StoreKey}).
     */
    public static Database openShared(SharedLogin login) {
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(login.url());
        config.setUsername(login.user());
        config.setPassword(login.password());
        config.setMaximumPoolSize(8);
        config.setMinimumIdle(0);
        config.setConnectionTimeout(15_000);
        config.setTransactionIsolation("TRANSACTION_READ_COMMITTED");
        config.setPoolName("golive-" + login.server());
        HikariDataSource pool;
        try {
            pool = new HikariDataSource(config);
        } catch (RuntimeException e) {
            throw new StoreException("cannot connect to the shared database " + login + ": " + rootMessage(e), e);
        }
        try {
            requireMerge(pool, login);
            SecretStore secrets = StoreKey.open(pool, login.keyFile());
            Database db = new Database(pool, Kind.POSTGRESQL, null, login.toString(), secrets);
            db.migrate();
            db.inTransaction(c -> {
                StoreKey.claim(c, secrets, login.keyFile());
                return null;
            });
            return db;
        } catch (RuntimeException e) {
            pool.close();
            throw e instanceof StoreException se ? se
                    : new StoreException("the shared database " + login + " could not be opened or migrated: " + rootMessage(e), e);
        }
    }

    /** The store's standard MERGE statements need PostgreSQL 15 or later: an older server is refused at once, not mid-run. */
    private static void requireMerge(DataSource pool, SharedLogin login) {
        try (Connection c = pool.getConnection()) {
            int major = c.getMetaData().getDatabaseMajorVersion();
            if (major < 15) {
                throw new StoreException("the shared database " + login + " runs PostgreSQL " + major + "; Cart Go-Live needs 15 or later");
            }
        } catch (SQLException e) {
            throw new StoreException("cannot read the shared database " + login + ": " + e.getMessage(), e);
        }
    }

    /** The key that encrypts this store's secrets and keys its fingerprints. */
    SecretStore secrets() {
        return secrets;
    }

    public Kind kind() {
        return kind;
    }

    /** The kind and where, for {@code status} and the window ("PostgreSQL db.example:5432/shop1 as golive"). */
    public String description() {
        return description;
    }

    /** The base path of a file database, or null in memory and for a shared database. */
    public Path basePath() {
        return basePath;
    }

    /** Runs {@code work} in one transaction: committed if it returns, rolled back if it throws. */
    public <T> T inTransaction(Work<T> work) {
        try (Connection c = pool.getConnection()) {
            c.setAutoCommit(false);
            try {
                T result = work.run(c);
                c.commit();
                return result;
            } catch (SQLException | RuntimeException e) {
                c.rollback();
                throw e;
            }
        } catch (SQLException e) {
            throw new StoreException(rootMessage(e), e);
        }
    }

    /** Read-only work; still one transaction so what it reads is consistent. */
    public <T> T read(Work<T> work) {
        return inTransaction(work);
    }

    @Override
    public void close() {
        if (pool instanceof JdbcConnectionPool h2) {
            h2.dispose();
        } else if (pool instanceof HikariDataSource shared) {
            shared.close();
        }
    }

    private static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        return t.getMessage();
    }
}
