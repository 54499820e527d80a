package golive.report;

import golive.i18n.Messages;
import golive.launch.Checklist;
import golive.launch.Cutover;
import golive.launch.Guard;
import golive.launch.LaunchState;
import golive.launch.LaunchStateReader;
import golive.launch.Problem;
import golive.launch.Step;
import golive.launch.WallTime;
import golive.store.OpenOrdersStore;
import golive.store.OrderStore;
import golive.store.PlanStore;
import golive.store.SetAsideStore;
import golive.store.SyncStateStore;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The status a person reads: the checklist with what each done step holds, the guard's verdict
 * and Auto Sync. Built from the engine's own answers (checklist, guard, stores); it never
 * contains a secret. Thread-safe (stateless); blocking (reads the database).
 */
public final class StatusReport {
    private StatusReport() {
    }

    /** The whole plain-text status, as {@code status} prints it. */
    public static String text(Cutover c, String databasePath) {
        Instant now = c.clock().instant();
        LaunchState state = c.state();
        List<Problem> problems = Guard.problems(state, now);
        StringBuilder text = new StringBuilder("Cart Go-Live status (" + databasePath + ")\n");
        for (Checklist.StepStatus st : Checklist.of(state, now)) {
            text.append(String.format("  [%s] %d %-12s %s%n", st.done() ? "x" : " ", st.step().ordinal() + 1, st.step().id(),
                    stepDetail(c, st)));
        }
        text.append(guardText(problems));
        text.append(syncText(sync(c)));
        return text.toString().stripTrailing();
    }

    /** One step's line: what a done step holds, or what keeps it open. */
    public static String stepDetail(Cutover c, Checklist.StepStatus st) {
        return st.done() ? doneDetail(c, st.step())
                : st.open().isEmpty() ? "not started" : String.join(" ", st.open().stream().map(Messages::of).toList());
    }

    public static String guardText(List<Problem> problems) {
        return problems.isEmpty() ? "Ready: Auto Sync may start.\n"
                : "Auto Sync cannot start yet:\n" + String.join("\n", problems.stream().map(p -> "  - " + Messages.of(p)).toList()) + "\n";
    }

    /** What a done step holds, for people ("cut-off 2026-11-20 00:00:00 America/New_York"). */
    public static String doneDetail(Cutover c, Step step) {
        return c.database().read(conn -> {
            PlanStore.Plan plan = new PlanStore().load(conn);
            return switch (step) {
                case CONNECT -> c.carts().load(conn).map(cfg -> cfg.kind().id() + " " + cfg.normalisedUrl()).orElse("");
                case TEST -> c.carts().lastTest(conn).map(t -> "passed " + t.testedAt() + ", store zone "
                        + t.report().storeZone() + ", currency " + t.report().currency()).orElse("");
                case CUTOFF -> "cut-off " + WallTime.show(plan.cutoff(), plan.cutoffZone());
                case OPEN_ORDERS -> {
                    List<OpenOrdersStore.Batch> batches = new OpenOrdersStore().active(conn);
                    yield batches.stream().anyMatch(OpenOrdersStore.Batch::isNone) && batches.size() == 1
                            ? "none: " + batches.get(0).reason()
                            : batches.stream().mapToInt(OpenOrdersStore.Batch::orderCount).sum() + " order(s) in " + batches.size() + " batch(es)";
                }
                case IMPORT_FROM -> "from " + WallTime.show(plan.importFrom(), plan.importFromZone()) + ", as " + plan.importAs().id()
                        + (plan.locked() ? " (locked since " + plan.lockedAt() + ")" : "");
                case AUTO_SYNC -> "RUNNING";
            };
        });
    }

