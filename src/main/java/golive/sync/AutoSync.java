package golive.sync;

import golive.cart.CartException;
import golive.cart.ConnectionReport;
import golive.launch.Cutover;
import golive.launch.ProblemCode;
import golive.notify.Watchdog;
import golive.store.SyncRequestStore;
import golive.store.SyncStateStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;

/**
 * The runner: while Auto Sync is RUNNING, holds the lease and imports on the interval, and answers
 * the requests other processes file ({@code sync now}, {@code sync import}). When another live
 * process holds the lease it waits and takes over as soon as that lease lapses. It re-tests an
 * expired or stale connection test by itself, so a long-running sync does not fall silent; a
 * 401/403 stops Auto Sync for good; any other failure is logged, reported, and tried again on the
 * next interval: the loop survives every exception. {@link #runUntilStopped()} blocks its caller's
 * thread; {@link #close()} and {@link #runNow()} may be called from any thread.
 */
public final class AutoSync implements AutoCloseable {

    /** Why the runner returned. */
    public enum Exit { STOPPED, CREDENTIALS_REJECTED, CLOSED }

    private static final Logger LOG = LoggerFactory.getLogger(AutoSync.class);
    private static final Duration TICK = Duration.ofMillis(250);
    /** How often a standing-by service looks whether Auto Sync was started: half a heartbeat (5 s). */
    private static final Duration STANDBY = SyncLease.HEARTBEAT.dividedBy(2);

    private final Cutover cutover;
    private final SyncLease lease;
    private final SyncEngine engine;
    private final Consumer<SyncEvent> events;
    private final AtomicBoolean closed = new AtomicBoolean();
    private final AtomicBoolean runNow = new AtomicBoolean();
    private final SyncStateStore sync = new SyncStateStore();
    private final SyncRequestStore requests = new SyncRequestStore();
    private final Watchdog watchdog;
    private String waitingFor;

    public AutoSync(Cutover cutover, Consumer<SyncEvent> events) {
        this(cutover, events, false);
    }

    /** @param service the OS service's runner: its lease says so, and it {@linkplain #standBy() stands by} */
    public AutoSync(Cutover cutover, Consumer<SyncEvent> events, boolean service) {
        this.cutover = cutover;
        this.lease = service ? SyncLease.service(cutover.database()) : SyncLease.runner(cutover.database());
        this.engine = new SyncEngine(cutover, lease);
        this.events = events;
        this.watchdog = new Watchdog(cutover);
    }

    public Exit runUntilStopped() {
        try {
            Instant nextRun = null;
            while (!closed.get()) {
                try {
                    SyncStateStore.State st = cutover.database().read(sync::load);
                    if (!st.running()) {
                        return Exit.STOPPED;
                    }
                    if (!lease.held() && !takeOver(st)) {
                        nextRun = null; // the moment we hold it, import at once
                    } else {
                        if (serveRequest()) {
                            return Exit.CREDENTIALS_REJECTED;
                        }
                        Instant now = cutover.clock().instant();
                        if (runNow.getAndSet(false) || nextRun == null || !now.isBefore(nextRun)) {
                            boolean rejected = runOnce();
                            notifyWhatIsDue();
                            if (rejected) {
                                return Exit.CREDENTIALS_REJECTED;
                            }
                            nextRun = cutover.clock().instant().plus(st.interval());
                        }
                    }
                } catch (RuntimeException e) {
                    // the database or something unforeseen: say so, keep the runner alive, try again
                    LOG.warn("Auto Sync runner: {}", e.toString(), e);
                    events.accept(new SyncEvent.Failed(String.valueOf(e.getMessage()), false));
                }
                sleep();
            }
            return Exit.CLOSED;
        } finally {
            try {
                lease.release();
            } catch (RuntimeException e) {
                LOG.warn("could not release the sync lease (it lapses by itself): {}", e.getMessage());
            }
        }
    }

