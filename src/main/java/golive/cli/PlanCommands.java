package golive.cli;

import golive.cart.CartException;
import golive.cart.Lifecycle;
import golive.domain.DocType;
import golive.launch.Boundary;
import golive.launch.InvalidInput;
import golive.launch.Problem;
import golive.launch.ProblemCode;
import golive.launch.WallTime;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;

/** {@code plan cutoff | import-from | import-as | reset}: steps 3 and 5, and unlocking the plan. */
@Command(name = "plan", description = "Set the cut-off, 'Import Orders from' and 'Import Orders As'; reset the plan.",
        subcommands = {PlanCommands.Cutoff.class, PlanCommands.ImportFrom.class, PlanCommands.ImportAs.class, PlanCommands.Importable.class,
                PlanCommands.Reset.class})
final class PlanCommands {

    /** --at / --zone / --offset, shared by the two time commands. */
    static final class When {
        @Option(names = "--at", required = true, description = "YYYY-MM-DDTHH:MM[:SS], local time in --zone") String at;
        @Option(names = "--zone", description = "IANA zone; default: the store's zone from the connection test") String zone;
        @Option(names = "--offset", description = "+HH:MM, only for a local time that happens twice (DST ends)") String offset;

        ZonedDateTime resolve(Session s) {
            String z = zone != null ? zone
                    : s.cutover().storeZone().map(ZoneId::getId)
                    .orElseThrow(() -> new InvalidInput(Problem.of(ProblemCode.ZONE_REQUIRED)));
            return WallTime.resolve(at, z, offset);
        }
    }

    @Command(name = "cutoff", description = "Confirm the cut-off: orders created before it belong to the old system.")
    static final class Cutoff implements Callable<Integer> {
        private final Session s;
        @picocli.CommandLine.Mixin When when = new When();

        Cutoff(Session s) {
            this.s = s;
        }

        @Override
        public Integer call() {
            ZonedDateTime t = when.resolve(s);
            s.cutover().setCutoff(t.toInstant(), t.getZone());
            Long before = countOrNull(s, null, t.toInstant());
            String shown = WallTime.show(t.toInstant(), t.getZone());
            s.output.result(Output.map("cutoff", t.toInstant().toString(), "zone", t.getZone().getId(), "shown", shown,
                            "confirmed", true, "openOrdersBefore", before),
                    "Cut-off confirmed: " + shown + " (" + t.toInstant() + ").\n"
                            + "Orders created before it belong to the old system; orders at or after it are the new system's.\n"
                            + (before == null ? "The cart could not be asked how many open orders fall before it."
                            : before + " open cart order(s) were created before the cut-off: they belong in the open-orders file (step 4)."));
            return ExitCode.OK;
        }
    }

    @Command(name = "import-from", description = "Set 'Import Orders from': Auto Sync imports orders created at or after it.")
    static final class ImportFrom implements Callable<Integer> {
        private final Session s;
        @picocli.CommandLine.Mixin When when = new When();
        @ArgGroup(exclusive = true) Accept accept = new Accept();

        static final class Accept {
            @Option(names = "--accept-gap", description = "accept that orders in the gap after the cut-off are never imported") boolean gap;
            @Option(names = "--accept-overlap", description = "accept the overlap before the cut-off (deduplicated)") boolean overlap;
        }

        ImportFrom(Session s) {
            this.s = s;
        }

        @Override
        public Integer call() {
            ZonedDateTime t = when.resolve(s);
            Boundary b = s.cutover().setImportFrom(t.toInstant(), t.getZone(), accept.gap, accept.overlap);
            String shown = WallTime.show(t.toInstant(), t.getZone());
            Long inWindow = b.windowStart() == null ? null : countOrNull(s, b.windowStart(), b.windowEnd());
            String relation = b.isGap() ? "gap" : b.isOverlap() ? "overlap" : b.cutoff() == null ? "unknown" : "none";
            boolean accepted = b.isGap() ? accept.gap : b.isOverlap() ? accept.overlap : true;
            StringBuilder text = new StringBuilder("'Import Orders from' set: " + shown + " (" + t.toInstant() + ").");
            if (b.isGap()) {
                text.append("\nWARNING: gap from the cut-off to 'Import Orders from': ")
                        .append(count(inWindow)).append(" open cart order(s) created in it will never be imported.")
                        .append(accepted ? " Gap accepted." : " Run again with --accept-gap to accept it.");
            } else if (b.isOverlap()) {
                text.append("\nWARNING: overlap from 'Import Orders from' to the cut-off: ")
                        .append(count(inWindow)).append(" open cart order(s) in it; those in the migrated set are skipped,")
                        .append(" the rest are imported and counted as possible duplicates.")
                        .append(accepted ? " Overlap accepted." : " Run again with --accept-overlap to accept it.");
            } else if (b.cutoff() != null) {
                text.append(" It equals the cut-off: no gap, no overlap.");
            }
            Map<String, Object> json = Output.map("importFrom", t.toInstant().toString(), "zone", t.getZone().getId(),
                    "shown", shown, "relation", relation, "accepted", accepted,
                    "window", b.windowStart() == null ? null : Output.map("from", b.windowStart().toString(), "to", b.windowEnd().toString()),
                    "openOrdersInWindow", inWindow);
            s.output.result(json, text.toString());
            return ExitCode.OK;
        }

