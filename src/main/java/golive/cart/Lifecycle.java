package golive.cart;

import golive.domain.CartKind;

import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;

/**
 * Where a cart order stands, in cart-neutral terms (DESIGN.md, "Sync semantics"). Each connector
 * maps its own statuses onto one of these, so the sync, the open-orders file and the reconciliation
 * apply one rule: {@link #excluded()} states are never imported; {@link #OPEN} and
 * {@link #PARTIALLY_FULFILLED} always are; the states that wait for something (payment, a hold, a
 * date) are imported only when the plan's importable set names them.
 */
public enum Lifecycle {
    OPEN, PARTIALLY_FULFILLED,
    PENDING_PAYMENT, ON_HOLD, SCHEDULED,
    FULFILLED, CANCELLED, REFUNDED, TEST;

    /** The states a plan may add to the always-importable ones. */
    public static final Set<Lifecycle> OPTIONAL = EnumSet.of(PENDING_PAYMENT, ON_HOLD, SCHEDULED);

    /** Not to be fulfilled, whatever the plan says: test, cancelled, fully refunded, fulfilled (closed). */
    public boolean excluded() {
        return this == FULFILLED || this == CANCELLED || this == REFUNDED || this == TEST;
    }

    /** Waiting for payment, a hold or a date: importable only when the plan's set names it. */
    public boolean waiting() {
        return OPTIONAL.contains(this);
    }

    /** As the CLI and the store write it: "partially-fulfilled". */
    public String id() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** As people read it: "partially fulfilled". */
    public String label() {
        return name().toLowerCase(Locale.ROOT).replace('_', ' ');
    }

    /** @throws IllegalArgumentException naming the states there are */
    public static Lifecycle fromId(String id) {
        for (Lifecycle l : values()) {
            if (l.id().equalsIgnoreCase(id.strip()) || l.name().equalsIgnoreCase(id.strip())) {
                return l;
            }
        }
        throw new IllegalArgumentException("'" + id + "' is not an order state; expected one of "
                + String.join(", ", java.util.Arrays.stream(values()).map(Lifecycle::id).toList()));
    }

    /**
     * The importable set a plan starts with (cart-apis.md, "Unfulfilled filter"). Shopify's pending
     * orders are imported (cash on delivery and bank deposits ship before they are paid), and so are
     * its held ones; WooCommerce's on-hold orders (awaiting payment confirmation) are imported, its
     * pending ones (not yet paid) are not. BigCommerce imports only what awaits fulfilment or is partly
     * shipped: its Awaiting Payment orders are not paid yet and its held ones (Manual Verification
     * Required, Disputed) wait for the merchant's decision. Magento likewise: its pending_payment and
     * payment_review orders are not paid yet, its holded ones wait for the merchant. PrestaShop
     * imports every state that is not shipped, delivered, cancelled, refunded or in error: its
     * awaiting-payment states (check, bank wire, cash on delivery) are orders the merchant prepares,
     * and PrestaShop has no hold.
     */
    public static Set<Lifecycle> defaultImportable(CartKind kind) {
        Set<Lifecycle> s = EnumSet.of(OPEN, PARTIALLY_FULFILLED);
        switch (kind) {
            case SHOPIFY -> s.addAll(EnumSet.of(PENDING_PAYMENT, ON_HOLD));
            case WOOCOMMERCE -> s.add(ON_HOLD);
            case PRESTASHOP -> s.add(PENDING_PAYMENT);
            default -> { }
        }
        return s;
    }
}
