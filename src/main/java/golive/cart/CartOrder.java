package golive.cart;

import golive.domain.Money;
import golive.domain.OrderLine;

import java.time.Instant;
import java.util.List;
import java.util.Set;

/**
 * One cart order as the connector read it, in cart-neutral terms: the connector maps the cart's
 * statuses onto a {@link Lifecycle}; the engine decides eligibility from that alone.
 *
 * @param id         the cart's immutable order id (Shopify's 64-bit id as a decimal string)
 * @param number     the order number as the cart shows it (Shopify "#1001")
 * @param cartStatus the cart's own words for its state ("paid, unfulfilled"), for people
 */
public record CartOrder(
        String id,
        String number,
        Instant createdAt,
        Instant updatedAt,
        Money total,
        String email,
        Lifecycle lifecycle,
        String cartStatus,
        List<OrderLine> lines) {

    public CartOrder {
        lines = List.copyOf(lines);
    }

    /**
     * Why the cart itself says this order is not one to fulfil ("test", "cancelled", "refunded",
     * "fulfilled"), or null. The sync, the file import and the reconciliation all ask this.
     */
    public String exclusion() {
        return lifecycle.excluded() ? lifecycle.label() : null;
    }

    /** Not excluded, and either always importable or named by the plan's set. */
    public boolean importable(Set<Lifecycle> importable) {
        return !lifecycle.excluded() && (!lifecycle.waiting() || importable.contains(lifecycle));
    }
}
