package golive.cli;

import golive.i18n.Messages;
import golive.launch.InvalidInput;
import golive.launch.Problem;
import golive.launch.ProblemCode;
import golive.openorders.CartCheck;
import golive.openorders.Format;
import golive.openorders.ImportReport;
import golive.openorders.ImportRequest;
import golive.openorders.OpenOrderBatches;
import golive.openorders.OpenOrdersCheck;
import golive.openorders.OpenOrdersImporter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.Callable;

/**
 * {@code open-orders import | undo | check | none}: step 4. The work is {@code golive.openorders}'s;
 * this maps it to text, JSON and exit codes (a bad file exits 2, a failed check 3).
 */
@Command(name = "open-orders", description = "Step 4: the old system's open orders.",
        subcommands = {OpenOrdersCommands.Import.class, OpenOrdersCommands.Undo.class, OpenOrdersCommands.Check.class,
                OpenOrdersCommands.None.class})
final class OpenOrdersCommands {

    @Command(name = "import", description = "Preview, validate and commit a file of open orders (all or nothing).")
    static final class Import implements Callable<Integer> {
        private final Session s;
        @Parameters(index = "0", paramLabel = "FILE", description = "the CSV file") Path file;
        @Option(names = "--format", paramLabel = "auto|template|shopify|mapped", description = "default: auto (from the header)")
        String format;
        @Option(names = "--map", paramLabel = "FILE.json", description = "column mapping for --format mapped") Path map;
        @Option(names = "--dry-run", description = "preview and check only; write nothing") boolean dryRun;
        @Option(names = "--strict", description = "an order at or after the cut-off is an error, not a warning") boolean strict;

        Import(Session s) {
            this.s = s;
        }

        @Override
        public Integer call() {
            Format f;
            try {
                f = format == null ? null : Format.fromId(format);
            } catch (IllegalArgumentException e) {
                throw new InvalidInput(Problem.of(ProblemCode.BAD_VALUE, format, "use --format auto, template, shopify or mapped"));
            }
            if (map != null && (f == Format.TEMPLATE || f == Format.SHOPIFY)) {
                throw new InvalidInput(Problem.of(ProblemCode.BAD_VALUE, "--map", "a mapping goes with --format mapped (or auto)"));
            }
            ImportRequest request = new ImportRequest(file, f, map, strict, true);
            OpenOrdersImporter importer = new OpenOrdersImporter(s.cutover());
            ImportReport r = dryRun ? importer.preview(request) : importer.commit(request);
            if (!r.accepted()) {
                OpenOrdersReports.badFile(s.output, r);
                return ExitCode.BAD_INPUT;
            }
            s.output.result(OpenOrdersReports.json(r), OpenOrdersReports.text(r));
            return ExitCode.OK;
        }
    }

    @Command(name = "undo", description = "Undo a committed batch (until the first import from the cart).")
    static final class Undo implements Callable<Integer> {
        private final Session s;
        @Parameters(index = "0", paramLabel = "BATCH", description = "the batch id that 'import' printed") long batch;

        Undo(Session s) {
            this.s = s;
        }

        @Override
        public Integer call() {
            int deleted = new OpenOrderBatches(s.cutover()).undo(batch);
            s.output.result(Output.map("batch", batch, "undone", true, "ordersDeleted", deleted),
                    "Undid batch " + batch + ": " + deleted + " migrated order(s) deleted.");
            return ExitCode.OK;
        }
    }

    @Command(name = "check", description = "Compare the migrated orders with the cart (needs a tested connection).")
    static final class Check implements Callable<Integer> {
        private final Session s;

        Check(Session s) {
            this.s = s;
        }

        @Override
        public Integer call() {
            CartCheck.Result r = new OpenOrdersCheck(s.cutover()).run();
            Map<String, Object> check = OpenOrdersReports.check(r);
            if (r.passed()) {
                s.output.result(Output.map("check", check), OpenOrdersReports.checkText(r));
                return ExitCode.OK;
            }
            String message = Messages.of(Problem.of(ProblemCode.OPEN_ORDERS_CHECK_FAILED, r.missingCount(), r.notOpenCount(),
                    r.unknownCount()));
            if (s.output.isJson()) {
                s.output.print(Map.of("error", Output.map("code", ProblemCode.OPEN_ORDERS_CHECK_FAILED.name(), "message", message,
                        "check", check)));
                s.output.out().flush();
            } else {
                s.output.note(OpenOrdersReports.checkText(r));
                s.output.error(ProblemCode.OPEN_ORDERS_CHECK_FAILED.name(), message, null);
            }
            return ExitCode.REFUSED;
        }
    }

    @Command(name = "none", description = "Declare that there are no open orders to migrate (with a reason).")
    static final class None implements Callable<Integer> {
        private final Session s;
        @Option(names = "--reason", required = true) String reason;

        None(Session s) {
            this.s = s;
        }

        @Override
        public Integer call() {
            s.cutover().declareNoOpenOrders(reason);
            s.output.result(Output.map("openOrders", "none", "reason", reason),
                    "Declared: no open orders to migrate (" + reason + ").");
            return ExitCode.OK;
        }
    }
}
