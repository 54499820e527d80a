package golive.cli;

import golive.launch.WallTime;
import golive.openorders.CartCheck;
import golive.openorders.FileProblem;
import golive.openorders.ImportReport;
import golive.openorders.ImportSummary;

import java.time.Instant;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** How {@code open-orders} shows a preview, a commit, file problems and the check: text for people, maps for JSON. */
final class OpenOrdersReports {
    private OpenOrdersReports() {
    }

    static Map<String, Object> json(ImportReport r) {
        return Output.map("dryRun", r.dryRun(), "written", r.written(), "batchId", r.batchId(),
                "preview", summary(r.summary()), "warnings", problems(r.problems()),
                "check", r.check() == null ? null : check(r.check()), "checkNote", r.checkNote());
    }

    static String text(ImportReport r) {
        StringBuilder t = new StringBuilder(summaryText(r.summary()));
        r.problems().forEach(p -> t.append(p.describe()).append('\n'));
        if (r.warningCount() > r.problems().size()) {
            t.append("(").append(r.warningCount() - r.problems().size()).append(" more warning(s) not shown)\n");
        }
        t.append(r.check() != null ? checkText(r.check()) : "Check against the cart: " + r.checkNote()).append('\n');
        ImportSummary s = r.summary();
        if (r.dryRun()) {
            t.append("Dry run: nothing was written. ").append(s.newOrders()).append(" new order(s) would be committed.");
        } else if (r.written()) {
            t.append("Committed batch ").append(r.batchId()).append(": ").append(s.newOrders()).append(" order(s), ")
                    .append(s.newLines()).append(" line(s). 'open-orders undo ").append(r.batchId())
                    .append("' takes it back until the first import from the cart.");
        } else {
            t.append("Nothing new to import: no batch was committed.");
        }
        return t.toString();
    }

    /** Exit 2: every problem as {@code file:line: column 'X': message}; with --json, one error object. */
    static void badFile(Output out, ImportReport r) {
        String message = r.errorCount() + " error(s) in the open-orders file" + (r.stoppedEarly() ? " (reading stopped at "
                + r.errorCount() + ")" : "") + "; nothing was written.";
        if (out.isJson()) {
            Map<String, Object> e = Output.map("code", "BAD_FILE", "message", message, "problems", problems(r.problems()),
                    "errorCount", r.errorCount(), "warningCount", r.warningCount(), "preview", summary(r.summary()));
            out.print(Map.of("error", e));
            out.out().flush();
            return;
        }
        StringBuilder t = new StringBuilder(message.replaceFirst("\\.$", ":"));
        r.problems().forEach(p -> t.append('\n').append(p.describe()));
        if (r.errorCount() + r.warningCount() > r.problems().size()) {
            t.append("\n(").append(r.errorCount() + r.warningCount() - r.problems().size()).append(" more not shown)");
        }
        out.error("BAD_FILE", t.toString(), null);
    }

    static List<Map<String, Object>> problems(List<FileProblem> problems) {
        return problems.stream().map(p -> Output.map("file", p.file(), "line", p.line(), "column", p.column(),
                "message", p.message(), "severity", p.severity().name().toLowerCase(java.util.Locale.ROOT),
                "kind", p.kind().name())).toList();
    }

    static Map<String, Object> summary(ImportSummary s) {
        if (s == null) {
            return null;
        }
        Map<String, String> totals = new LinkedHashMap<>();
        s.totals().forEach((cur, amount) -> totals.put(cur, OrdersCommands.money(amount)));
        return Output.map("file", s.file(), "format", s.format(), "zone", s.zone().getId(), "cutoff", str(s.cutoff()),
                "orders", s.orders(), "lines", s.lines(), "totals", totals, "earliest", str(s.earliest()), "latest", str(s.latest()),
                "withCartOrderId", s.withCartId(), "skippedNotOpen", s.skippedNotOpen(), "skippedByReason", s.skippedByReason(),
                "atOrAfterCutoff", s.atOrAfterCutoff(), "alreadyInStore", s.alreadyInStore(), "alreadySample", s.alreadySample(),
                "newOrders", s.newOrders(), "newLines", s.newLines());
    }

