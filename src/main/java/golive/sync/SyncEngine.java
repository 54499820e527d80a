package golive.sync;

import golive.cart.CartConfig;
import golive.cart.CartConnector;
import golive.cart.CartException;
import golive.cart.CartOrder;
import golive.cart.ClockReading;
import golive.cart.Lifecycle;
import golive.cart.OrderPage;
import golive.cart.OrderPages;
import golive.cart.PrefetchingPages;
import golive.crash.KillPoint;
import golive.launch.Cutover;
import golive.launch.Guard;
import golive.launch.Problem;
import golive.launch.ProblemCode;
import golive.launch.Refusal;
import golive.store.AuditLog;
import golive.store.OrderStore;
import golive.store.PlanStore;
import golive.store.SetAsideStore;
import golive.store.SyncStateStore;
import golive.store.WindowExceptionStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.OptionalLong;
import java.util.Set;
import java.util.function.Consumer;

/**
 * One import run from the cart into the store (DESIGN.md, "Sync semantics"). Reads every order
 * updated since the cursor and commits page by page (idempotent on the cart order id). Every page
 * transaction and the final cursor write check the lease, the plan's version and the guard, so a
 * plan change, a disconnect or a clock that drifted stops the run before it writes again. The
 * cursor stands on the cart's clock (its first response) and moves only when a run completes and
 * the cart's own count agrees with what was read, so a crash, a short read or a change at any point
 * re-reads from the old cursor and adds nothing twice. Real runs need the guard and the lease; dry
 * runs need neither and write nothing. Thread-safe; blocking.
 */
public final class SyncEngine {
    /** The trigger of the runner's own runs on its interval. */
    public static final String SCHEDULED = "scheduled";

    /** Each run re-reads this much before the previous run's start, for orders written while it read. */
    public static final Duration OVERLAP = Guard.SYNC_OVERLAP;

    private static final Logger LOG = LoggerFactory.getLogger(SyncEngine.class);

    private final Cutover cutover;
    private final SyncLease lease;
    private final OrderStore orders = new OrderStore();
    private final PlanStore plans = new PlanStore();
    private final SyncStateStore sync = new SyncStateStore();
    private final SetAsideStore setAside = new SetAsideStore();
    private final WindowExceptionStore windowExceptions = new WindowExceptionStore();

    public SyncEngine(Cutover cutover, SyncLease lease) {
        this.cutover = cutover;
        this.lease = lease;
    }

    public SyncLease lease() {
        return lease;
    }

    /**
     * @throws Refusal guard problems, the lease held elsewhere, or the plan changed during the run;
     *                 CartException when the cart fails or its count disagrees with the read
     */
    public SyncResult run(String trigger, Consumer<SyncEvent> events) {
        try {
            requireReadyBarTheClock();
            lease.acquireOrRefuse();
        } catch (Refusal r) {
            events.accept(new SyncEvent.Failed(r.getMessage(), false));
            throw r;
        }
        try {
            return doRun(trigger, false, events);
        } finally {
            lease.releaseIfOneShot();
        }
    }

    /** Reads what a run would import now and writes nothing (the preview): needs only a cart and a plan. */
    public SyncResult dryRun(Consumer<SyncEvent> events) {
        return cutover.requested("sync now --dry-run", () -> doRun("dry-run", true, events));
    }

    /**
     * The guard, except that a clock skew alone does not stop a run from starting: the run measures
     * the clocks again from its first response, and its first page commit asks the guard with that
     * measurement (a headless runner thereby resumes by itself once the clocks agree).
     */
    private void requireReadyBarTheClock() {
        List<Problem> problems = cutover.problems();
        if (problems.stream().anyMatch(p -> p.code() != ProblemCode.CLOCK_SKEW)) {
            throw new Refusal(problems);
        }
    }

