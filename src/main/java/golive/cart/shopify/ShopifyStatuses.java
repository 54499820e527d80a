package golive.cart.shopify;

import golive.cart.Lifecycle;

import java.util.Locale;

/**
 * Shopify's order statuses in cart-neutral terms: one mapping for what the Admin API says and for
 * what Shopify's order export says (the same words in both), so the sync and the open-orders file
 * cannot disagree. A voided order (its authorisation dropped) will never be paid: cancelled. An
 * archived (closed) order that is not cancelled is done: fulfilled. Fully refunded is excluded;
 * partially refunded stays open. Stateless.
 */
public final class ShopifyStatuses {
    private ShopifyStatuses() {
    }

    /**
     * @param financial   financial status ("paid", "pending", "refunded", "voided", ...), any case, may be null
     * @param fulfillment fulfillment status (null or "" unfulfilled, "partial", "fulfilled", "restocked")
     */
    public static Lifecycle lifecycle(String financial, String fulfillment, boolean cancelled, boolean closed, boolean test) {
        String f = lower(financial);
        String fs = lower(fulfillment);
        if (test) {
            return Lifecycle.TEST;
        }
        if (cancelled || f.equals("voided")) {
            return Lifecycle.CANCELLED;
        }
        if (f.equals("refunded")) {
            return Lifecycle.REFUNDED;
        }
        if (fs.equals("fulfilled") || fs.equals("restocked") || closed) {
            return Lifecycle.FULFILLED;
        }
        if (fs.equals("partial")) {
            return Lifecycle.PARTIALLY_FULFILLED;
        }
        return f.equals("pending") ? Lifecycle.PENDING_PAYMENT : Lifecycle.OPEN;
    }

    /** Shopify's own word where it says more than the lifecycle ("restocked", "voided"), else null. */
    public static String ownWord(String financial, String fulfillment, Lifecycle l) {
        String f = lower(financial);
        String fs = lower(fulfillment);
        if (l == Lifecycle.CANCELLED && f.equals("voided")) {
            return "voided";
        }
        return l == Lifecycle.FULFILLED && fs.equals("restocked") ? "restocked" : null;
    }

    private static String lower(String s) {
        return s == null ? "" : s.strip().toLowerCase(Locale.ROOT);
    }
}