    private static String summaryText(ImportSummary s) {
        if (s == null) {
            return "";
        }
        ZoneId z = s.zone();
        StringBuilder t = new StringBuilder("Open orders in " + s.file() + " (" + s.format() + "; dates without an offset read in "
                + z.getId() + "):\n");
        t.append(String.format("  orders            %d open, %d line(s); %d with a cart order id%n", s.orders(), s.lines(), s.withCartId()));
        t.append("  totals            ").append(s.totals().isEmpty() ? "-" : String.join(" · ", s.totals().entrySet().stream()
                .map(e -> e.getKey() + " " + OrdersCommands.money(e.getValue())).toList())).append('\n');
        t.append("  created           ").append(s.earliest() == null ? "-" : WallTime.show(s.earliest(), z) + "  ..  "
                + WallTime.show(s.latest(), z)).append('\n');
        t.append("  skipped, not open ").append(s.skippedNotOpen()).append(s.skippedByReason().isEmpty() ? "" : " " + s.skippedByReason())
                .append('\n');
        t.append("  at/after cut-off  ").append(s.atOrAfterCutoff()).append(" (cut-off ").append(WallTime.show(s.cutoff(), z)).append(")\n");
        t.append("  already in store  ").append(s.alreadyInStore()).append(s.alreadySample().isEmpty() ? ""
                : " " + s.alreadySample() + (s.alreadyInStore() > s.alreadySample().size() ? "..." : "") + ": they add nothing").append('\n');
        t.append(String.format("  new               %d order(s), %d line(s)%n", s.newOrders(), s.newLines()));
        return t.toString();
    }

    static Map<String, Object> check(CartCheck.Result r) {
        return Output.map("passed", r.passed(), "windowStart", str(r.windowStart()), "cutoff", str(r.cutoff()),
                "cartOrdersRead", r.cartOrdersRead(), "migratedOrders", r.migratedOrders(),
                "missingFromFile", Output.map("count", r.missingCount(), "beforeWindow", r.missingBeforeWindow(),
                        "orders", findings(r.missingFromFile())),
                "notOpenInCart", Output.map("count", r.notOpenCount(), "orders", findings(r.notOpenInCart())),
                "unknownToCart", Output.map("count", r.unknownCount(), "orders", findings(r.unknownToCart())));
    }

    static String checkText(CartCheck.Result r) {
        StringBuilder t = new StringBuilder("Check against the cart (" + r.migratedOrders() + " migrated order(s), "
                + r.cartOrdersRead() + " cart order(s) updated since " + r.windowStart() + "): " + (r.passed() ? "passed" : "FAILED"));
        section(t, r.missingCount(), "open cart order(s) created before the cut-off are not migrated (check the old system)",
                r.missingFromFile());
        if (r.missingBeforeWindow() > 0) {
            t.append("\n    (").append(r.missingBeforeWindow()).append(" of them created before ").append(r.windowStart())
                    .append(", counted by the cart, not listed)");
        }
        section(t, r.notOpenCount(), "migrated order(s) are fulfilled or cancelled in the cart", r.notOpenInCart());
        section(t, r.unknownCount(), "migrated order(s) are not found in the cart", r.unknownToCart());
        return t.toString();
    }

    private static void section(StringBuilder t, long count, String what, List<CartCheck.Finding> listed) {
        if (count == 0) {
            return;
        }
        t.append("\n  ").append(count).append(' ').append(what).append(':');
        for (CartCheck.Finding f : listed) {
            t.append("\n    ").append(f.orderNumber()).append(f.cartOrderId() == null ? "" : " (id " + f.cartOrderId() + ")")
                    .append(" created ").append(f.createdAt()).append(": ").append(f.what());
        }
    }

    private static List<Map<String, Object>> findings(List<CartCheck.Finding> list) {
        return list.stream().map(f -> Output.map("cartOrderId", f.cartOrderId(), "orderNumber", f.orderNumber(),
                "createdAt", str(f.createdAt()), "what", f.what())).toList();
    }

    private static String str(Instant t) {
        return t == null ? null : t.toString();
    }
}
