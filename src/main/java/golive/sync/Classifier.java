package golive.sync;

import golive.cart.CartConfig;
import golive.cart.CartOrder;
import golive.cart.OrderPage;
import golive.domain.OrderNumbers;
import golive.domain.OrderSource;
import golive.store.FieldLimits;
import golive.store.NewOrder;
import golive.store.OrderStore;
import golive.store.SetAsideStore;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Savepoint;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Decides, for each order of a page, which one of imported / already imported / migrated /
 * ineligible / set aside it is, and writes accordingly; known orders (synced or migrated) are
 * watched for changes in the cart. One instance per run; not thread-safe.
 */
final class Classifier {
    private final CartConfig config;
    private final SyncEngine.Context ctx;
    private final long runId;
    private final OrderStore orders = new OrderStore();
    private final SetAsideStore setAside = new SetAsideStore();

    Classifier(CartConfig config, SyncEngine.Context ctx, long runId) {
        this.config = config;
        this.ctx = ctx;
        this.runId = runId;
    }

    String norm(CartOrder o) {
        return OrderNumbers.normalise(config.kind(), o.number());
    }

    /** Why the order is not to be synced, or null when it is eligible. */
    String ineligibility(CartOrder o) {
        if (o.exclusion() != null) {
            return o.exclusion();
        }
        if (!o.importable(ctx.importable())) {
            return "not yet importable (" + o.lifecycle().label() + ")";
        }
        if (o.createdAt().isBefore(ctx.plan().importFrom()) && !ctx.confirmedBeforeImportFrom().contains(o.id())) {
            return "created before 'Import Orders from'";
        }
        return null;
    }

    /**
     * Classifies a page; when {@code wouldImport} is null it writes (imports, flags attention, sets
     * aside), otherwise it only collects what a real run would import there.
     */
    SyncCounts process(Connection c, OrderPage page, Instant now, List<CartOrder> wouldImport) throws SQLException {
        boolean write = wouldImport == null;
        String shop = config.shopKey();
        Map<String, OrderStore.Known> known = orders.known(c, shop, page.orders().stream().map(CartOrder::id).toList());
        List<String> byNumber = new ArrayList<>();
        for (CartOrder o : page.orders()) {
            if (!known.containsKey(o.id()) && ctx.registry().contains(null, norm(o))) {
                byNumber.add(norm(o));
            }
        }
        Map<String, OrderStore.Known> migrated = orders.migratedByNumber(c, shop, byNumber);
        int imported = 0, already = 0, skippedMigrated = 0, ineligible = 0, possibleDup = 0, attention = 0, asideCount = 0;
        for (CartOrder o : page.orders()) {
            OrderStore.Known k = known.get(o.id());
            String settled = null;
            if (k != null || ctx.registry().contains(o.id(), norm(o))) {
                boolean isMigrated = k == null || k.source() == OrderSource.MIGRATED;
                if (isMigrated) {
                    skippedMigrated++;
                } else {
                    already++;
                }
                OrderStore.Known watched = k != null ? k : migrated.get(norm(o));
                if (watched != null && MigratedWatch.watch(orders, c, watched, o, write)) {
                    attention++;
                }
                settled = isMigrated ? "migrated" : "already imported";
            } else if (ineligibility(o) != null) {
                ineligible++;
                settled = "not eligible: " + ineligibility(o);
            } else {
                NewOrder n = newOrder(o);
                String cannot = FieldLimits.problem(n);
                Insert result = cannot != null ? new Insert(false, cannot) : write ? insert(c, n, now) : Insert.ADDED;
                if (result.refused() != null) {
                    asideCount++;
                    if (write) {
                        setAside.record(c, shop, o.id(), o.number(), result.refused(), now);
                    }
                } else if (!result.added()) {
                    already++;
                    settled = "already imported";
                } else {
                    imported++;
                    settled = "imported";
                    if (!write) {
                        wouldImport.add(o);
                    }
                    if (ctx.plan().cutoff() != null && o.createdAt().isBefore(ctx.plan().cutoff())) {
                        possibleDup++;
                    }
                }
            }
            if (write && settled != null && ctx.setAside().contains(o.id())) {
                setAside.resolve(c, shop, o.id(), settled, now);
            }
        }
        for (OrderPage.Unreadable u : page.unreadable()) {
            asideCount++;
            if (write && u.id() != null) {
                setAside.record(c, shop, u.id(), u.number(), u.reason(), now);
            }
        }
        return new SyncCounts(page.size(), imported, already, skippedMigrated, ineligible, possibleDup, attention, asideCount);
    }

    /** An insert's outcome: added, already there, or refused with the reason. */
    private record Insert(boolean added, String refused) {
        static final Insert ADDED = new Insert(true, null);
    }

    /**
     * Inserts under a savepoint, so a value the database still refuses (a data or constraint error)
     * sets this one order aside instead of failing the page.
     */
    private Insert insert(Connection c, NewOrder n, Instant now) throws SQLException {
        Savepoint sp = c.setSavepoint();
        try {
            boolean added = orders.insert(c, n, now);
            c.releaseSavepoint(sp);
            return new Insert(added, null);
        } catch (SQLException e) {
            String state = e.getSQLState() == null ? "" : e.getSQLState();
            if (!state.startsWith("22") && !(state.startsWith("23") && !state.equals("23505"))) {
                throw e;
            }
            c.rollback(sp);
            return new Insert(false, "the store refused it: " + e.getMessage());
        }
    }

    private NewOrder newOrder(CartOrder o) {
        return new NewOrder(OrderSource.CART, config.shopKey(), o.id(), o.number(), norm(o), o.createdAt(),
                ctx.plan().importAs(), o.total(), o.email(), null, o.updatedAt(), CartState.of(o), null,
                runId == 0 ? null : runId, o.lines());
    }
}
