package golive.reconcile;

import golive.cart.CartConfig;
import golive.cart.CartOrder;
import golive.cart.ClockReading;
import golive.cart.Lifecycle;
import golive.cart.OrderPage;
import golive.cart.OrderPages;
import golive.cart.PrefetchingPages;
import golive.domain.OrderNumbers;
import golive.launch.Cutover;
import golive.launch.Problem;
import golive.launch.ProblemCode;
import golive.launch.Refusal;
import golive.store.AuditLog;
import golive.store.PlanStore;
import golive.store.ReconciliationStore;
import golive.store.SyncStateStore;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * The proof of the cut-over: reads the cart live over its connector (the same read a sync does),
 * stages its orders page by page, and puts every one in exactly one {@link Bucket} by set
 * operations against the store, matching independently of the sync's registry. It never writes an
 * order. Blocking; never on the FX thread.
 */
public final class Reconciler {
    /** The most orders a list of the report holds; counts are always complete. */
    public static final int LIST_LIMIT = 10_000;
    /** Read before 'from' as well, so a migrated order whose time is a little off still pairs. */
    static final Duration MARGIN = Duration.ofMinutes(1);
    /** Without migrated orders the window opens this long before the cut-off. */
    static final Duration BEFORE_CUTOFF = Duration.ofDays(7);

    private final Cutover cutover;
    private final ReconciliationStore store = new ReconciliationStore();
    private final PlanStore plans = new PlanStore();
    private final SyncStateStore sync = new SyncStateStore();

    public Reconciler(Cutover cutover) {
        this.cutover = cutover;
    }

    /**
     * Reconciles the cart's orders created from {@code from} (null: the earliest migrated order, else
     * the cut-off minus 7 days) to now. {@code progress} hears of each page.
     *
     * @throws Refusal when there is no cart or no plan to reconcile against
     */
    public Reconciliation run(Instant from, Consumer<String> progress) {
        return cutover.requested("reconcile", () -> reconcile(from, progress));
    }

    private Reconciliation reconcile(Instant from, Consumer<String> progress) {
        CartConfig config = cutover.cartConfig().orElseThrow(() -> new Refusal(Problem.of(ProblemCode.CART_NOT_CONNECTED)));
        Instant started = cutover.clock().instant();
        ReconciliationStore.Rules rules = cutover.database().read(c -> rules(c, config, started));
        Instant start = from != null ? from : cutover.database().read(c -> store.earliestMigrated(c, config.shopKey()))
                .orElse(rules.cutoff().minus(BEFORE_CUTOFF));
        long id = cutover.database().inTransaction(c -> store.begin(c, started, start, rules.visibleFrom()));
        try {
            Instant to = read(config, id, start, progress);
            return cutover.database().inTransaction(c -> {
                store.decide(c, id, rules, start, to);
                Reconciliation draft = load(c, id);
                boolean clean = draft.clean();
                store.finish(c, id, cutover.clock().instant(), to, clean);
                AuditLog.record(c, cutover.clock().instant(), "reconcile", null, summary(draft));
                return load(c, id);
            });
        } catch (RuntimeException e) {
            try {
                cutover.database().inTransaction(c -> {
                    store.abandon(c, id);
                    return null;
                });
            } catch (RuntimeException cleanup) {
                e.addSuppressed(cleanup);
            }
            throw e;
        }
    }

    /** The latest complete reconciliation, as it was decided (acknowledgements since are shown). */
    public Optional<Reconciliation> latest() {
        return cutover.database().read(c -> {
            Optional<ReconciliationStore.Run> run = store.latest(c);
            return run.isEmpty() ? Optional.<Reconciliation>empty() : Optional.of(load(c, run.get().id()));
        });
    }

