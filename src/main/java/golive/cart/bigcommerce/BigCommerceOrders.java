package golive.cart.bigcommerce;

import com.fasterxml.jackson.databind.JsonNode;
import golive.cart.CartOrder;
import golive.cart.Lifecycle;
import golive.domain.Money;
import golive.domain.OrderLine;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * V2 order and order-product objects onto {@link CartOrder}. The id is the number the merchant sees.
 * Money is read from the raw decimal strings ("361.9500"), never through a double. The total is the
 * order as it stands now ({@code total_inc_tax} less {@code refunded_amount}), in the transactional
 * currency ({@code default_currency_code}: the one the totals are in and the shopper paid; {@code
 * currency_code} is only the storefront's display currency, the same on a single-currency store).
 * Lines are what is still ordered ({@code quantity} less {@code quantity_refunded}), at the unit price
 * as the store lists it (tax included only on a tax-inclusive store). Stateless.
 */
final class BigCommerceOrders {
    private BigCommerceOrders() {
    }

    /** The order's id, or null when it has none. */
    static String id(JsonNode order) {
        JsonNode id = order.get("id");
        return id != null && id.canConvertToLong() ? Long.toString(id.asLong()) : null;
    }

    /** @throws IllegalArgumentException for an unknown or missing status */
    static Lifecycle lifecycle(JsonNode order) {
        JsonNode status = order.get("status_id");
        if (status == null || !status.canConvertToInt()) {
            throw new IllegalArgumentException("the order has no status_id");
        }
        return BigCommerceStatuses.lifecycle(status.asInt(), order.path("items_total").asLong(0),
                order.path("items_shipped").asLong(0), text(order, "payment_method"));
    }

    /** When the order last changed, or null when that cannot be read. */
    static Instant updatedAt(JsonNode order) {
        try {
            String t = text(order, "date_modified");
            return t == null ? null : BigCommerceDates.parse(t);
        } catch (RuntimeException e) {
            return null;
        }
    }

    /**
     * @param products the order's {@code /products} array; empty for an excluded order (its lines are not read)
     * @throws RuntimeException when the order lacks what an order needs or a value cannot be read
     */
    static CartOrder toCartOrder(JsonNode order, List<JsonNode> products) {
        String id = id(order);
        String created = text(order, "date_created");
        String modified = text(order, "date_modified");
        BigDecimal total = decimal(order.get("total_inc_tax"));
        String currency = text(order, "default_currency_code") != null ? text(order, "default_currency_code")
                : text(order, "currency_code");
        if (id == null || created == null || modified == null || total == null || currency == null) {
            throw new IllegalArgumentException("the order has no " + (id == null ? "id" : created == null ? "date_created"
                    : modified == null ? "date_modified" : total == null ? "total_inc_tax" : "currency"));
        }
        BigDecimal refunded = decimal(order.get("refunded_amount"));
        Money money = new Money(refunded == null ? total : total.subtract(refunded), currency);
        Lifecycle lifecycle = lifecycle(order);
        boolean taxInclusive = order.path("is_tax_inclusive_pricing").asBoolean(false);
        return new CartOrder(id, id, BigCommerceDates.parse(created), BigCommerceDates.parse(modified), money,
                text(order.path("billing_address"), "email"), lifecycle, cartStatus(order), lines(products, taxInclusive));
    }

    /** BigCommerce's own words, for people: "Awaiting Fulfillment (Ready to pack), payment authorized". */
    private static String cartStatus(JsonNode order) {
        String status = text(order, "status");
        String custom = text(order, "custom_status");
        String payment = text(order, "payment_status");
        StringBuilder sb = new StringBuilder(status == null ? "status " + order.path("status_id").asText() : status);
        if (custom != null && !custom.equals(status)) {
            sb.append(" (").append(custom).append(')');
        }
        return payment == null ? sb.toString() : sb.append(", payment ").append(payment).toString();
    }

    private static List<OrderLine> lines(List<JsonNode> products, boolean taxInclusive) {
        List<OrderLine> out = new ArrayList<>();
        for (JsonNode p : products) {
            BigDecimal quantity = decimal(p.get("quantity"));
            BigDecimal refunded = decimal(p.get("quantity_refunded"));
            BigDecimal left = quantity == null ? null : refunded == null ? quantity : quantity.subtract(refunded);
            if (left != null && left.signum() <= 0) {
                continue;
            }
            BigDecimal price = decimal(p.get(taxInclusive ? "price_inc_tax" : "price_ex_tax"));
            out.add(new OrderLine(text(p, "sku"), text(p, "name"), left, price));
        }
        return out;
    }

    /** A decimal from its raw token: V2 sends money as strings, counts as numbers. */
    private static BigDecimal decimal(JsonNode n) {
        if (n == null || n.isNull()) {
            return null;
        }
        if (n.isNumber()) {
            return n.decimalValue();
        }
        String s = n.asText().strip();
        return s.isEmpty() ? null : new BigDecimal(s);
    }

    private static String text(JsonNode node, String field) {
        JsonNode v = node.get(field);
        return v == null || v.isNull() || v.asText().isBlank() ? null : v.asText();
    }
}
