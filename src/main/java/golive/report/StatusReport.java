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
        Instant now = c.clock().instant();
        return c.database().read(conn -> {
            SyncStateStore store = new SyncStateStore();
            SyncStateStore.State st = store.load(conn);
            List<SyncStateStore.Run> runs = store.recentRuns(conn, 1);
            Map<String, Object> lastRun = runs.isEmpty() ? null : map("id", runs.get(0).id(),
                    "startedAt", str(runs.get(0).startedAt()), "finishedAt", str(runs.get(0).finishedAt()),
                    "outcome", runs.get(0).outcome(), "imported", runs.get(0).imported(), "fetched", runs.get(0).fetched(),
                    "error", runs.get(0).error());
            return map("status", st.status(), "watermark", str(st.watermark()), "lastRun", lastRun,
                    "lastSuccess", str(st.lastSuccessEnd()), "runnerAlive", LaunchStateReader.runnerAlive(st, now),
                    "intervalSeconds", st.interval().toSeconds(), "cursor", str(st.cursor()),
                    "stoppedReason", st.stoppedReason(), "needsAttention", new OrderStore().countNeedingAttention(conn));
        });
    }

    @SuppressWarnings("unchecked")
    public static String syncText(Map<String, Object> sync) {
        Map<String, Object> last = (Map<String, Object>) sync.get("lastRun");
        boolean running = "RUNNING".equals(sync.get("status"));
        boolean alive = Boolean.TRUE.equals(sync.get("runnerAlive"));
        return "Auto Sync: " + sync.get("status") + (running && !alive ? " — PROBLEM: no runner is alive (open the wizard or run 'sync run')" : "")
                + (alive ? " (runner alive)" : "") + "\n"
                + "  Last Order from: " + (sync.get("watermark") == null ? "-" : sync.get("watermark")) + "\n"
                + "  Last run: " + (last == null ? "never" : last.get("outcome") + " at " + last.get("startedAt") + ", imported "
                + last.get("imported") + " of " + last.get("fetched") + (last.get("error") == null ? "" : ", error: " + last.get("error"))) + "\n"
                + "  Orders needing attention: " + sync.get("needsAttention")
                + (sync.get("stoppedReason") == null ? "" : "\n  Stopped: " + sync.get("stoppedReason"));
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
