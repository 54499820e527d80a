package golive.sync;

import golive.cart.CartException;
import golive.cart.ConnectionReport;
import golive.launch.Cutover;
import golive.launch.Problem;
import golive.launch.ProblemCode;
import golive.launch.Refusal;
import golive.store.SyncStateStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;

/**
 * The runner: while Auto Sync is RUNNING, holds the lease and imports on the interval. Used by
 * {@code sync run} and by the open wizard. It re-tests an expired (24 h) connection test by
 * itself (and again after its own re-test failed) so a long-running sync does not fall silent; a
 * 401/403 stops Auto Sync for good.
 * {@link #runUntilStopped()} blocks its caller's thread; {@link #close()} and {@link #runNow()}
 * may be called from any thread.
 */
public final class AutoSync implements AutoCloseable {

    /** Why the runner returned. */
    public enum Exit { STOPPED, CREDENTIALS_REJECTED, CLOSED }

    private static final Logger LOG = LoggerFactory.getLogger(AutoSync.class);
    private static final Duration TICK = Duration.ofMillis(250);

    private final Cutover cutover;
    private final SyncLease lease;
    private final SyncEngine engine;
    private final Consumer<SyncEvent> events;
    private final AtomicBoolean closed = new AtomicBoolean();
    private final AtomicBoolean runNow = new AtomicBoolean();
    private final SyncStateStore sync = new SyncStateStore();

    public AutoSync(Cutover cutover, Consumer<SyncEvent> events) {
        this.cutover = cutover;
        this.lease = SyncLease.runner(cutover.database(), cutover.clock());
        this.engine = new SyncEngine(cutover, lease);
        this.events = events;
    }

    /** @throws Refusal SYNC_LEASE_HELD when another live process is the importer */
    public Exit runUntilStopped() {
        lease.acquireOrRefuse();
        try {
            Instant nextRun = cutover.clock().instant();
            while (!closed.get()) {
                SyncStateStore.State st = cutover.database().read(sync::load);
                if (!st.running()) {
                    return Exit.STOPPED;
                }
                Instant now = cutover.clock().instant();
                if (runNow.getAndSet(false) || !now.isBefore(nextRun)) {
                    if (runOnce()) {
                        return Exit.CREDENTIALS_REJECTED;
                    }
                    nextRun = cutover.clock().instant().plus(st.interval());
                }
                if (!lease.renew()) {
                    throw new Refusal(Problem.of(ProblemCode.SYNC_LEASE_HELD, "another process", now));
                }
                sleep();
            }
            return Exit.CLOSED;
        } finally {
            lease.release();
        }
    }

    /** Asks the loop to import at its next tick instead of waiting for the interval. */
    public void runNow() {
        runNow.set(true);
    }

    @Override
    public void close() {
        closed.set(true);
    }

    /** @return true when the cart rejected the credentials (Auto Sync is now stopped) */
    private boolean runOnce() {
        try {
            if (retestIfNeeded()) {
                return true;
            }
            engine.run("scheduled", events);
        } catch (CartException.Rejected e) {
            LOG.warn("Auto Sync stopped: the cart rejected the credentials: {}", e.getMessage());
            return true;
        } catch (Refusal | CartException e) {
            // reported through the events and the run history; try again on the next interval
            LOG.warn("Auto Sync run did not complete: {}", e.getMessage());
            if (e instanceof Refusal) {
                events.accept(new SyncEvent.Failed(e.getMessage(), false));
            }
        }
        return false;
    }

    /**
     * Tests the connection again when the last pass expired (24 h), or when the runner's own re-test
     * failed (a cart that was down at that moment must not silence Auto Sync for good). A test that
     * finds the credentials rejected stops Auto Sync, audited, as a 401 during a run does.
     *
     * @return true when Auto Sync was stopped
     */
    private boolean retestIfNeeded() {
        boolean due = cutover.problems().stream().anyMatch(p -> p.code() == ProblemCode.CONNECTION_TEST_FAILED
                || (p.code() == ProblemCode.CONNECTION_TEST_STALE && p.args().contains("expired")));
        if (!due) {
            return false;
        }
        LOG.info("testing the connection again before this run");
        ConnectionReport report = cutover.test();
        if (report.checks().stream().anyMatch(c -> c.failed() && c.id().equals("credentials"))) {
            cutover.stopSync("the cart rejected the credentials at the connection re-test");
            events.accept(new SyncEvent.Failed("the cart rejected the credentials", true));
            return true;
        }
        return false;
    }

    private void sleep() {
        try {
            Thread.sleep(TICK.toMillis());
        } catch (InterruptedException e) {
            close();
        }
    }
}
