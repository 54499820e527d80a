package golive.cart.bigcommerce;

import golive.cart.Lifecycle;

/**
 * BigCommerce's order statuses ({@code status_id}, the same on every store; {@code custom_status} is
 * only the merchant's label for it) in cart-neutral terms. Awaiting Fulfillment (11), Awaiting
 * Shipment (9) and Awaiting Pickup (8) are open, Partially Shipped (3) partly fulfilled; Awaiting
 * Payment (7) and Pending (1) wait for payment; Manual Verification Required (12) and Disputed (13)
 * are held; Shipped (2) and Completed (10) are fulfilled; Refunded (4) is refunded; Cancelled (5) and
 * Declined (6) cancelled. Incomplete (0) is a checkout the shopper abandoned at payment: it was never
 * placed and never will be fulfilled, so it is cancelled rather than waiting (no payment will come
 * to it). Partially Refunded (14) replaces the shipping status, so whether it still needs fulfilling
 * is read from the items shipped. A store paid through BigCommerce's Test Payment Gateway is testing.
 * Stateless.
 */
final class BigCommerceStatuses {
    static final String TEST_GATEWAY = "Test Payment Gateway";

    private BigCommerceStatuses() {
    }

    /** @throws IllegalArgumentException for a status id BigCommerce does not have */
    static Lifecycle lifecycle(int statusId, long itemsTotal, long itemsShipped, String paymentMethod) {
        Lifecycle l = switch (statusId) {
            case 11, 9, 8 -> Lifecycle.OPEN;
            case 3 -> Lifecycle.PARTIALLY_FULFILLED;
            case 7, 1 -> Lifecycle.PENDING_PAYMENT;
            case 12, 13 -> Lifecycle.ON_HOLD;
            case 2, 10 -> Lifecycle.FULFILLED;
            case 4 -> Lifecycle.REFUNDED;
            case 5, 6, 0 -> Lifecycle.CANCELLED;
            case 14 -> itemsTotal > 0 && itemsShipped >= itemsTotal ? Lifecycle.FULFILLED
                    : itemsShipped > 0 ? Lifecycle.PARTIALLY_FULFILLED : Lifecycle.OPEN;
            default -> throw new IllegalArgumentException("status_id " + statusId + " is not a BigCommerce order status");
        };
        return !l.excluded() && TEST_GATEWAY.equalsIgnoreCase(paymentMethod == null ? "" : paymentMethod.strip())
                ? Lifecycle.TEST : l;
    }
}
