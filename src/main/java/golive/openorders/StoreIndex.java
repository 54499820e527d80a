package golive.openorders;

import golive.domain.OrderSource;
import golive.store.OrderStore;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * What the store already holds for the shop (every source), read in one query so a file is
 * deduplicated with no per-order lookups: cart order ids, and normalised numbers with the cart
 * id stored beside each. Not thread-safe; one per pass.
 */
final class StoreIndex {
    /** The number is stored without a cart id. */
    static final String NO_CART_ID = "";

    private final Set<String> cartIds = new HashSet<>();
    private final Map<String, String> numbers = new HashMap<>();

    /** @param migrated when not null, receives the store's migrated orders (for the check against the cart) */
    static StoreIndex load(Connection c, String shopKey, MigratedSet migrated) throws SQLException {
        StoreIndex index = new StoreIndex();
        new OrderStore().forEachIdentity(c, shopKey, false, id -> {
            if (id.cartOrderId() != null) {
                index.cartIds.add(id.cartOrderId());
            }
            if (id.orderNumberNorm() != null) {
                index.numbers.putIfAbsent(id.orderNumberNorm(), id.cartOrderId() == null ? NO_CART_ID : id.cartOrderId());
            }
            if (migrated != null && OrderSource.MIGRATED.id().equals(id.source())) {
                migrated.add(id.cartOrderId(), id.orderNumber(), id.orderNumberNorm(), id.createdAt());
            }
        });
        return index;
    }

    boolean hasCartId(String cartId) {
        return cartId != null && cartIds.contains(cartId);
    }

    /** The cart id stored with this number, {@link #NO_CART_ID} when it has none, or null when the number is not stored. */
    String cartIdOfNumber(String norm) {
        return norm == null ? null : numbers.get(norm);
    }
}
