package golive.sync;

import golive.cart.CartConfig;
import golive.cart.CartConnector;
import golive.cart.CartException;
import golive.cart.CartOrder;
import golive.cart.OrderPage;
import golive.cart.OrderPages;
import golive.launch.Cutover;
import golive.launch.Problem;
import golive.launch.ProblemCode;
import golive.launch.Refusal;
import golive.store.AuditLog;
import golive.store.OrderStore;
import golive.store.PlanStore;
import golive.store.SyncStateStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * One import run from the cart into the store (DESIGN.md, "Sync semantics"). Reads every order
 * updated since the cursor, commits page by page (idempotent on the cart order id), and moves
 * the cursor only when the run completes, so a crash at any point re-reads from the old cursor
 * and adds nothing twice. Real runs need the guard and the lease; dry runs need neither and
 * write nothing. Thread-safe; blocking.
 */
public final class SyncEngine {
    /** Each run re-reads this much before the previous run's start, for orders written while it read. */
    public static final Duration OVERLAP = Duration.ofMinutes(15);

    private static final Logger LOG = LoggerFactory.getLogger(SyncEngine.class);

    private final Cutover cutover;
    private final SyncLease lease;
    private final OrderStore orders = new OrderStore();
    private final PlanStore plans = new PlanStore();
    private final SyncStateStore sync = new SyncStateStore();

    public SyncEngine(Cutover cutover, SyncLease lease) {
        this.cutover = cutover;
        this.lease = lease;
    }

    /** @throws Refusal guard problems, or the lease held elsewhere; CartException when the cart fails */
    public SyncResult run(String trigger, Consumer<SyncEvent> events) {
        cutover.requireReady();
        lease.acquireOrRefuse();
        try {
            return doRun(trigger, false, events);
        } finally {
            lease.releaseIfOneShot();
        }
    }

    /** Reads what a run would import now and writes nothing (the preview). Always allowed. */
    public SyncResult dryRun(Consumer<SyncEvent> events) {
        return doRun("dry-run", true, events);
    }

    private SyncResult doRun(String trigger, boolean dryRun, Consumer<SyncEvent> events) {
        Instant start = cutover.clock().instant();
        CartConfig config = cutover.cartConfig().orElseThrow(() -> new Refusal(Problem.of(ProblemCode.CART_NOT_CONNECTED)));
        Context ctx = cutover.database().read(c -> {
            SyncStateStore.State st = sync.load(c);
            PlanStore.Plan plan = plans.load(c);
            Instant since = st.cursor() != null ? st.cursor() : plan.importFrom();
            return new Context(plan, since, orders.migratedRegistry(c, config.shopKey()));
        });
        if (ctx.since == null) {
            throw new Refusal(Problem.of(ProblemCode.IMPORT_FROM_NOT_SET));
        }
        long runId = dryRun ? 0 : cutover.database().inTransaction(c -> sync.startRun(c, start, trigger, ctx.since));
        events.accept(new SyncEvent.Started(runId, ctx.since, dryRun));
        Classifier classifier = new Classifier(config, ctx, runId);
        SyncCounts total = SyncCounts.ZERO;
        List<CartOrder> wouldImport = new ArrayList<>();
        Instant watermark;
        Instant end;
        try {
            CartConnector connector = cutover.connector();
            OrderPages pages = connector.updatedSince(ctx.since);
            int pageNo = 0;
            while (pages.hasNext()) {
                OrderPage page = pages.next();
                SyncCounts pageCounts = dryRun
                        ? cutover.database().read(c -> classifier.process(c, page.orders(), start, wouldImport))
                        : cutover.database().inTransaction(c -> commitPage(c, classifier, page, ctx.plan().resets()));
                total = total.plus(pageCounts);
                events.accept(new SyncEvent.PageDone(++pageNo, total));
            }
            end = cutover.clock().instant();
            SyncCounts counts = total;
            watermark = dryRun ? null : cutover.database().inTransaction(c -> {
                requireSamePlan(c, ctx.plan().resets());
                sync.completeRun(c, start, end, start.minus(OVERLAP));
                sync.finishRun(c, runId, end, "OK", counts.toArray(), null);
                return sync.load(c).watermark();
            });
        } catch (RuntimeException e) {
            if (!dryRun) {
                fail(runId, total, e);
            }
            events.accept(new SyncEvent.Failed(e.getMessage(), e instanceof CartException.Rejected));
            throw e;
        }
        SyncCounts counts = total;
        SyncResult result = new SyncResult(runId, dryRun, ctx.since, start, end, counts, watermark, wouldImport);
        LOG.info("sync {} since {}: {}", dryRun ? "dry run" : "run " + runId, ctx.since, counts);
        events.accept(new SyncEvent.Finished(result));
        return result;
    }

