package golive.cart;

import golive.domain.Money;
import golive.domain.OrderLine;

import java.time.Instant;
import java.util.List;

/**
 * One cart order as the connector read it, in cart-neutral terms. Each connector maps its
 * own statuses onto {@code unfulfilled}, {@code cancelled}, {@code refunded} and {@code test}
 * (cart-apis.md): the sync decides eligibility from these alone.
 *
 * @param id     the cart's immutable order id (Shopify's 64-bit id as a decimal string)
 * @param number the order number as the cart shows it (Shopify "#1001")
 */
public record CartOrder(
        String id,
        String number,
        Instant createdAt,
        Instant updatedAt,
        Money total,
        String email,
        String financialStatus,
        boolean unfulfilled,
        boolean cancelled,
        boolean refunded,
        boolean test,
        List<OrderLine> lines) {

    public CartOrder {
        lines = List.copyOf(lines);
    }

    /**
     * Why the cart itself says this order is not one to import — "test", "cancelled" or "fulfilled"
     * (fulfilled or closed) — or null when it is open and unfulfilled. The sync and the
     * reconciliation both ask this, so they cannot disagree.
     */
    public String exclusion() {
        if (test) {
            return "test";
        }
        if (cancelled) {
            return "cancelled";
        }
        return unfulfilled ? null : "fulfilled";
    }
}
