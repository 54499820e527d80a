package golive.cli;

import golive.launch.InvalidInput;
import golive.launch.Problem;
import golive.launch.ProblemCode;
import golive.launch.WallTime;
import golive.reconcile.Acknowledgements;
import golive.reconcile.MissingImport;
import golive.reconcile.Reconciler;
import golive.reconcile.Reconciliation;
import golive.report.GoLiveHtml;
import golive.report.GoLivePdf;
import golive.report.GoLiveReport;
import golive.report.ReconciliationReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

/** {@code reconcile}, {@code reconcile import-missing} and {@code ack}: the proof and what a person does with it. */
final class ReconcileCommands {
    private ReconcileCommands() {
    }

    @Command(name = "reconcile", subcommands = ImportMissing.class,
            description = "Read the cart now and put every cart order in one bucket against the store; exit 0 only when clean.")
    static final class Reconcile implements Callable<Integer> {
        private final Session s;
        @Option(names = "--from", paramLabel = "YYYY-MM-DDTHH:MM[:SS]",
                description = "reconcile orders created from then (in --zone); default: the earliest migrated order, else the cut-off minus 7 days")
        String from;
        @Option(names = "--zone", description = "IANA zone of --from; default: the store's") String zone;
        @Option(names = "--format", defaultValue = "text",
                description = "text or json (default: text), or the go-live report as html or pdf (with --out)") String format;
        @Option(names = "--out", paramLabel = "FILE", description = "write the report to FILE instead of standard output") Path out;

        Reconcile(Session s) {
            this.s = s;
        }

        @Override
        public Integer call() {
            if (!List.of("text", "json", "html", "pdf").contains(format)) {
                throw new InvalidInput(Problem.of(ProblemCode.BAD_VALUE, format, "expected text, json, html or pdf"));
            }
            boolean document = format.equals("html") || format.equals("pdf");
            if (document && out == null) {
                throw new InvalidInput(Problem.of(ProblemCode.BAD_VALUE, "--format " + format, "the go-live report is a file: add --out FILE"));
            }
            ZoneId storeZone = s.cutover().storeZone().orElse(ZoneOffset.UTC);
            Instant start = from == null ? null : WallTime.resolve(from, zone != null ? zone : storeZone.getId(), null).toInstant();
            Reconciliation r = new Reconciler(s.cutover()).run(start, s.output::note);
            Map<String, Object> json = ReconciliationReport.json(r);
            String text = ReconciliationReport.text(r, storeZone);
            if (out != null) {
                if (document) {
                    GoLiveReport report = GoLiveReport.of(s.cutover(), r);
                    write(out, format.equals("pdf") ? GoLivePdf.render(report) : GoLiveHtml.render(report));
                } else {
                    write(out, ((format.equals("json") ? Output.pretty(json) : text) + "\n").getBytes(StandardCharsets.UTF_8));
                }
                s.output.result(Map.of("clean", r.clean(), "out", out.toAbsolutePath().toString()),
                        ReconciliationReport.verdict(r) + "\nReport written to " + out.toAbsolutePath());
            } else {
                s.output.result(json, format.equals("json") ? Output.pretty(json) : text);
            }
            return r.clean() ? ExitCode.OK : ExitCode.REFUSED;
        }
    }

    @Command(name = "import-missing",
            description = "Import from the cart the orders the latest reconciliation found missing (at or after 'Import Orders from').")
    static final class ImportMissing implements Callable<Integer> {
        private final Session s;
        @Option(names = "--order", paramLabel = "ID", description = "only this cart order") String order;
        @Option(names = "--confirm-before-import-from",
                description = "the order (--order) was created before 'Import Orders from': import it from the cart anyway") boolean confirm;
        @Option(names = "--reason", description = "why (required with --confirm-before-import-from; recorded)") String reason;

        ImportMissing(Session s) {
            this.s = s;
        }

        @Override
        public Integer call() {
            MissingImport missing = new MissingImport(s.cutover());
            if (confirm && order == null) {
                throw new InvalidInput(Problem.of(ProblemCode.BAD_VALUE, "--confirm-before-import-from",
                        "it confirms one order: name it with --order ID"));
            }
            if (confirm && (reason == null || reason.isBlank())) {
                throw new InvalidInput(Problem.of(ProblemCode.REASON_REQUIRED));
            }
            List<MissingImport.Outcome> done = order != null ? List.of(missing.importOne(order, confirm ? reason : null)) : missing.importAll();
            StringBuilder text = new StringBuilder(done.isEmpty() ? "No missing order at or after 'Import Orders from' to import."
                    : done.size() + " missing order(s):");
            done.forEach(o -> text.append("\n  ").append(o.number()).append(" (").append(o.cartOrderId()).append("): ").append(o.result()));
            text.append("\nRun 'reconcile' again to see them synced.");
            s.output.result(Map.of("orders", done), text.toString());
            return ExitCode.OK;
        }
    }

    @Command(name = "ack", description = "Acknowledge an order handled by hand, so it no longer fails the reconciliation (audited).")
    static final class Ack implements Callable<Integer> {
        private final Session s;
        @Parameters(index = "0", paramLabel = "KIND", description = "missing, duplicate, suspect, orphan, attention or set-aside") String kind;
        @Parameters(index = "1", paramLabel = "ID", description = "the cart order id (an orphan: the store order's number)") String id;
        @Option(names = "--reason", required = true, description = "what was done, for the audit log and the report") String reason;

        Ack(Session s) {
            this.s = s;
        }

        @Override
        public Integer call() {
            new Acknowledgements(s.cutover()).acknowledge(kind, id, reason);
            s.output.result(Map.of("kind", kind, "id", id, "reason", reason.strip()),
                    "Acknowledged " + kind + " " + id + ": " + reason.strip() + ". Run 'reconcile' to see it counted as acknowledged.");
            return ExitCode.OK;
        }
    }

    private static void write(Path file, byte[] content) {
        try {
            Files.write(file, content);
        } catch (IOException e) {
            throw new InvalidInput(Problem.of(ProblemCode.BAD_VALUE, file, "the report cannot be written there (" + e.getMessage() + ")"));
        }
    }
}