        private static String count(Long n) {
            return n == null ? "an unknown number of (the cart could not be asked)" : String.valueOf(n);
        }
    }

    @Command(name = "import-as", description = "'Import Orders As': sales-order | cash-sale | sales-invoice.")
    static final class ImportAs implements Callable<Integer> {
        private final Session s;
        @Parameters(paramLabel = "TYPE") String type;

        ImportAs(Session s) {
            this.s = s;
        }

        @Override
        public Integer call() {
            DocType d;
            try {
                d = DocType.fromId(type);
            } catch (IllegalArgumentException e) {
                throw new InvalidInput(Problem.of(ProblemCode.BAD_VALUE, type, e.getMessage()));
            }
            s.cutover().setImportAs(d);
            s.output.result(Output.map("importAs", d.id()), "Orders will be imported as " + d.id() + " (status PENDING).");
            return ExitCode.OK;
        }
    }

    @Command(name = "importable", description = "Which waiting orders Auto Sync imports beside open ones: "
            + "--states pending-payment,on-hold,scheduled (or none), or --default for the cart's defaults.")
    static final class Importable implements Callable<Integer> {
        private final Session s;
        @Option(names = "--states", split = ",", paramLabel = "STATE",
                description = "pending-payment, on-hold, scheduled; 'none' for open orders only") List<String> states;
        @Option(names = "--default", description = "the connected cart's defaults") boolean defaults;

        Importable(Session s) {
            this.s = s;
        }

        @Override
        public Integer call() {
            if (defaults == (states != null)) {
                throw new InvalidInput(Problem.of(ProblemCode.BAD_VALUE, "importable", "give either --states or --default"));
            }
            Set<Lifecycle> chosen = null;
            if (!defaults) {
                chosen = EnumSet.noneOf(Lifecycle.class);
                for (String st : states) {
                    if (!st.equalsIgnoreCase("none")) {
                        try {
                            chosen.add(Lifecycle.fromId(st));
                        } catch (IllegalArgumentException e) {
                            throw new InvalidInput(Problem.of(ProblemCode.BAD_ORDER_STATE, st,
                                    String.join(", ", Lifecycle.OPTIONAL.stream().map(Lifecycle::id).toList())));
                        }
                    }
                }
            }
            s.cutover().setImportable(chosen);
            Set<Lifecycle> now = s.cutover().database().read(new golive.store.PlanStore()::load)
                    .importableFor(s.cutover().cartConfig().map(c -> c.kind()).orElse(golive.domain.CartKind.SHOPIFY));
            List<String> ids = now.stream().sorted().map(Lifecycle::id).toList();
            s.output.result(Output.map("importable", ids), "Auto Sync imports orders that are: " + String.join(", ", ids) + ".");
            return ExitCode.OK;
        }
    }

    @Command(name = "reset", description = "Stop Auto Sync and unlock the plan (audited). Imported orders stay.")
    static final class Reset implements Callable<Integer> {
        private final Session s;
        @Option(names = "--reason", required = true) String reason;

        Reset(Session s) {
            this.s = s;
        }

        @Override
        public Integer call() {
            s.cutover().resetPlan(reason);
            s.output.result(Output.map("reset", true, "reason", reason),
                    "Plan reset: Auto Sync stopped; cut-off, 'Import Orders from' and the cart can be changed again.");
            return ExitCode.OK;
        }
    }

    /** The cart's count, or null when the cart cannot be asked now (the value is saved regardless). */
    static Long countOrNull(Session s, java.time.Instant from, java.time.Instant to) {
        try {
            return s.cutover().countOpenInCart(from, to);
        } catch (CartException | golive.launch.Refusal e) {
            s.output.note("(could not ask the cart for a count: " + e.getMessage() + ")");
            return null;
        }
    }
}
