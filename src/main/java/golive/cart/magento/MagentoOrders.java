package golive.cart.magento;

import com.fasterxml.jackson.databind.JsonNode;
import golive.cart.CartOrder;
import golive.cart.Lifecycle;
import golive.domain.Money;
import golive.domain.OrderLine;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Magento order JSON onto {@link CartOrder}: {@code entity_id} (the key) and {@code increment_id}
 * (a string with leading zeros, kept as is), times in UTC without a zone, money from the raw JSON
 * numbers. Lines skip the child rows of configurable products ({@code parent_item_id} set, price 0):
 * the parent row carries the price. The order's {@code state} decides, not its configurable
 * {@code status} label; {@code new} and {@code processing} also mean "shipped but not invoiced", so
 * their shipped quantities are read. An unknown state is not guessed at: the order is unreadable.
 * Stateless.
 */
final class MagentoOrders {
    static final DateTimeFormatter UTC = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss").withZone(ZoneOffset.UTC);

    /** Magento's order state machine in cart-neutral terms; {@code new}/{@code processing} are then read by what shipped. */
    static final Map<String, Lifecycle> STATES = Map.of(
            "new", Lifecycle.OPEN,
            "processing", Lifecycle.OPEN,
            "pending_payment", Lifecycle.PENDING_PAYMENT,
            "payment_review", Lifecycle.PENDING_PAYMENT,
            "holded", Lifecycle.ON_HOLD,
            "complete", Lifecycle.FULFILLED,
            "closed", Lifecycle.REFUNDED,  // closed = refunded by a credit memo
            "canceled", Lifecycle.CANCELLED);

    /** The states a cut-off or gap count names. */
    static final String OPEN_STATES = "new,processing";

    private MagentoOrders() {
    }

    /** @throws IllegalArgumentException when the order lacks what an order needs or has a state Magento does not define */
    static CartOrder toCartOrder(JsonNode o) {
        String id = text(o, "entity_id");
        String state = text(o, "state");
        String created = text(o, "created_at");
        String updated = text(o, "updated_at");
        JsonNode total = o.get("grand_total");
        String currency = text(o, "order_currency_code");
        if (id == null || state == null || created == null || updated == null || total == null || !total.isNumber() || currency == null) {
            throw new IllegalArgumentException("the order has no " + (id == null ? "entity_id" : state == null ? "state"
                    : created == null ? "created_at" : updated == null ? "updated_at"
                    : total == null || !total.isNumber() ? "grand_total" : "order_currency_code"));
        }
        Lifecycle lifecycle = STATES.get(state);
        if (lifecycle == null) {
            throw new IllegalArgumentException("its state '" + state + "' is not one of Magento's own; handle the order by hand, or acknowledge it");
        }
        JsonNode items = o.path("items");
        String status = text(o, "status") == null ? state : text(o, "status");
        if (lifecycle == Lifecycle.OPEN) {
            Shipped shipped = shipped(items);
            if (shipped == Shipped.ALL) {
                lifecycle = Lifecycle.FULFILLED;
                status += ", shipped";
            } else if (shipped == Shipped.PART) {
                lifecycle = Lifecycle.PARTIALLY_FULFILLED;
                status += ", partly shipped";
            }
        }
        String number = text(o, "increment_id");
        return new CartOrder(id, number == null ? id : number, utc(created), utc(updated), new Money(total.decimalValue(), currency),
                text(o, "customer_email"), lifecycle, status, lines(items));
    }

    private enum Shipped { NONE, PART, ALL }

    /** What has shipped of the lines that count (not a configurable product's child row). */
    private static Shipped shipped(JsonNode items) {
        boolean any = false;
        boolean all = true;
        int counted = 0;
        for (JsonNode i : items) {
            if (child(i)) {
                continue;
            }
            counted++;
            BigDecimal ordered = decimal(i, "qty_ordered");
            BigDecimal shipped = decimal(i, "qty_shipped");
            any |= shipped.signum() > 0;
            all &= shipped.compareTo(ordered) >= 0;
        }
        return counted == 0 || !any ? Shipped.NONE : all ? Shipped.ALL : Shipped.PART;
    }

    private static List<OrderLine> lines(JsonNode items) {
        List<OrderLine> out = new ArrayList<>();
        for (JsonNode i : items) {
            if (!child(i)) {
                JsonNode price = i.get("price");
                out.add(new OrderLine(text(i, "sku"), text(i, "name"), decimal(i, "qty_ordered"),
                        price == null || !price.isNumber() ? null : price.decimalValue()));
            }
        }
        return out;
    }

    private static boolean child(JsonNode item) {
        JsonNode parent = item.get("parent_item_id");
        return parent != null && !parent.isNull();
    }

    private static BigDecimal decimal(JsonNode node, String field) {
        JsonNode v = node.get(field);
        return v == null || !v.isNumber() ? BigDecimal.ZERO : v.decimalValue();
    }

    static String id(JsonNode o) {
        return text(o, "entity_id");
    }

    static Instant updatedAt(JsonNode o) {
        try {
            String u = text(o, "updated_at");
            return u == null ? null : utc(u);
        } catch (RuntimeException e) {
            return null;
        }
    }

    /** "2025-01-02 22:22:19": UTC wall time, no zone, a space between date and time. */
    static Instant utc(String text) {
        return LocalDateTime.parse(text.replace(' ', 'T')).toInstant(ZoneOffset.UTC);
    }

    static String text(JsonNode node, String field) {
        JsonNode v = node.get(field);
        return v == null || v.isNull() || v.asText().isBlank() ? null : v.asText();
    }
}