    private ReconciliationStore.Rules rules(Connection c, CartConfig config, Instant now) throws SQLException {
        PlanStore.Plan plan = plans.load(c);
        List<Problem> unset = new ArrayList<>();
        if (plan.cutoff() == null) {
            unset.add(Problem.of(ProblemCode.CUTOFF_NOT_CONFIRMED));
        }
        if (plan.importFrom() == null) {
            unset.add(Problem.of(ProblemCode.IMPORT_FROM_NOT_SET));
        }
        if (!unset.isEmpty()) {
            throw new Refusal(unset);
        }
        SyncStateStore.State st = sync.load(c);
        Integer historyDays = cutover.carts().lastTest(c).map(t -> t.report().historyLimitDays()).orElse(null);
        return new ReconciliationStore.Rules(config.shopKey(), plan.cutoff(), plan.importFrom(), plan.gapAccepted(),
                plan.importableFor(config.kind()), st.running() ? st.cursor() : null,
                historyDays == null ? null : now.minus(Duration.ofDays(historyDays)));
    }

    /** Stages every cart order created since {@code from} (less the margin), a transaction per page; returns the cart's clock at its first answer. */
    private Instant read(CartConfig config, long id, Instant from, Consumer<String> progress) {
        Instant lower = from.minus(MARGIN);
        ClockReading clock = null;
        int pages = 0;
        long staged = 0;
        try (OrderPages cart = new PrefetchingPages(cutover.connector().updatedSince(lower))) {
            while (cart.hasNext()) {
                OrderPage page = cart.next();
                if (clock == null) {
                    clock = cart.clock();
                }
                List<CartOrder> inWindow = new ArrayList<>(page.size());
                for (CartOrder o : page.orders()) {
                    if (!o.createdAt().isBefore(lower)) {
                        inWindow.add(o);
                    }
                }
                for (OrderPage.Unreadable u : page.unreadable()) {
                    if (u.id() != null) {
                        inWindow.add(unreadable(u, clock));
                    }
                }
                cutover.database().inTransaction(c -> {
                    store.stage(c, id, inWindow, o -> OrderNumbers.normalise(config.kind(), o.number()));
                    return null;
                });
                staged += inWindow.size();
                progress.accept("page " + (++pages) + ": " + staged + " cart orders read");
            }
        }
        return clock == null ? cutover.clock().instant() : clock.cart();
    }

    /** An order the connector could not map still counts: as open, with the connector's reason as its state. */
    private static CartOrder unreadable(OrderPage.Unreadable u, ClockReading clock) {
        Instant at = u.updatedAt() != null ? u.updatedAt() : clock.cart();
        return new CartOrder(u.id(), u.number(), at, at, null, null, Lifecycle.OPEN, "unreadable by the connector: " + u.reason(), List.of());
    }

    private Reconciliation load(Connection c, long id) throws SQLException {
        ReconciliationStore.Run run = store.latest(c).filter(r -> r.id() == id)
                .orElseGet(() -> new ReconciliationStore.Run(id, null, null, null, null, null, 0, null));
        Map<Bucket, Reconciliation.Count> counts = new EnumMap<>(Bucket.class);
        store.counts(c, id).forEach((bucket, n) -> counts.put(Bucket.fromId(bucket), new Reconciliation.Count(n[0], n[1])));
        Map<Bucket, List<ReconciliationStore.CartRow>> cartLists = new EnumMap<>(Bucket.class);
        Map<Bucket, List<ReconciliationStore.StoreRow>> storeLists = new EnumMap<>(Bucket.class);
        for (Bucket b : Bucket.values()) {
            if (b.storeSide()) {
                storeLists.put(b, store.storeOrders(c, id, b.id(), LIST_LIMIT));
            } else if (b != Bucket.MIGRATED && b != Bucket.SYNCED && b != Bucket.EXCLUDED) {
                cartLists.put(b, store.cartOrders(c, id, b.id(), LIST_LIMIT));
            }
        }
        return new Reconciliation(run, counts, store.excludedByState(c, id), cartLists, storeLists, store.attention(c, id, LIST_LIMIT));
    }

    private static String summary(Reconciliation r) {
        StringBuilder sb = new StringBuilder(r.clean() ? "clean" : "NOT clean");
        for (Bucket b : Bucket.values()) {
            sb.append(", ").append(b.id()).append(' ').append(r.count(b).all());
        }
        return sb.toString();
    }
}
