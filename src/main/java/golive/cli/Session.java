package golive.cli;

import golive.cart.CartConnectors;
import golive.launch.Cutover;
import golive.launch.Refusal;
import golive.store.DataFolder;
import golive.store.Database;

import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;

/**
 * One CLI invocation: the global options, the output, the environment, and the store opened on
 * first use (so {@code --version} and usage errors never touch the database).
 */
final class Session implements AutoCloseable {
    final Output output;
    final Map<String, String> env;
    final Clock clock;
    Path dbPath;
    private Database db;
    private Cutover cutover;

    Session(Output output, Map<String, String> env, Clock clock) {
        this.output = output;
        this.env = env;
        this.clock = clock;
    }

    Path databasePath() {
        return (dbPath != null ? dbPath : DataFolder.defaultDatabase()).toAbsolutePath().normalize();
    }

    Cutover cutover() {
        if (cutover == null) {
            db = Database.open(databasePath());
            cutover = new Cutover(db, clock, config -> CartConnectors.open(config, clock));
        }
        return cutover;
    }

    /** Writes {@code r} to the audit log when the store is open (a refusal always comes from it). */
    void refused(String command, Refusal r) {
        if (cutover != null) {
            cutover.auditRefusal(command, r);
        }
    }

    @Override
    public void close() {
        if (db != null) {
            db.close();
        }
    }
}
