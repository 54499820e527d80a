package golive.cart.woocommerce;

import com.fasterxml.jackson.databind.JsonNode;
import golive.cart.CartOrder;
import golive.cart.Lifecycle;
import golive.domain.Money;
import golive.domain.OrderLine;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * WooCommerce order JSON onto {@link CartOrder}: the id (the key) and {@code number} (a string a
 * plugin may prefix), the {@code *_gmt} times (UTC without a zone; the other ones are site-local),
 * money from the raw tokens (totals are strings, a line's {@code price} is a JSON number). WooCommerce
 * has no fulfilment status: {@code processing} is paid and still to ship. A status a plugin added is
 * not guessed at: the order is unreadable, so the engine sets it aside and says so. Stateless.
 */
final class WooOrders {
    /** The core statuses (cart-apis/woocommerce §3) in cart-neutral terms. */
    static final Map<String, Lifecycle> STATUSES = Map.of(
            "pending", Lifecycle.PENDING_PAYMENT,   // awaiting payment: normally not shipped
            "processing", Lifecycle.OPEN,            // paid, to fulfil
            "on-hold", Lifecycle.ON_HOLD,            // awaiting confirmation (bank transfer)
            "completed", Lifecycle.FULFILLED,
            "cancelled", Lifecycle.CANCELLED,
            "refunded", Lifecycle.REFUNDED,
            "failed", Lifecycle.CANCELLED,           // the payment failed: nothing to ship
            "trash", Lifecycle.CANCELLED,
            "checkout-draft", Lifecycle.CANCELLED);  // a checkout never finished, not an order

    /** The statuses a cut-off or gap count names: paid or awaiting confirmation, not yet shipped. */
    static final String OPEN_STATUSES = "processing,on-hold";

    private WooOrders() {
    }

    /** @throws IllegalArgumentException when the order lacks what an order needs, or has a status WooCommerce core does not define */
    static CartOrder toCartOrder(JsonNode o) {
        String id = text(o, "id");
        String status = text(o, "status");
        String created = text(o, "date_created_gmt");
        String modified = text(o, "date_modified_gmt");
        String total = text(o, "total");
        String currency = text(o, "currency");
        if (id == null || status == null || created == null || modified == null || total == null || currency == null) {
            throw new IllegalArgumentException("the order has no " + (id == null ? "id" : status == null ? "status"
                    : created == null ? "date_created_gmt" : modified == null ? "date_modified_gmt" : total == null ? "total" : "currency"));
        }
        Lifecycle lifecycle = STATUSES.get(status);
        if (lifecycle == null) {
            throw new IllegalArgumentException("its status '" + status + "' is not one of WooCommerce's own (a plugin added it);"
                    + " handle the order by hand, or acknowledge it");
        }
        return new CartOrder(id, text(o, "number") == null ? id : text(o, "number"), gmt(created), gmt(modified),
                new Money(new BigDecimal(total), currency), text(o.path("billing"), "email"), lifecycle, status, lines(o.path("line_items")));
    }

    /** The id of an order JSON, or null (for an unreadable one). */
    static String id(JsonNode o) {
        return text(o, "id");
    }

    static Instant modifiedAt(JsonNode o) {
        try {
            String m = text(o, "date_modified_gmt");
            return m == null ? null : gmt(m);
        } catch (RuntimeException e) {
            return null;
        }
    }

    private static List<OrderLine> lines(JsonNode items) {
        List<OrderLine> out = new ArrayList<>();
        for (JsonNode l : items) {
            BigDecimal quantity = l.path("quantity").isNumber() ? l.get("quantity").decimalValue() : null;
            if (quantity != null && quantity.signum() == 0) {
                continue;
            }
            JsonNode price = l.get("price");
            BigDecimal unit = price == null || price.isNull() ? null
                    : price.isNumber() ? price.decimalValue() : new BigDecimal(price.asText());
            out.add(new OrderLine(text(l, "sku"), text(l, "name"), quantity, unit));
        }
        return out;
    }

    /** A {@code *_gmt} time: UTC wall time without a zone ("2017-03-22T19:28:02"). */
    static Instant gmt(String text) {
        return LocalDateTime.parse(text).toInstant(ZoneOffset.UTC);
    }

    private static String text(JsonNode node, String field) {
        JsonNode v = node.get(field);
        return v == null || v.isNull() || v.asText().isBlank() ? null : v.asText();
    }
}
