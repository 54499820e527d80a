package golive.sync;

import golive.cart.CartConfig;
import golive.cart.CartOrder;
import golive.domain.OrderNumbers;
import golive.domain.OrderSource;
import golive.store.NewOrder;
import golive.store.OrderStore;
import golive.store.SyncStateStore;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * Decides, for each order of a page, which one of imported / already imported / migrated /
 * ineligible it is, and writes accordingly. One instance per run.
 */
final class Classifier {
    private final CartConfig config;
    private final SyncEngine.Context ctx;
    private final Long runId;
    private final OrderStore orders = new OrderStore();
    private final SyncStateStore sync = new SyncStateStore();

    Classifier(CartConfig config, SyncEngine.Context ctx, Long runId) {
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
        if (o.createdAt().isBefore(ctx.plan().importFrom())) {
            return "created before 'Import Orders from'";
        }
        return null;
    }

    /**
     * Classifies a page; when {@code wouldImport} is null it writes (imports, flags attention),
     * otherwise it only collects what a real run would import there.
     */
    SyncCounts process(Connection c, List<CartOrder> page, Instant now, List<CartOrder> wouldImport) throws SQLException {
        boolean write = wouldImport == null;
        Map<String, OrderStore.Known> known = orders.known(c, config.shopKey(), page.stream().map(CartOrder::id).toList());
        int imported = 0, already = 0, migrated = 0, ineligible = 0, possibleDup = 0, attention = 0;
        for (CartOrder o : page) {
            OrderStore.Known k = known.get(o.id());
            // a migrated order registered by cart id has no cart state: it is the registry's to skip
            if (k != null && k.cartState() != null) {
                already++;
                String state = CartState.of(o);
                String changes = CartState.changes(k.cartState(), state);
                if (!changes.isEmpty()) {
                    attention++;
                    if (write) {
                        orders.markAttention(c, k.id(), changes, state, o.updatedAt());
                    }
                }
            } else if (ctx.registry().contains(o.id(), norm(o))) {
                migrated++;
            } else if (ineligibility(o) != null) {
                ineligible++;
            } else if (write && !orders.insert(c, newOrder(o), now)) {
                already++;
            } else {
                imported++;
                if (write) {
                    sync.raiseWatermark(c, o.createdAt());
                } else {
                    wouldImport.add(o);
                }
                if (ctx.plan().cutoff() != null && o.createdAt().isBefore(ctx.plan().cutoff())) {
                    possibleDup++;
                }
            }
        }
        return new SyncCounts(page.size(), imported, already, migrated, ineligible, possibleDup, attention);
    }

    private NewOrder newOrder(CartOrder o) {
        return new NewOrder(OrderSource.CART, config.shopKey(), o.id(), o.number(), norm(o), o.createdAt(),
                ctx.plan().importAs(), o.total(), o.email(), null, o.updatedAt(), CartState.of(o), null, runId, o.lines());
    }
}
