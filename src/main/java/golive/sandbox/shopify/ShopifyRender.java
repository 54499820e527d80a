package golive.sandbox.shopify;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import golive.sandbox.SandboxOrder;
import golive.sandbox.SandboxShop;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;

/** Sandbox state as Admin REST JSON, shaped like the recorded fixtures. Stateless. */
final class ShopifyRender {
    static final ObjectMapper JSON = new ObjectMapper();
    /** Shopify REST renders times in the shop's offset, whole seconds: 2025-01-03T09:15:42-05:00. */
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ssxxx");

    private ShopifyRender() {
    }

    static String time(Instant t, ZoneId zone) {
        return t == null ? null : TIME.format(t.atZone(zone));
    }

    static String money(BigDecimal amount) {
        return amount.setScale(2, RoundingMode.HALF_EVEN).toPlainString();
    }

    static String errors(String message) {
        ObjectNode n = JSON.createObjectNode();
        n.put("errors", message);
        return n.toString();
    }

    static String fieldError(String field, String message) {
        ObjectNode n = JSON.createObjectNode();
        n.putObject("errors").put(field, message);
        return n.toString();
    }

    static ObjectNode order(SandboxOrder o, ZoneId zone) {
        ObjectNode n = JSON.createObjectNode();
        n.put("id", o.id());
        n.put("admin_graphql_api_id", "gid://shopify/Order/" + o.id());
        n.putNull("app_id");
        n.put("cancel_reason", o.cancelledAt() == null ? null : "customer");
        n.put("cancelled_at", time(o.cancelledAt(), zone));
        n.put("closed_at", time(o.closedAt(), zone));
        n.put("confirmed", true);
        n.put("contact_email", o.email());
        n.put("created_at", time(o.createdAt(), zone));
        n.put("currency", o.currency());
        n.put("current_subtotal_price", money(o.subtotal()));
        n.put("current_total_price", money(o.currentTotal()));
        n.set("current_total_price_set", moneySet(o.currentTotal(), o.currency()));
        n.put("current_total_tax", money(o.tax()));
        n.put("email", o.email());
        n.put("financial_status", financialStatus(o));
        n.put("fulfillment_status", fulfillmentStatus(o));
        n.put("name", name(o));
        n.put("number", o.number() - 1000);
        n.put("order_number", o.number());
        n.put("presentment_currency", o.currency());
        n.put("processed_at", time(o.createdAt(), zone));
        n.put("source_name", "web");
        n.put("subtotal_price", money(o.subtotal()));
        n.set("subtotal_price_set", moneySet(o.subtotal(), o.currency()));
        n.put("tags", "");
        n.put("test", o.test());
        n.put("total_discounts", "0.00");
        n.put("total_line_items_price", money(o.subtotal()));
        n.put("total_price", money(o.total()));
        n.set("total_price_set", moneySet(o.total(), o.currency()));
        n.set("total_shipping_price_set", moneySet(o.shipping(), o.currency()));
        n.put("total_tax", money(o.tax()));
        n.put("updated_at", time(o.updatedAt(), zone));
        ArrayNode items = n.putArray("line_items");
        for (int i = 0; i < o.lines().size(); i++) {
            items.add(line(o, i));
        }
        if (o.email() != null && !o.email().isEmpty()) {
            ObjectNode c = n.putObject("customer");
            c.put("id", 100_000_000_000L + o.id() % 1_000_000_000L);
            c.put("email", o.email());
        }
        return n;
    }

    private static ObjectNode line(SandboxOrder o, int index) {
        SandboxOrder.Line l = o.lines().get(index);
        long id = o.id() * 10 + index; // stable and unique within the shop
        ObjectNode n = JSON.createObjectNode();
        n.put("id", id);
        n.put("admin_graphql_api_id", "gid://shopify/LineItem/" + id);
        int fulfillable = o.cancelledAt() != null ? 0 : l.quantity() - l.fulfilled();
        n.put("current_quantity", l.quantity());
        n.put("fulfillable_quantity", fulfillable);
        n.put("fulfillment_status", l.fulfilled() == 0 ? null : l.fulfilled() == l.quantity() ? "fulfilled" : "partial");
        n.put("gift_card", false);
        n.put("name", l.name());
        n.put("price", money(l.price()));
        n.set("price_set", moneySet(l.price(), o.currency()));
        n.put("quantity", l.quantity());
        n.put("requires_shipping", true);
        n.put("sku", l.sku());
        n.put("taxable", true);
        n.put("title", l.title());
        n.put("variant_title", l.variantTitle());
        n.put("vendor", "Sandbox");
        return n;
    }

    /** Shopify's name for the order: #1001. */
    static String name(SandboxOrder o) {
        return "#" + o.number();
    }

    /** REST's financial_status: the payment in lower case (paid, partially_refunded, ...). */
    static String financialStatus(SandboxOrder o) {
        return o.payment().name().toLowerCase(java.util.Locale.ROOT);
    }

    /** REST's fulfillment_status: null (unshipped), partial or fulfilled. */
    static String fulfillmentStatus(SandboxOrder o) {
        return switch (o.fulfilment()) {
            case UNFULFILLED -> null;
            case PARTIAL -> "partial";
            case FULFILLED -> "fulfilled";
        };
    }

    static ObjectNode shop(SandboxShop shop, String domain) {
        ObjectNode n = JSON.createObjectNode();
        n.put("id", 548380009L);
        n.put("name", shop.name());
        n.put("email", "owner@example.com");
        n.put("domain", domain);
        n.put("currency", shop.currency());
        n.put("iana_timezone", shop.zone().getId());
        n.put("timezone", "(GMT" + TIME.format(shop.now().atZone(shop.zone())).substring(19) + ") " + shop.zone().getId());
        n.put("myshopify_domain", domain);
        n.put("plan_name", "basic");
        n.put("money_format", "${{amount}}");
        return n;
    }

    static ObjectNode moneySet(BigDecimal amount, String currency) {
        ObjectNode set = JSON.createObjectNode();
        for (String side : new String[] {"shop_money", "presentment_money"}) {
            set.putObject(side).put("amount", money(amount)).put("currency_code", currency);
        }
        return set;
    }

    /** Keeps only the top-level {@code fields} (comma-separated), as Shopify's fields= does. */
    static ObjectNode select(ObjectNode node, String fields) {
        if (fields == null || fields.isBlank()) {
            return node;
        }
        Set<String> keep = Arrays.stream(fields.split(",")).map(String::trim).collect(Collectors.toSet());
        node.retain(keep);
        return node;
    }
}
