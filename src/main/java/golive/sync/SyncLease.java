package golive.sync;

import golive.launch.LaunchStateReader;
import golive.launch.Problem;
import golive.launch.ProblemCode;
import golive.launch.Refusal;
import golive.store.Database;
import golive.store.SyncStateStore;

import java.lang.management.ManagementFactory;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

/**
 * This process's claim to be the one importer, across processes sharing the database. The lease
 * expires two intervals after its last heartbeat, so a holder killed with -9 loses it by itself.
 * A runner (wizard, {@code sync run}) keeps it between runs; a one-shot ({@code sync now}) gives
 * it back after its run. Thread-safe.
 */
public final class SyncLease {
    private final Database db;
    private final Clock clock;
    private final String holder;
    private final boolean runner;
    private final SyncStateStore sync = new SyncStateStore();

    private SyncLease(Database db, Clock clock, boolean runner) {
        this.db = db;
        this.clock = clock;
        this.runner = runner;
        this.holder = (runner ? LaunchStateReader.RUNNER_PREFIX : "once:") + ManagementFactory.getRuntimeMXBean().getName()
                + "/" + UUID.randomUUID().toString().substring(0, 8);
    }

    /** For a process that imports on the interval while it lives. */
    public static SyncLease runner(Database db, Clock clock) {
        return new SyncLease(db, clock, true);
    }

    /** For a single import ({@code sync now}, {@code sync import}). */
    public static SyncLease oneShot(Database db, Clock clock) {
        return new SyncLease(db, clock, false);
    }

    /** @throws Refusal SYNC_LEASE_HELD naming the live holder */
    public void acquireOrRefuse() {
        db.inTransaction(c -> {
            if (!take(c)) {
                SyncStateStore.State st = sync.load(c);
                throw new Refusal(Problem.of(ProblemCode.SYNC_LEASE_HELD, st.leaseHolder(), st.heartbeatAt()));
            }
            return null;
        });
    }

    /** The heartbeat: extends the lease, or fails the run if another process has taken it meanwhile. */
    public void renewOrFail(Connection c) throws SQLException {
        if (!take(c)) {
            SyncStateStore.State st = sync.load(c);
            throw new Refusal(Problem.of(ProblemCode.SYNC_LEASE_HELD, st.leaseHolder(), st.heartbeatAt()));
        }
    }

    /** A heartbeat outside a run; false when the lease is held by another live process. */
    public boolean renew() {
        return db.inTransaction(this::take);
    }

    public void releaseIfOneShot() {
        if (!runner) {
            release();
        }
    }

    public void release() {
        db.inTransaction(c -> {
            sync.releaseLease(c, holder);
            return null;
        });
    }

    private boolean take(Connection c) throws SQLException {
        Instant now = clock.instant();
        Duration ttl = sync.load(c).interval().multipliedBy(2);
        return sync.acquireLease(c, holder, now, ttl);
    }
}