    private SyncResult doRun(String trigger, boolean dryRun, Consumer<SyncEvent> events) {
        Instant start = cutover.clock().instant();
        CartConfig config = cutover.cartConfig().orElseThrow(() -> new Refusal(Problem.of(ProblemCode.CART_NOT_CONNECTED)));
        Context ctx = cutover.database().read(c -> context(c, config));
        if (ctx.since() == null) {
            throw new Refusal(Problem.of(ProblemCode.IMPORT_FROM_NOT_SET));
        }
        long runId = dryRun ? 0 : cutover.database().inTransaction(c -> sync.startRun(c, start, trigger, ctx.since(), lease.holder()));
        events.accept(new SyncEvent.Started(runId, ctx.since(), dryRun));
        if (!dryRun) {
            KillPoint.reach("sync.run-started");
        }
        Classifier classifier = new Classifier(config, ctx, runId);
        Tally tally = new Tally();
        List<CartOrder> wouldImport = new ArrayList<>();
        try {
            CartConnector connector = cutover.connector();
            // one page read ahead while this one commits: the run goes at the cart's pace
            try (OrderPages pages = new PrefetchingPages(connector.updatedSince(ctx.since()))) {
                while (pages.hasNext()) {
                    OrderPage page = pages.next();
                    if (tally.clock == null) {
                        tally.clock = pages.clock();
                        if (!dryRun) {
                            measured(tally.clock);
                        }
                    }
                    tally.read(page);
                    SyncCounts pageCounts = dryRun
                            ? cutover.database().read(c -> classifier.process(c, page, start, wouldImport))
                            : cutover.database().inTransaction(c -> commit(c, classifier, page, ctx, runId, tally.counts));
                    tally.counts = tally.counts.plus(pageCounts);
                    if (!dryRun) {
                        KillPoint.reach("sync.page-committed");
                    }
                    events.accept(new SyncEvent.PageDone(tally.pages, tally.counts));
                }
                if (!dryRun) {
                    checkCount(pages, tally, runId, ctx);
                    retrySetAside(connector, classifier, ctx, tally, runId);
                    complete(runId, ctx, tally);
                }
            }
        } catch (RuntimeException e) {
            if (!dryRun) {
                fail(runId, tally.counts, e);
            }
            events.accept(new SyncEvent.Failed(e.getMessage(), e instanceof CartException.Rejected));
            throw e;
        }
        SyncResult result = new SyncResult(runId, dryRun, ctx.since(), start, cutover.clock().instant(), tally.counts,
                dryRun ? null : cutover.database().read(c -> sync.load(c).watermark()), wouldImport,
                tally.cartCount, tally.upToBound.size());
        LOG.info("sync {} since {}: {}", dryRun ? "dry run" : "run " + runId, ctx.since(), tally.counts);
        events.accept(new SyncEvent.Finished(result));
        return result;
    }

    private Context context(Connection c, CartConfig config) throws SQLException {
        SyncStateStore.State st = sync.load(c);
        PlanStore.Plan plan = plans.load(c);
        Instant since = st.cursor() != null ? st.cursor() : plan.importFrom();
        Set<String> aside = new HashSet<>();
        setAside.open(c, config.shopKey()).forEach(e -> aside.add(e.cartOrderId()));
        return new Context(plan, since, orders.migratedRegistry(c, config.shopKey()), plan.importableFor(config.kind()), aside,
                windowExceptions.confirmed(c, config.shopKey()));
    }

    /** Records the clock measured from the run's first response, in its own transaction, before any write asks the guard. */
    private void measured(ClockReading reading) {
        cutover.database().inTransaction(c -> {
            sync.recordClock(c, reading.skew(), reading.local());
            return null;
        });
    }

    /** One page's transaction: lease, plan version and guard first, then the orders, then the run's counts. */
    private SyncCounts commit(Connection c, Classifier classifier, OrderPage page, Context ctx, long runId, SyncCounts soFar)
            throws SQLException {
        Instant now = cutover.clock().instant();
        requireUnchanged(c, ctx);
        SyncCounts counts = classifier.process(c, page, now, null);
        if (counts.imported() > 0) {
            plans.lockIfOpen(c, now); // the first import from the cart locks the plan
        }
        if (runId != 0) {
            sync.recordCounts(c, runId, soFar.plus(counts).toArray());
        }
        KillPoint.reach("sync.page-commit");
        return counts;
    }

