package golive.store;

import golive.domain.OrderLine;
import golive.domain.ShipTo;

import java.math.BigDecimal;

/**
 * The longest value each order column holds, sized to the largest a supported cart allows (SKU:
 * 255 in Shopify and BigCommerce, 64 in Magento and PrestaShop; a line's name: Shopify's product and
 * variant titles of 255 each, WooCommerce's free text cut at 4,000; order number: Shopify's prefix,
 * number and suffix). The sync sets aside an order over a limit and the open-orders file names the
 * line and column, so a value is refused before the database would. Decimals: DECIMAL(19, 4).
 */
public final class FieldLimits {
    public static final int CART_ORDER_ID = 64;
    public static final int ORDER_NUMBER = 255;
    public static final int EMAIL = 320;
    public static final int CUSTOMER_NAME = 500;
    public static final int CURRENCY = 8;
    public static final int SKU = 255;
    public static final int DESCRIPTION = 4000;
    public static final int SHIP_TO_NAME = 300;
    public static final int SHIP_TO_COMPANY = 300;
    public static final int SHIP_TO_ADDRESS = 500;
    public static final int SHIP_TO_CITY = 200;
    public static final int SHIP_TO_REGION = 200;
    public static final int SHIP_TO_POSTCODE = 50;
    public static final int SHIP_TO_COUNTRY = 100;
    public static final int SHIP_TO_PHONE = 100;
    /** DECIMAL(19, 4): 15 digits before the point. */
    private static final int INTEGER_DIGITS = 15;

    private FieldLimits() {
    }

    /** Why the store cannot hold {@code o} ("the SKU of line 2 has 300 characters; the store holds 255"), or null. */
    public static String problem(NewOrder o) {
        String p = first(
                tooLong("the cart order id", o.cartOrderId(), CART_ORDER_ID),
                tooLong("the order number", o.orderNumber(), ORDER_NUMBER),
                tooLong("the customer e-mail", o.customerEmail(), EMAIL),
                tooLong("the customer name", o.customerName(), CUSTOMER_NAME),
                o.total() == null ? "it has no total" : o.total().currency() == null ? "it has no currency" : null,
                o.total() == null ? null : tooLong("the currency", o.total().currency(), CURRENCY),
                o.total() == null ? null : tooBig("the total", o.total().amount()),
                o.createdAt() == null ? "it has no creation time" : null);
        for (int i = 0; p == null && i < o.lines().size(); i++) {
            OrderLine l = o.lines().get(i);
            String which = " of line " + (i + 1);
            p = first(tooLong("the SKU" + which, l.sku(), SKU), tooLong("the description" + which, l.description(), DESCRIPTION),
                    l.quantity() == null ? "line " + (i + 1) + " has no quantity" : tooBig("the quantity" + which, l.quantity()),
                    l.price() == null ? "line " + (i + 1) + " has no price" : tooBig("the price" + which, l.price()));
        }
        return p;
    }

    /** The same for a ship-to address. */
    public static String problem(ShipTo s) {
        return s == null ? null : first(tooLong("the ship-to name", s.name(), SHIP_TO_NAME),
                tooLong("the ship-to company", s.company(), SHIP_TO_COMPANY),
                tooLong("the ship-to address", s.address1(), SHIP_TO_ADDRESS), tooLong("the ship-to address", s.address2(), SHIP_TO_ADDRESS),
                tooLong("the ship-to city", s.city(), SHIP_TO_CITY), tooLong("the ship-to region", s.region(), SHIP_TO_REGION),
                tooLong("the ship-to postcode", s.postcode(), SHIP_TO_POSTCODE),
                tooLong("the ship-to country", s.country(), SHIP_TO_COUNTRY), tooLong("the ship-to phone", s.phone(), SHIP_TO_PHONE));
    }

    private static String tooLong(String what, String value, int max) {
        return value != null && value.length() > max
                ? what + " has " + value.length() + " characters; the store holds " + max : null;
    }

    private static String tooBig(String what, BigDecimal value) {
        return fits(value) ? null : what + " " + value.toPlainString() + " is too large";
    }

    /** The store holds {@code value} (an amount, a price, a quantity): at most 15 digits before the point. */
    public static boolean fits(BigDecimal value) {
        return value.precision() - value.scale() <= INTEGER_DIGITS;
    }

    private static String first(String... candidates) {
        for (String c : candidates) {
            if (c != null) {
                return c;
            }
        }
        return null;
    }
}
