package golive.cart.shopify;

import golive.cart.Lifecycle;

import java.util.Locale;

/**
 * Shopify's order statuses in cart-neutral terms: one mapping for what the GraphQL Admin API says
 * ({@code displayFinancialStatus} PARTIALLY_REFUNDED, {@code displayFulfillmentStatus}
 * PARTIALLY_FULFILLED, ON_HOLD, ...) and for what Shopify's order export says (partially_refunded,
 * partial), so the sync and the open-orders file cannot disagree. A voided or expired order (its
 * authorisation dropped or lapsed) will never be paid: cancelled. An archived (closed) order that is
 * not cancelled is done: fulfilled. Fully refunded is excluded; partially refunded stays open. A
 * hold or a scheduled fulfilment waits, before a pending payment. Stateless.
 */
public final class ShopifyStatuses {
    private ShopifyStatuses() {
    }

    /**
     * @param financial   financial status ("paid", "PENDING", "refunded", "VOIDED", ...), any case, may be null
     * @param fulfillment fulfillment status (null, "" or "UNFULFILLED"; "partial" or "PARTIALLY_FULFILLED";
     *                    "fulfilled", "restocked", "ON_HOLD", "SCHEDULED"), any case
     */
    public static Lifecycle lifecycle(String financial, String fulfillment, boolean cancelled, boolean closed, boolean test) {
        String f = lower(financial);
        String fs = lower(fulfillment);
        if (test) {
            return Lifecycle.TEST;
        }
        if (cancelled || f.equals("voided") || f.equals("expired")) {
            return Lifecycle.CANCELLED;
        }
        if (f.equals("refunded")) {
            return Lifecycle.REFUNDED;
        }
        if (fs.equals("fulfilled") || fs.equals("restocked") || closed) {
            return Lifecycle.FULFILLED;
        }
        if (fs.equals("partial") || fs.equals("partially_fulfilled")) {
            return Lifecycle.PARTIALLY_FULFILLED;
        }
        if (fs.equals("on_hold")) {
            return Lifecycle.ON_HOLD;
        }
        if (fs.equals("scheduled")) {
            return Lifecycle.SCHEDULED;
        }
        return f.equals("pending") ? Lifecycle.PENDING_PAYMENT : Lifecycle.OPEN;
    }

    /** Shopify's own word where it says more than the lifecycle ("restocked", "voided"), else null. */
    public static String ownWord(String financial, String fulfillment, Lifecycle l) {
        String f = lower(financial);
        String fs = lower(fulfillment);
        if (l == Lifecycle.CANCELLED && (f.equals("voided") || f.equals("expired"))) {
            return f;
        }
        return l == Lifecycle.FULFILLED && fs.equals("restocked") ? "restocked" : null;
    }

    private static String lower(String s) {
        return s == null ? "" : s.strip().toLowerCase(Locale.ROOT);
    }
}
