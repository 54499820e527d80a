package golive.sync;

import golive.cart.CartConfig;
import golive.cart.CartOrder;
import golive.domain.OrderNumbers;
import golive.domain.OrderSource;
import golive.store.Database;
import golive.store.OrderStore;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Watches store orders against their cart counterparts: the rule the sync applies to every known
 * order it reads, and that step 4's check against the cart applies to migrated orders. A change
 * (or, on a migrated order's first sight, any state the cart excludes: its baseline is "open, as the
 * file said") flags the order needing attention; a migrated order seen open records its baseline.
 * The order itself is never rewritten. Thread-safe.
 */
public final class MigratedWatch {
    private final OrderStore orders = new OrderStore();
    private final Database db;
    private final CartConfig config;

    public MigratedWatch(Database db, CartConfig config) {
        this.db = db;
        this.config = config;
    }

    /** Step 4's sightings: the cart orders that match migrated ones, one transaction. @return how many were flagged */
    public int sighted(List<CartOrder> cartOrders) {
        if (cartOrders.isEmpty()) {
            return 0;
        }
        String shop = config.shopKey();
        return db.inTransaction(c -> {
            Map<String, OrderStore.Known> byId = orders.known(c, shop, cartOrders.stream().map(CartOrder::id).toList());
            List<String> numbers = new ArrayList<>();
            cartOrders.forEach(o -> numbers.add(OrderNumbers.normalise(config.kind(), o.number())));
            Map<String, OrderStore.Known> byNumber = orders.migratedByNumber(c, shop, numbers);
            int flagged = 0;
            for (CartOrder o : cartOrders) {
                OrderStore.Known k = byId.getOrDefault(o.id(), byNumber.get(OrderNumbers.normalise(config.kind(), o.number())));
                if (k != null && k.source() == OrderSource.MIGRATED && watch(orders, c, k, o, true)) {
                    flagged++;
                }
            }
            return flagged;
        });
    }

    /** The rule for one known order; writes only when {@code write}. @return true when newly flagged */
    static boolean watch(OrderStore orders, Connection c, OrderStore.Known k, CartOrder o, boolean write) throws SQLException {
        String changes = CartState.changes(k.cartState(), o);
        if (!changes.isEmpty()) {
            if (write) {
                orders.markAttention(c, k.id(), changes, CartState.of(o), o.updatedAt());
                golive.crash.KillPoint.reach("sync.attention-update");
            }
            return true;
        }
        if (write && k.cartState() == null) {
            orders.recordCartState(c, k.id(), CartState.of(o), o.updatedAt());
        }
        return false;
    }
}
