package golive.launch;

import golive.store.CartStore;
import golive.store.OpenOrdersStore;
import golive.store.PlanStore;
import golive.store.SyncStateStore;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;

/** Reads a {@link LaunchState} from the store, within the caller's transaction. */
public final class LaunchStateReader {
    private final CartStore carts;
    private final PlanStore plans = new PlanStore();
    private final OpenOrdersStore openOrders = new OpenOrdersStore();
    private final SyncStateStore sync = new SyncStateStore();

    public LaunchStateReader(CartStore carts) {
        this.carts = carts;
    }

    public LaunchState read(Connection c, Instant now) throws SQLException {
        String fingerprint = carts.fingerprint(c).orElse(null);
        LaunchState.TestSummary test = carts.lastTest(c)
                .map(t -> new LaunchState.TestSummary(t.fingerprint(), t.testedAt(), t.passed(), t.report().historyLimitDays()))
                .orElse(null);
        PlanStore.Plan plan = plans.load(c);
        boolean openDone = !openOrders.active(c).isEmpty();
        SyncStateStore.State st = sync.load(c);
        return new LaunchState(fingerprint, test, plan.cutoff(), plan.cutoffConfirmed(), openDone,
                plan.importFrom(), plan.gapAccepted(), plan.overlapAccepted(), st.running(),
                runnerAlive(st, sync.databaseNow(c)), st.cursor() != null ? st.cursor() : plan.importFrom(), st.clockSkew());
    }

    /** A runner (the wizard or {@code sync run}) holds a lease that has not expired by the database's clock {@code dbNow}. */
    public static boolean runnerAlive(SyncStateStore.State st, Instant now) {
        return st.leaseLive(now) && st.leaseHolder().startsWith(RUNNER_PREFIX);
    }

    /** Lease holders that run Auto Sync on its interval name themselves with this prefix. */
    public static final String RUNNER_PREFIX = "runner:";
}
