package golive.ui.wizard;

import golive.cart.CartConfig;
import golive.domain.OrderSource;
import golive.launch.Checklist;
import golive.launch.Cutover;
import golive.launch.Guard;
import golive.launch.LaunchState;
import golive.launch.Problem;
import golive.launch.Step;
import golive.store.CartStore;
import golive.store.OpenOrdersStore;
import golive.store.PlanStore;
import golive.store.SyncStateStore;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The engine's answers at one moment: the guard's problems, the checklist, the plan, the saved
 * cart, its last test, the open-orders batches and Auto Sync. Read off the FX thread in one go
 * ({@link #read}); views and view models only look at it, they never decide a rule themselves.
 * Immutable.
 */
public record Snapshot(Instant at, LaunchState state, List<Problem> problems, List<Checklist.StepStatus> checklist,
                       PlanStore.Plan plan, Optional<CartConfig> config, Optional<CartStore.TestRun> lastTest,
                       List<OpenOrdersStore.Batch> batches, SyncStateStore.State sync,
                       long migratedOrders, long cartOrders) {

    /** Blocking: asks the engine and the store. Never on the FX thread. */
    public static Snapshot read(Cutover c) {
        Instant now = c.clock().instant();
        LaunchState state = c.state();
        record Stored(PlanStore.Plan plan, Optional<CartConfig> config, Optional<CartStore.TestRun> test,
                      List<OpenOrdersStore.Batch> batches, SyncStateStore.State sync) {
        }
        Stored s = c.database().read(conn -> new Stored(new PlanStore().load(conn), c.carts().load(conn),
                c.carts().lastTest(conn), new OpenOrdersStore().active(conn), new SyncStateStore().load(conn)));
        return new Snapshot(now, state, Guard.problems(state, now), Checklist.of(state, now), s.plan, s.config, s.test,
                s.batches, s.sync, c.orderCount(OrderSource.MIGRATED), c.orderCount(OrderSource.CART));
    }

    /** Before the first read: nothing done, nothing known. */
    public static Snapshot empty() {
        LaunchState none = new LaunchState(null, null, null, false, false, null, false, false, false, false, null, null);
        Instant now = Instant.EPOCH;
        PlanStore.Plan plan = new PlanStore.Plan(null, null, false, null, null, false, false, golive.domain.DocType.SALES_ORDER, null, 0, null);
        SyncStateStore.State sync = new SyncStateStore.State("STOPPED", Duration.ofMinutes(5), null, null, null, null, null, null, null, null, null, null);
        return new Snapshot(now, none, Guard.problems(none, now), Checklist.of(none, now), plan, Optional.empty(),
                Optional.empty(), List.of(), sync, 0, 0);
    }

    /** The guard's verdict: Auto Sync may start. */
    public boolean ready() {
        return problems.isEmpty();
    }

    public Checklist.StepStatus status(Step step) {
        return checklist.get(step.ordinal());
    }

    public boolean done(Step step) {
        return status(step).done();
    }

    /** Cut-off, 'Import Orders from' and the cart are locked since the first import (DESIGN.md, "Changing the plan"). */
    public boolean locked() {
        return plan.locked();
    }

    public boolean running() {
        return sync.running();
    }

    /** The last connection test, if it was for the saved config. */
    public Optional<CartStore.TestRun> currentTest() {
        String fp = state.configFingerprint();
        return lastTest.filter(t -> fp != null && fp.equals(t.fingerprint()));
    }

    /** The zone the window shows times in: the plan's, else the store's as the last test found it; null when neither is known. */
    public java.time.ZoneId zone() {
        if (plan.cutoffZone() != null) {
            return plan.cutoffZone();
        }
        return lastTest.map(t -> t.report().storeZone()).filter(z -> z != null && !z.isBlank())
                .map(z -> {
                    try {
                        return java.time.ZoneId.of(z);
                    } catch (java.time.DateTimeException e) {
                        return null;
                    }
                }).orElse(null);
    }

    /** Nothing has been started: the welcome screen shows. */
    public boolean fresh() {
        return config.isEmpty() && checklist.stream().noneMatch(Checklist.StepStatus::done);
    }
}