    /** Stops the run (nothing of this transaction is written) when the lease, the plan or the guard moved under it. */
    private void requireUnchanged(Connection c, Context ctx) throws SQLException {
        lease.checkOrFail(c);
        if (plans.version(c) != ctx.plan().version()) {
            throw new Refusal(Problem.of(ProblemCode.PLAN_CHANGED_DURING_RUN));
        }
        List<Problem> problems = cutover.problems(c);
        if (!problems.isEmpty()) {
            throw new Refusal(problems);
        }
    }

    /**
     * DESIGN.md's count check: the cart counts the orders updated from the run's lower bound through
     * a second before its first response; every one of them existed, unchanged, before the run began,
     * so a complete read saw each of them with that same updated_at. Fewer distinct ids fails the run.
     */
    private void checkCount(OrderPages pages, Tally tally, long runId, Context ctx) {
        if (tally.clock == null) {
            throw new CartException("the cart's listing ended before its first page");
        }
        OptionalLong expected = pages.expectedCount(tally.bound());
        tally.cartCount = expected.isPresent() ? expected.getAsLong() : null;
        cutover.database().inTransaction(c -> {
            sync.recordCountCheck(c, runId, tally.cartCount, tally.upToBound.size());
            return null;
        });
        if (expected.isPresent() && tally.upToBound.size() < expected.getAsLong()) {
            throw new CartException.Incomplete("the cart counts " + expected.getAsLong() + " order(s) updated from "
                    + ctx.since() + " through " + tally.bound() + ", but the run read " + tally.upToBound.size() + ": "
                    + (expected.getAsLong() - tally.upToBound.size()) + " missing; the cursor stays and the next run reads them again");
        }
    }

    /** Set-aside orders this run did not list (the cursor has moved past them): fetched by id and tried again. */
    private void retrySetAside(CartConnector connector, Classifier classifier, Context ctx, Tally tally, long runId) {
        for (String id : ctx.setAside()) {
            if (tally.seen.contains(id)) {
                continue;
            }
            OrderPage page;
            try {
                page = connector.order(id).map(o -> new OrderPage(List.of(o)))
                        .orElseGet(() -> new OrderPage(List.of(), List.of(new OrderPage.Unreadable(id, null, null,
                                "no longer found in the cart"))));
            } catch (CartException.Unavailable | CartException.Rejected e) {
                throw e;
            } catch (IllegalArgumentException | CartException e) {
                // this one order cannot be read: it stays set aside with the reason, the run goes on
                page = new OrderPage(List.of(), List.of(new OrderPage.Unreadable(id, null, null, e.getMessage())));
            }
            OrderPage one = page;
            tally.counts = tally.counts.plus(cutover.database().inTransaction(c -> commit(c, classifier, one, ctx, runId, tally.counts)));
        }
    }

    /** The final transaction: the same checks as a page, then the cursor on the cart's clock. */
    private void complete(long runId, Context ctx, Tally tally) {
        cutover.database().inTransaction(c -> {
            requireUnchanged(c, ctx);
            Instant end = cutover.clock().instant();
            sync.completeRun(c, tally.clock.local(), end, tally.clock.cart().minus(OVERLAP));
            sync.finishRun(c, runId, end, "OK", tally.counts.toArray(), null);
            KillPoint.reach("sync.cursor-update");
            return null;
        });
    }

    /** Imports one cart order by id now ({@code sync import --order ID}): guard, lease and checks as for a page. */
    public SyncCounts importOne(String cartOrderId) {
        cutover.requireReady();
        CartConfig config = cutover.cartConfig().orElseThrow();
        CartOrder order = cutover.connector().order(cartOrderId)
                .orElseThrow(() -> new Refusal(Problem.of(ProblemCode.ORDER_NOT_FOUND, cartOrderId)));
        lease.acquireOrRefuse();
        try {
            Context ctx = cutover.database().read(c -> context(c, config));
            Classifier classifier = new Classifier(config, ctx, 0);
            String why = classifier.ineligibility(order);
            if (why != null && !ctx.registry().contains(order.id(), classifier.norm(order))) {
                throw new Refusal(Problem.of(ProblemCode.ORDER_NOT_ELIGIBLE, order.number(), why));
            }
            return cutover.database().inTransaction(c -> {
                SyncCounts counts = commit(c, classifier, new OrderPage(List.of(order)), ctx, 0, SyncCounts.ZERO);
                AuditLog.record(c, cutover.clock().instant(), "sync.import-order", null, order.number() + " (" + order.id() + "): " + counts);
                return counts;
            });
        } finally {
            lease.releaseIfOneShot();
        }
    }