    private SyncCounts commitPage(Connection c, Classifier classifier, OrderPage page, int resets) throws SQLException {
        Instant now = cutover.clock().instant();
        lease.renewOrFail(c);
        requireSamePlan(c, resets);
        SyncCounts counts = classifier.process(c, page.orders(), now, null);
        if (counts.imported() > 0) {
            plans.lockIfOpen(c, now); // the first import from the cart locks the plan
        }
        return counts;
    }

    /** A plan reset while this run was reading: stop here, so the reset's unlock and cleared cursor stand. */
    private void requireSamePlan(Connection c, int resets) throws SQLException {
        if (plans.load(c).resets() != resets) {
            throw new Refusal(Problem.of(ProblemCode.PLAN_RESET_DURING_RUN));
        }
    }

    /** Imports one cart order by id now ({@code sync import --order ID}): guard and lease as for a run. */
    public SyncCounts importOne(String cartOrderId) {
        cutover.requireReady();
        CartConfig config = cutover.cartConfig().orElseThrow();
        CartOrder order = cutover.connector().order(cartOrderId)
                .orElseThrow(() -> new Refusal(Problem.of(ProblemCode.ORDER_NOT_FOUND, cartOrderId)));
        lease.acquireOrRefuse();
        try {
            Context ctx = cutover.database().read(c -> new Context(plans.load(c), null, orders.migratedRegistry(c, config.shopKey())));
            Classifier classifier = new Classifier(config, ctx, null);
            String why = classifier.ineligibility(order);
            if (why != null && !ctx.registry.contains(order.id(), classifier.norm(order))) {
                throw new Refusal(Problem.of(ProblemCode.ORDER_NOT_ELIGIBLE, order.number(), why));
            }
            return cutover.database().inTransaction(c -> {
                SyncCounts counts = commitPage(c, classifier, new OrderPage(List.of(order)), ctx.plan().resets());
                AuditLog.record(c, cutover.clock().instant(), "sync.import-order", null, order.number() + " (" + order.id() + "): " + counts);
                return counts;
            });
        } finally {
            lease.releaseIfOneShot();
        }
    }

    private void fail(long runId, SyncCounts soFar, RuntimeException e) {
        boolean rejected = e instanceof CartException.Rejected;
        cutover.database().inTransaction(c -> {
            Instant now = cutover.clock().instant();
            sync.finishRun(c, runId, now, "FAILED", soFar.toArray(), e.getMessage());
            if (rejected && sync.load(c).running()) {
                // 401/403: the credentials no longer work; keep importing nothing until someone looks
                sync.setStatus(c, "STOPPED", null, "the cart rejected the credentials: " + e.getMessage());
                AuditLog.record(c, now, "sync.stop", "RUNNING", "STOPPED (cart rejected credentials: " + e.getMessage() + ")");
            }
            return null;
        });
        LOG.warn("sync run {} failed: {}", runId, e.getMessage());
    }

    record Context(PlanStore.Plan plan, Instant since, OrderStore.MigratedRegistry registry) {
    }
}
