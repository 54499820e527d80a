package golive.store;

import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcConnectionPool;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.UUID;

/**
 * One store: an H2 database migrated by Flyway, opened with {@code AUTO_SERVER=TRUE} so the
 * wizard, {@code sync run} and another terminal can use it at once. Thread-safe.
 */
public final class Database implements AutoCloseable {

    /** A unit of work on one connection. */
    @FunctionalInterface
    public interface Work<T> {
        T run(Connection c) throws SQLException;
    }

    private final JdbcConnectionPool pool;
    private final Path basePath;
    private final SecretStore secrets;

    private Database(String url, Path basePath) {
        this.pool = JdbcConnectionPool.create(url, "golive", "");
        this.pool.setMaxConnections(8);
        this.basePath = basePath;
        this.secrets = SecretStore.forBase(basePath);
        for (int attempt = 1; ; attempt++) {
            try {
                Flyway.configure().dataSource(pool).locations("classpath:db/migration")
                        .javaMigrations(new golive.store.migration.V5__ShopKeysAndFingerprints(secrets))
                        .load().migrate();
                return;
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

    /** The file database at {@code basePath} (no {@code .mv.db}); its folder is created. */
    public static Database open(Path basePath) {
        Path abs = basePath.toAbsolutePath().normalize();
        try {
            Files.createDirectories(abs.getParent());
        } catch (java.io.IOException e) {
            throw new StoreException("cannot create the data folder " + abs.getParent() + ": " + e.getMessage(), e);
        }
        // WRITE_DELAY=0: a committed page is on disk before the next is read, so kill -9 loses nothing committed
        return new Database("jdbc:h2:file:" + abs + ";AUTO_SERVER=TRUE;WRITE_DELAY=0", abs);
    }

    /** A private in-memory database (tests, dry rehearsals); secrets keep their key in memory. */
    public static Database inMemory() {
        return new Database("jdbc:h2:mem:" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1", null);
    }

    /** The key that encrypts this store's secrets and keys its fingerprints. */
    SecretStore secrets() {
        return secrets;
    }

    /** The base path of a file database, or null in memory. */
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
        pool.dispose();
    }

    private static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        return t.getMessage();
    }
}
