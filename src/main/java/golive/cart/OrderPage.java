package golive.cart;

import java.time.Instant;
import java.util.List;

/**
 * One page of a listing, in the order the cart served it. An order the connector could not map
 * (a shape it does not know, a value it cannot read) is not dropped: it comes back as
 * {@code unreadable}, so the engine sets it aside and says so.
 */
public record OrderPage(List<CartOrder> orders, List<Unreadable> unreadable) {
    /** An order the cart listed but the connector could not map; {@code updatedAt} may be null. */
    public record Unreadable(String id, String number, Instant updatedAt, String reason) {
    }

    public OrderPage {
        orders = List.copyOf(orders);
        unreadable = List.copyOf(unreadable);
    }

    public OrderPage(List<CartOrder> orders) {
        this(orders, List.of());
    }

    public int size() {
        return orders.size() + unreadable.size();
    }
}
