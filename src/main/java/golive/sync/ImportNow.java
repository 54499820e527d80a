package golive.sync;

import golive.launch.Cutover;
import golive.launch.LaunchStateReader;
import golive.launch.Problem;
import golive.launch.ProblemCode;
import golive.launch.Refusal;
import golive.store.SyncRequestStore;
import golive.store.SyncStateStore;

import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * 'Import new orders now' and {@code sync import --order ID} from anywhere: run here when the lease
 * is free; when a runner holds it (the wizard, {@code sync run}), ask that runner instead and wait
 * for its answer, so Auto Sync never locks the other terminals out. Thread-safe; blocking.
 */
public final class ImportNow {
    private static final Duration POLL = Duration.ofMillis(100);

    private final Cutover cutover;
    private final SyncRequestStore requests = new SyncRequestStore();
    private final SyncStateStore sync = new SyncStateStore();

    public ImportNow(Cutover cutover) {
        this.cutover = cutover;
    }

    /** One run now ({@code sync now}; a refusal audited). @throws Refusal and CartException as {@link SyncEngine#run} */
    public SyncResult run(String trigger, Consumer<SyncEvent> events) {
        return cutover.requested("sync now", () -> runHereOrAsk(trigger, events));
    }

    private SyncResult runHereOrAsk(String trigger, Consumer<SyncEvent> events) {
        // A run's failure is its last event; hold it back, since a lease held by a runner is no failure here.
        List<SyncEvent> failure = new ArrayList<>(1);
        Consumer<SyncEvent> holdingFailure = e -> {
            if (e instanceof SyncEvent.Failed) {
                failure.add(e);
            } else {
                events.accept(e);
            }
        };
        try {
            return new SyncEngine(cutover, SyncLease.oneShot(cutover.database())).run(trigger, holdingFailure);
        } catch (Refusal r) {
            String runner = runnerHolding(r);
            if (runner == null) {
                failure.forEach(events);
                throw r;
            }
            events.accept(new SyncEvent.Delegated(runner));
            return ask("run", null, runner).resultOrThrow();
        } catch (RuntimeException e) {
            failure.forEach(events);
            throw e;
        }
    }

    /** One cart order by id now ({@code sync import}; a refusal audited). @throws Refusal and CartException as {@link SyncEngine#importOne} */
    public SyncCounts order(String cartOrderId) {
        return cutover.requested("sync import", () -> orderHereOrAsk(cartOrderId));
    }

    private SyncCounts orderHereOrAsk(String cartOrderId) {
        try {
            return new SyncEngine(cutover, SyncLease.oneShot(cutover.database())).importOne(cartOrderId);
        } catch (Refusal r) {
            String runner = runnerHolding(r);
            if (runner == null) {
                throw r;
            }
            return ask("order", cartOrderId, runner).countsOrThrow();
        }
    }

    /** The runner that holds the lease, when that is the only reason for {@code r}; else null. */
    private static String runnerHolding(Refusal r) {
        if (r.problems().size() != 1 || r.problems().get(0).code() != ProblemCode.SYNC_LEASE_HELD) {
            return null;
        }
        String holder = r.problems().get(0).args().get(0);
        return holder != null && holder.startsWith(LaunchStateReader.RUNNER_PREFIX) ? holder : null;
    }

    /**
     * Files the request and waits: for a runner to pick it up within two lease lifetimes, then for
     * its answer as long as its lease lives.
     */
    private RunnerAnswer ask(String kind, String cartOrderId, String runner) {
        String me = ManagementFactory.getRuntimeMXBean().getName();
        long id = cutover.database().inTransaction(c -> requests.file(c, kind, cartOrderId, me));
        long pickBy = System.nanoTime() + SyncLease.TTL.multipliedBy(2).toNanos();
        long aliveUntil = Long.MAX_VALUE;
        while (true) {
            SyncRequestStore.Request r = cutover.database().read(c -> requests.find(c, id)).orElseThrow();
            if (r.done()) {
                return RunnerAnswer.parse(r.answer());
            }
            long now = System.nanoTime();
            if (r.pickedBy() == null) {
                if (now > pickBy && cutover.database().inTransaction(c -> requests.withdraw(c, id))) {
                    throw new Refusal(Problem.of(ProblemCode.SYNC_RUNNER_NO_ANSWER, runner,
                            "it did not take the request within " + SyncLease.TTL.multipliedBy(2).toSeconds() + " s"));
                }
            } else {
                boolean alive = cutover.database().read(c -> {
                    SyncStateStore.State st = sync.load(c);
                    return r.pickedBy().equals(st.leaseHolder()) && st.leaseLive(sync.databaseNow(c));
                });
                aliveUntil = alive ? Long.MAX_VALUE : Math.min(aliveUntil, now + SyncLease.TTL.toNanos());
                if (now > aliveUntil) {
                    throw new Refusal(Problem.of(ProblemCode.SYNC_RUNNER_NO_ANSWER, r.pickedBy(), "it stopped before it answered"));
                }
            }
            pause();
        }
    }

    private static void pause() {
        try {
            Thread.sleep(POLL.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for the runner's answer", e);
        }
    }
}