    /**
     * The cart refused the credentials the last test passed: that pass no longer stands, so the
     * checklist, the guard and every screen say the test failed (and Start waits for a new pass).
     * The store's zone and currency from the last test are kept.
     */
    private void failTheTest(Connection c, Instant now, String why) throws SQLException {
        CartConfig config = cutover.carts().load(c).orElse(null);
        if (config == null) {
            return;
        }
        var last = cutover.carts().lastTest(c).map(t -> t.report()).orElse(null);
        cutover.carts().recordTest(c, cutover.carts().fingerprint(config), now, new golive.cart.ConnectionReport(
                List.of(golive.cart.CheckResult.fail("credentials", "the cart rejected the credentials during an import: " + why)),
                last == null ? null : last.storeZone(), last == null ? null : last.currency(), last == null ? null : last.apiVersionServed(),
                last == null ? null : last.historyLimitDays(), null));
    }

    private void fail(long runId, SyncCounts soFar, RuntimeException e) {
        boolean rejected = e instanceof CartException.Rejected;
        try {
            cutover.database().inTransaction(c -> {
                Instant now = cutover.clock().instant();
                sync.finishRun(c, runId, now, "FAILED", soFar.toArray(), e.getMessage());
                if (e instanceof Refusal r) {
                    // a plan change, a disconnect, a lost lease or a guard problem stopped this run mid-way
                    AuditLog.record(c, now, "refused", "sync run " + runId, "stopped: " + Refusal.codes(r.problems()));
                }
                if (rejected && sync.load(c).running()) {
                    // 401/403: the credentials no longer work; keep importing nothing until someone looks
                    sync.setStatus(c, "STOPPED", null, "the cart rejected the credentials: " + e.getMessage());
                    AuditLog.record(c, now, "sync.stop", "RUNNING", "STOPPED (cart rejected credentials: " + e.getMessage() + ")");
                }
                if (rejected) {
                    failTheTest(c, now, e.getMessage());
                }
                return null;
            });
            if (e instanceof Refusal r) {
                r.markAudited(); // the request that started this run is not audited a second time
            }
        } catch (RuntimeException storeFailed) {
            e.addSuppressed(storeFailed); // the run stays RUNNING in the history; the next holder marks it interrupted
        }
        LOG.warn("sync run {} failed: {}", runId, e.getMessage());
    }

    /**
     * What a run reads under: the plan (with its version), where it reads from, the migrated registry
     * (read once: a batch or undo mid-run moves the version and stops the run), the importable states
     * the orders set aside before it, and the orders before 'Import Orders from' a person confirmed
     * to import after all (from the reconciliation).
     */
    record Context(PlanStore.Plan plan, Instant since, OrderStore.MigratedRegistry registry, Set<Lifecycle> importable,
                   Set<String> setAside, Set<String> confirmedBeforeImportFrom) {
    }

    /** What a run has read so far: pages, counts, the cart's clock, the distinct ids for the count check. */
    private static final class Tally {
        ClockReading clock;
        SyncCounts counts = SyncCounts.ZERO;
        int pages;
        Long cartCount;
        final Set<String> seen = new HashSet<>();
        final Set<String> upToBound = new HashSet<>();

        void read(OrderPage page) {
            pages++;
            Instant bound = bound();
            for (CartOrder o : page.orders()) {
                seen.add(o.id());
                if (!o.updatedAt().isAfter(bound)) {
                    upToBound.add(o.id());
                }
            }
            for (OrderPage.Unreadable u : page.unreadable()) {
                if (u.id() != null) {
                    seen.add(u.id());
                    if (u.updatedAt() == null || !u.updatedAt().isAfter(bound)) {
                        upToBound.add(u.id());
                    }
                }
            }
        }

        /** A second before the cart's clock at the first response: the Date header has whole seconds. */
        Instant bound() {
            return clock.cart().truncatedTo(ChronoUnit.SECONDS).minusSeconds(1);
        }
    }
}
