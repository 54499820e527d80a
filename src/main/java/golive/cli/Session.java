package golive.cli;

import golive.cart.CartConnectors;
import golive.launch.Cutover;
import golive.launch.InvalidInput;
import golive.launch.Problem;
import golive.launch.ProblemCode;
import golive.service.Host;
import golive.store.DataFolder;
import golive.store.Database;
import golive.store.SecretStore;
import golive.store.StoreTarget;

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
    /** {@code --db} as given: an H2 base path or a jdbc:postgresql URL; null for the default H2 file. */
    String dbValue;
    private StoreTarget target;
    /** This computer for the background service; tests set one over a temporary home. */
    Host host;
    private Database db;
    private Cutover cutover;

    Session(Output output, Map<String, String> env, Clock clock) {
        this.output = output;
        this.env = new java.util.HashMap<>(env); // --db-key-file and --db-password-file stand in for their variables
        this.clock = clock;
    }

    /** Where the store is; a malformed {@code --db} (or a URL carrying a password) is bad input. */
    StoreTarget target() {
        if (target == null) {
            try {
                target = dbValue == null ? new StoreTarget.H2File(DataFolder.defaultDatabase()) : StoreTarget.parse(dbValue, env);
            } catch (IllegalArgumentException e) {
                // the value is never echoed: it may carry a password
                throw new InvalidInput(Problem.of(ProblemCode.BAD_VALUE, "--db", e.getMessage()));
            }
        }
        return target;
    }

    /** The H2 base path, or null for a shared database. */
    Path databasePath() {
        return target() instanceof StoreTarget.H2File f ? f.base() : null;
    }

    /** The H2 base path as it always was shown, or the shared database's server and user. */
    String where() {
        Path base = databasePath();
        return base != null ? base.toString() : target().describe();
    }

    /** The folder for this user's files beside the store: the H2 file's, else the data folder. */
    Path folder() {
        Path base = databasePath();
        return base != null ? base.getParent() : DataFolder.folder();
    }

    /** The key file that seals the cart secrets: beside the H2 file, or the team's for a shared database. */
    Path keyFile() {
        return target() instanceof StoreTarget.Shared shared ? shared.login().keyFile() : SecretStore.keyFile(databasePath());
    }

    Host host() {
        if (host == null) {
            host = Host.current(env);
        }
        return host;
    }

    Cutover cutover() {
        if (cutover == null) {
            db = Database.open(target());
            cutover = new Cutover(db, clock, config -> CartConnectors.open(config, clock));
        }
        return cutover;
    }

    @Override
    public void close() {
        if (db != null) {
            db.close();
        }
    }
}
