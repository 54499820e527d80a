package golive.cli;

import golive.launch.InvalidInput;
import golive.launch.Problem;
import golive.launch.ProblemCode;
import golive.store.Database;
import golive.store.StoreTarget;
import golive.store.StoreTransfer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.util.concurrent.Callable;

/**
 * {@code migrate-store --to URL}: moves the H2 store ({@code --db PATH}, or the default one) into an empty
 * shared PostgreSQL database, keeping every order, batch, audit entry and secret; the H2 store's key file
 * becomes the team's key file ({@code GOLIVE_KEY_FILE}). The H2 store is left as it was.
 */
@Command(name = "migrate-store", description = "Move this H2 store into an empty shared PostgreSQL database (--to URL).")
final class MigrateStoreCommand implements Callable<Integer> {
    private final Session s;
    @Option(names = "--to", required = true, paramLabel = "URL", description = "jdbc:postgresql://HOST[:PORT]/DATABASE") String to;

    MigrateStoreCommand(Session s) {
        this.s = s;
    }

    @Override
    public Integer call() {
        StoreTarget target;
        try {
            target = StoreTarget.parse(to, s.env);
        } catch (IllegalArgumentException e) {
            throw new InvalidInput(Problem.of(ProblemCode.BAD_VALUE, "--to", e.getMessage()));
        }
        if (!(target instanceof StoreTarget.Shared shared)) {
            throw new InvalidInput(Problem.of(ProblemCode.BAD_VALUE, "--to", "expected jdbc:postgresql://HOST[:PORT]/DATABASE"));
        }
        Database from = s.cutover().database();
        StoreTransfer.Outcome o;
        try {
            o = StoreTransfer.migrate(from, s.keyFile(), shared.login());
        } catch (IllegalArgumentException e) {
            throw new InvalidInput(Problem.of(ProblemCode.BAD_VALUE, "--to", e.getMessage()));
        }
        s.output.result(Output.map("migrated", o.target(), "orders", o.orders(), "batches", o.batches(),
                        "auditEntries", o.auditEntries(), "keyFile", shared.login().keyFile().toString()),
                "Moved " + from.description() + " into " + o.target() + ": " + o.orders() + " orders, " + o.batches()
                        + " open-order batches, " + o.auditEntries() + " audit entries. Its key file is now "
                        + shared.login().keyFile() + ": share it with the team out of band (GOLIVE_KEY_FILE), and open the"
                        + " store with --db " + shared.login().url() + " from now on.");
        return ExitCode.OK;
    }
}