    /**
     * The OS service's loop: runs while Auto Sync is RUNNING and waits while it is STOPPED (the user
     * stopped it, or the cart rejected the credentials), so starting Auto Sync again in the wizard
     * or the CLI is enough. The service never starts Auto Sync itself. Returns only when closed.
     */
    public Exit standBy() {
        while (!closed.get()) {
            boolean running;
            try {
                running = cutover.database().read(sync::load).running();
            } catch (RuntimeException e) {
                LOG.warn("Auto Sync service: cannot read the sync state: {}", e.toString());
                running = false;
            }
            if (running && runUntilStopped() == Exit.CLOSED) {
                return Exit.CLOSED;
            }
            for (long waited = 0; waited < STANDBY.toMillis() && !closed.get(); waited += TICK.toMillis()) {
                sleep();
            }
        }
        return Exit.CLOSED;
    }

    /** Tries the lease; reports once whom it is waiting for. @return true when held now */
    private boolean takeOver(SyncStateStore.State st) {
        if (lease.tryAcquire()) {
            waitingFor = null;
            events.accept(new SyncEvent.Holding(lease.holder()));
            return true;
        }
        if (!Objects.equals(waitingFor, st.leaseHolder())) {
            waitingFor = st.leaseHolder();
            LOG.info("Auto Sync runner waiting: {} holds the lease", waitingFor);
            events.accept(new SyncEvent.Waiting(st.leaseHolder(), st.heartbeatAt()));
        }
        return false;
    }

    /** Asks the loop to import at its next tick instead of waiting for the interval. */
    public void runNow() {
        runNow.set(true);
    }

    /** This runner's lease holder name. */
    public String holder() {
        return lease.holder();
    }

    @Override
    public void close() {
        closed.set(true);
    }

    /** Answers one waiting request from another process. @return true when the cart rejected the credentials */
    private boolean serveRequest() {
        Optional<SyncRequestStore.Request> picked = cutover.database().inTransaction(c -> requests.pick(c, lease.holder()));
        if (picked.isEmpty()) {
            return false;
        }
        SyncRequestStore.Request r = picked.get();
        RunnerAnswer answer;
        boolean rejected = false;
        try {
            answer = r.kind().equals("order") ? RunnerAnswer.of(engine.importOne(r.cartOrderId()))
                    : RunnerAnswer.of(engine.run("requested by " + r.requestedBy(), events));
        } catch (RuntimeException e) {
            rejected = e instanceof CartException.Rejected;
            answer = RunnerAnswer.of(e);
        }
        RunnerAnswer a = answer;
        cutover.database().inTransaction(c -> {
            requests.answer(c, r.id(), a.error() == null ? "OK" : "FAILED", a.json());
            return null;
        });
        if (rejected) {
            cutover.stopSync("the cart rejected the credentials");
        }
        notifyWhatIsDue();
        return rejected;
    }

    /** @return true when the cart rejected the credentials (Auto Sync is now stopped) */
    private boolean runOnce() {
        try {
            if (retestIfNeeded()) {
                return true;
            }
            engine.run(SyncEngine.SCHEDULED, events);
        } catch (CartException.Rejected e) {
            LOG.warn("Auto Sync stopped: the cart rejected the credentials: {}", e.getMessage());
            return true;
        } catch (RuntimeException e) {
            // the engine reported it through the events and the run history; try again on the next interval
            LOG.warn("Auto Sync run did not complete: {}", e.getMessage());
        }
        return false;
    }

    /**
     * Tests the connection again when the last pass expired (24 h) or no longer matches the saved
     * settings (new credentials), or when the runner's own re-test failed (a cart that was down at
     * that moment must not silence Auto Sync for good). A test that finds the credentials rejected
     * stops Auto Sync, audited, as a 401 during a run does.
     *
     * @return true when Auto Sync was stopped
     */
    private boolean retestIfNeeded() {
        boolean due = cutover.problems().stream().anyMatch(p -> p.code() == ProblemCode.CONNECTION_TEST_FAILED
                || p.code() == ProblemCode.CONNECTION_TEST_STALE);
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

    /** E-mails what a run left to tell (a stop, a failing spell, orders to look at, the recovery); never throws. */
    private void notifyWhatIsDue() {
        for (Watchdog.Outcome o : watchdog.check()) {
            if (!o.sent()) {
                events.accept(new SyncEvent.NotificationFailed(o.subject(), o.error()));
            }
        }
    }

    private void sleep() {
        try {
            Thread.sleep(TICK.toMillis());
        } catch (InterruptedException e) {
            close();
        }
    }
}