    /** Auto Sync's state as a map (the {@code sync} object of {@code status --json}). */
    public static Map<String, Object> sync(Cutover c) {
        return c.database().read(conn -> {
            SyncStateStore store = new SyncStateStore();
            SyncStateStore.State st = store.load(conn);
            Instant dbNow = store.databaseNow(conn);
            List<SyncStateStore.Run> runs = store.recentRuns(conn, 1);
            Map<String, Object> lastRun = runs.isEmpty() ? null : map("id", runs.get(0).id(),
                    "startedAt", str(runs.get(0).startedAt()), "finishedAt", str(runs.get(0).finishedAt()),
                    "outcome", runs.get(0).outcomeIn(st, dbNow), "imported", runs.get(0).imported(), "fetched", runs.get(0).fetched(),
                    "setAside", runs.get(0).setAside(), "cartCount", runs.get(0).cartCount(), "error", runs.get(0).error());
            List<Map<String, Object>> aside = c.carts().load(conn).map(cfg -> {
                try {
                    return new SetAsideStore().open(conn, cfg.shopKey());
                } catch (java.sql.SQLException e) {
                    throw new golive.store.StoreException(e.getMessage(), e);
                }
            }).orElse(List.of()).stream().map(e -> map("cartOrderId", e.cartOrderId(), "orderNumber", e.orderNumber(),
                    "reason", e.reason(), "firstSeen", str(e.firstSeen()), "attempts", e.attempts())).toList();
            return map("status", st.status(), "watermark", str(st.watermark()), "lastRun", lastRun,
                    "lastSuccess", str(st.lastSuccessEnd()), "runnerAlive", LaunchStateReader.runnerAlive(st, dbNow),
                    "leaseHolder", st.leaseLive(dbNow) ? st.leaseHolder() : null,
                    "intervalSeconds", st.interval().toSeconds(), "cursor", str(st.cursor()),
                    "clockSkewSeconds", st.clockSkew() == null ? null : st.clockSkew().toSeconds(),
                    "stoppedReason", st.stoppedReason(), "needsAttention", new OrderStore().countNeedingAttention(conn),
                    "setAside", aside);
        });
    }

    @SuppressWarnings("unchecked")
    public static String syncText(Map<String, Object> sync) {
        Map<String, Object> last = (Map<String, Object>) sync.get("lastRun");
        boolean running = "RUNNING".equals(sync.get("status"));
        boolean alive = Boolean.TRUE.equals(sync.get("runnerAlive"));
        return ("Auto Sync: " + sync.get("status") + (running && !alive ? " — PROBLEM: no runner is alive (open the wizard or run 'sync run')" : "")
                + (alive ? " (runner alive)" : "") + "\n"
                + "  Last Order from: " + (sync.get("watermark") == null ? "-" : sync.get("watermark")) + "\n"
                + "  Last run: " + (last == null ? "never" : last.get("outcome") + " at " + last.get("startedAt") + ", imported "
                + last.get("imported") + " of " + last.get("fetched") + (last.get("error") == null ? "" : ", error: " + last.get("error"))) + "\n"
                + "  Orders needing attention: " + sync.get("needsAttention") + "\n"
                + setAsideText((List<Map<String, Object>>) sync.get("setAside"))
                + (sync.get("leaseHolder") == null ? "" : "  Runner: " + sync.get("leaseHolder") + "\n")
                + (sync.get("clockSkewSeconds") == null ? "" : "  Cart clock vs this computer: " + sync.get("clockSkewSeconds") + " s\n")
                + (sync.get("stoppedReason") == null ? "" : "  Stopped: " + sync.get("stoppedReason"))).stripTrailing();
    }

    private static String setAsideText(List<Map<String, Object>> aside) {
        if (aside.isEmpty()) {
            return "  Orders set aside: 0\n";
        }
        StringBuilder sb = new StringBuilder("  Orders set aside (the store cannot hold them; every run tries again): " + aside.size() + "\n");
        aside.stream().limit(20).forEach(a -> sb.append("    ").append(a.get("orderNumber") == null ? "-" : a.get("orderNumber"))
                .append(" (cart id ").append(a.get("cartOrderId")).append("): ").append(a.get("reason")).append("\n"));
        return sb.toString();
    }

    private static String str(Instant i) {
        return i == null ? null : i.toString();
    }

    private static Map<String, Object> map(Object... kv) {
        Map<String, Object> m = new LinkedHashMap<>();
        for (int i = 0; i < kv.length; i += 2) {
            m.put((String) kv[i], kv[i + 1]);
        }
        return m;
    }
}
