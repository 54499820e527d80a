package golive.cli;

import golive.cart.http.HttpSettings;
import golive.domain.CartKind;
import golive.launch.InvalidInput;
import golive.launch.Problem;
import golive.launch.ProblemCode;
import golive.reconcile.Bucket;
import golive.reconcile.Reconciliation;
import golive.report.ReconciliationReport;
import golive.rehearsal.RehearsalSandbox;
import golive.rehearsal.ScriptedRehearsal;
import golive.sandbox.Scenario;
import golive.store.ReconciliationStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

/**
 * {@code rehearse}: the whole cut-over against the sandbox cart on a compressed clock, on a fresh
 * rehearsal database (never the real one). Exit 0 when nothing was lost or duplicated, else 3.
 */
@Command(name = "rehearse", description = "Rehearse the cut-over offline against the sandbox cart (REHEARSAL).")
final class RehearseCommand implements Callable<Integer> {
    private final Session s;
    @Option(names = "--scenario", defaultValue = "quiet-store",
            description = "quiet-store | black-friday | flaky-network | timezone-trap, or a scenario JSON file")
    String scenario;
    @Option(names = "--speed", defaultValue = "60", description = "store seconds per real second (60: a minute a second)")
    double speed;
    @Option(names = "--kind", defaultValue = "shopify", description = "the cart to rehearse with: ${COMPLETION-CANDIDATES}",
            completionCandidates = RehearsalKinds.class)
    String kind;

    /** The carts a rehearsal can play, for the help text. */
    static final class RehearsalKinds implements Iterable<String> {
        @Override
        public java.util.Iterator<String> iterator() {
            return RehearsalSandbox.kinds().stream().map(CartKind::id).iterator();
        }
    }

    /** A store day a second: faster, and the sync's own work is all that is left to watch. */
    static final double MAX_SPEED = 86_400;

    RehearseCommand(Session s) {
        this.s = s;
    }

    @Override
    public Integer call() throws InterruptedException {
        String offered = String.join(", ", RehearsalSandbox.kinds().stream().map(CartKind::id).toList());
        CartKind k;
        try {
            k = CartKind.fromId(kind);
        } catch (IllegalArgumentException e) {
            throw new InvalidInput(Problem.of(ProblemCode.UNSUPPORTED_CART, kind, offered));
        }
        if (!RehearsalSandbox.kinds().contains(k)) {
            throw new InvalidInput(Problem.of(ProblemCode.UNSUPPORTED_CART, kind, offered));
        }
        if (!(speed > 0 && speed <= MAX_SPEED)) { // NaN and Infinity fail it too
            throw new InvalidInput(Problem.of(ProblemCode.BAD_VALUE, speed, "--speed must be above 0 and at most " + (int) MAX_SPEED
                    + " (a day a second)"));
        }
        Scenario sc;
        try {
            sc = Scenario.load(scenario);
        } catch (IllegalArgumentException e) {
            throw new InvalidInput(Problem.of(ProblemCode.BAD_VALUE, scenario, e.getMessage()));
        }
        Path folder = s.folder();
        try (RehearsalSandbox box = RehearsalSandbox.start(k, sc, speed, folder, HttpSettings.defaults())) {
            s.output.note("REHEARSAL database " + box.databasePath() + " (your real database is not touched)");
            Reconciliation r = new ScriptedRehearsal(box, s.output::note).run();
            s.output.result(Output.map("rehearsal", true, "scenario", sc.name(), "database", String.valueOf(box.databasePath()),
                            "lost", numbers(r, Bucket.MISSING), "duplicated", numbers(r, Bucket.DUPLICATE),
                            "reconciliation", ReconciliationReport.json(r), "clean", r.clean()),
                    r.clean() ? "REHEARSAL PASSED" : "REHEARSAL FAILED");
            return r.clean() ? ExitCode.OK : ExitCode.REFUSED;
        }
    }

    /** The order numbers of a bucket, as the rehearsal's JSON has always listed the lost and duplicated ones. */
    private static List<String> numbers(Reconciliation r, Bucket b) {
        return r.cartOrders().get(b).stream().map(ReconciliationStore.CartRow::number).toList();
    }
}
