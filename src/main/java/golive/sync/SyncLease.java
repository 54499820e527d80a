package golive.sync;

import golive.launch.LaunchStateReader;
import golive.launch.Problem;
import golive.launch.ProblemCode;
import golive.launch.Refusal;
import golive.store.Database;
import golive.store.SyncStateStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.lang.management.ManagementFactory;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.UUID;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

/**
 * This process's claim to be the one importer, across processes sharing the database. While held,
 * a heartbeat renews it every {@link #HEARTBEAT} (about 10 s) on a background thread, and it
 * expires {@link #TTL} (three heartbeats) after the last one, judged by the database's clock: a
 * holder killed with -9 loses it within half a minute, whatever the sync interval. Page commits
 * check it without writing. A runner (wizard, {@code sync run}) keeps it between runs; a one-shot
 * ({@code sync now}) gives it back after its run. Thread-safe.
 */
public final class SyncLease {
    /** The heartbeat; {@code -Dgolive.lease.heartbeat=PT1S} shortens it (tests, rehearsals). */
    public static final Duration HEARTBEAT = Duration.parse(System.getProperty("golive.lease.heartbeat", "PT10S"));
    public static final Duration TTL = HEARTBEAT.multipliedBy(3);

    private static final Logger LOG = LoggerFactory.getLogger(SyncLease.class);
    private static final ScheduledExecutorService BEATS = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "sync-lease-heartbeat");
        t.setDaemon(true);
        return t;
    });

    /** The holder names of the OS service's runner ({@code sync run --service}): a runner, and known to be the service. */
    public static final String SERVICE_PREFIX = LaunchStateReader.RUNNER_PREFIX + "service:";

    private final Database db;
    private final String holder;
    private final boolean runner;
    private final SyncStateStore sync = new SyncStateStore();
    private ScheduledFuture<?> beat;

    private SyncLease(Database db, boolean runner, String prefix) {
        this.db = db;
        this.runner = runner;
        this.holder = prefix + ManagementFactory.getRuntimeMXBean().getName()
                + "/" + UUID.randomUUID().toString().substring(0, 8);
    }

    /** For a process that imports on the interval while it lives. */
    public static SyncLease runner(Database db) {
        return new SyncLease(db, true, LaunchStateReader.RUNNER_PREFIX);
    }

    /** For the OS service's runner: a runner whose holder name says it is the service. */
    public static SyncLease service(Database db) {
        return new SyncLease(db, true, SERVICE_PREFIX);
    }

    /** For a single import ({@code sync now}, {@code sync import}). */
    public static SyncLease oneShot(Database db) {
        return new SyncLease(db, false, "once:");
    }

    /** Who this is, as the lease and the run history record it ("runner:1234@host/ab12cd34"). */
    public String holder() {
        return holder;
    }

    /** @throws Refusal SYNC_LEASE_HELD naming the live holder */
    public void acquireOrRefuse() {
        if (!tryAcquire()) {
            SyncStateStore.State st = db.read(sync::load);
            throw new Refusal(Problem.of(ProblemCode.SYNC_LEASE_HELD, st.leaseHolder(), st.heartbeatAt()));
        }
    }

    /**
     * Takes (or renews) the lease and keeps it beating. Runs still RUNNING under another holder are
     * marked interrupted: holding the lease proves their process is gone. @return false when another
     * live process holds it
     */
    public synchronized boolean tryAcquire() {
        boolean taken = db.inTransaction(c -> {
            if (!sync.acquireLease(c, holder, TTL)) {
                return false;
            }
            sync.interruptOthers(c, holder);
            return true;
        });
        if (taken && beat == null) {
            beat = BEATS.scheduleWithFixedDelay(this::heartbeat, HEARTBEAT.toMillis(), HEARTBEAT.toMillis(), TimeUnit.MILLISECONDS);
        }
        return taken;
    }

    /** True while the heartbeat keeps the lease (it stops when another process took it over). */
    public synchronized boolean held() {
        return beat != null;
    }

    /** In a page's transaction: this process still holds a live lease (no write). */
    public void checkOrFail(Connection c) throws SQLException {
        if (!sync.holdsLease(c, holder)) {
            SyncStateStore.State st = sync.load(c);
            throw new Refusal(Problem.of(ProblemCode.SYNC_LEASE_HELD, st.leaseHolder(), st.heartbeatAt()));
        }
    }

    public void releaseIfOneShot() {
        if (!runner) {
            release();
        }
    }

    public void release() {
        stopBeating();
        db.inTransaction(c -> {
            sync.releaseLease(c, holder);
            return null;
        });
    }

    private void heartbeat() {
        try {
            if (!db.inTransaction(c -> {
                boolean renewed = sync.acquireLease(c, holder, TTL);
                golive.crash.KillPoint.reach("sync.lease-renew");
                return renewed;
            })) {
                LOG.warn("the sync lease of {} was taken over by another process", holder);
                stopBeating();
            }
        } catch (RuntimeException e) {
            // the next beat tries again; page commits check the lease themselves
            LOG.warn("sync lease heartbeat failed: {}", e.getMessage());
        }
    }

    private synchronized void stopBeating() {
        if (beat != null) {
            beat.cancel(false);
            beat = null;
        }
    }
}
