package golive.cli;

import golive.launch.InvalidInput;
import golive.launch.Problem;
import golive.launch.ProblemCode;
import golive.store.SharedLogin;
import golive.store.StoreTransfer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;

/**
 * {@code restore --from FILE --db TARGET}: an H2 backup zip into a new H2 path, or an export (a shared
 * store's backup) into a new H2 path or an empty PostgreSQL database. Never over a store that holds data.
 */
@Command(name = "restore", description = "Restore a backup into a new H2 path (--db PATH) or an empty shared database (--db URL).")
final class RestoreCommand implements Callable<Integer> {
    private final Session s;
    @Option(names = "--from", required = true, paramLabel = "FILE", description = "a file written by backup") Path from;
    @Option(names = "--key-file", paramLabel = "FILE",
            description = "the original store's key file, placed beside a new H2 store (default: GOLIVE_KEY_FILE)") Path keyFile;

    RestoreCommand(Session s) {
        this.s = s;
    }

    @Override
    public Integer call() {
        if (s.dbValue == null) {
            throw new InvalidInput(Problem.of(ProblemCode.BAD_VALUE, "--db", "name the new database to restore into"));
        }
        if (!Files.isRegularFile(from)) {
            throw new InvalidInput(Problem.of(ProblemCode.BAD_VALUE, from, "the file does not exist"));
        }
        String fromEnv = s.env.get(SharedLogin.KEY_FILE_ENV);
        Path key = keyFile != null ? keyFile : fromEnv != null && !fromEnv.isBlank() ? Path.of(fromEnv) : null;
        if (key != null && !Files.isRegularFile(key)) {
            throw new InvalidInput(Problem.of(ProblemCode.BAD_VALUE, key, "the key file does not exist"));
        }
        StoreTransfer.Outcome o;
        try {
            o = StoreTransfer.restore(from.toAbsolutePath(), s.target(), key);
        } catch (IllegalArgumentException e) {
            throw new InvalidInput(Problem.of(ProblemCode.BAD_VALUE, from, e.getMessage()));
        }
        s.output.result(Output.map("restored", o.target(), "orders", o.orders(), "batches", o.batches(),
                        "auditEntries", o.auditEntries(), "secretsReadable", o.secretsReadable()),
                "Restored " + from + " into " + o.target() + ": " + o.orders() + " orders, " + o.batches() + " open-order batches, "
                        + o.auditEntries() + " audit entries."
                        + (o.secretsReadable() ? "" : " The cart secrets in it were sealed with another key: put the original"
                        + " store's key file in place (--key-file, GOLIVE_KEY_FILE), or connect the cart again."));
        return ExitCode.OK;
    }
}
