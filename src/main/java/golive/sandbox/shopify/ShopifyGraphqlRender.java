package golive.sandbox.shopify;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import golive.sandbox.SandboxOrder;
import golive.sandbox.SandboxShop;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Sandbox state as GraphQL Admin API objects (maps the schema's fields read by name): Shopify's
 * words for the shop-neutral order, times in UTC with {@code Z}, money as decimal strings. The
 * order's lines are resolved by a data fetcher from the hidden {@link #ORDER} entry. Stateless.
 */
final class ShopifyGraphqlRender {
    static final ObjectMapper JSON = new ObjectMapper();
    /** Where an order map keeps the order itself, for its {@code lineItems} connection; not in the schema. */
    static final String ORDER = "__sandboxOrder";

    private ShopifyGraphqlRender() {
    }

    /** Shopify's name for the order: #1001. */
    static String name(SandboxOrder o) {
        return "#" + o.number();
    }

    /** Shopify's error body outside GraphQL (401, 404, 5xx): {@code {"errors": "..."}}. */
    static String errors(String message) {
        ObjectNode n = JSON.createObjectNode();
        n.put("errors", message);
        return n.toString();
    }

    static String orderGid(long id) {
        return "gid://shopify/Order/" + id;
    }

    static Map<String, Object> shop(SandboxShop shop, String domain) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", "gid://shopify/Shop/548380009");
        m.put("name", shop.name());
        m.put("email", "owner@example.com");
        m.put("ianaTimezone", shop.zone().getId());
        m.put("currencyCode", shop.currency());
        m.put("myshopifyDomain", domain);
        return m;
    }

    static Map<String, Object> order(SandboxOrder o) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put(ORDER, o);
        m.put("id", orderGid(o.id()));
        m.put("legacyResourceId", Long.toString(o.id()));
        m.put("name", name(o));
        m.put("createdAt", o.createdAt().toString());
        m.put("updatedAt", o.updatedAt().toString());
        m.put("processedAt", o.createdAt().toString());
        m.put("cancelledAt", o.cancelledAt() == null ? null : o.cancelledAt().toString());
        m.put("closed", o.closedAt() != null);
        m.put("closedAt", o.closedAt() == null ? null : o.closedAt().toString());
        m.put("test", o.test());
        m.put("email", o.email() == null || o.email().isEmpty() ? null : o.email());
        m.put("currencyCode", o.currency());
        m.put("displayFulfillmentStatus", fulfillmentStatus(o));
        m.put("displayFinancialStatus", financialStatus(o));
        m.put("totalPriceSet", money(o.total(), o.currency()));
        m.put("currentTotalPriceSet", money(o.currentTotal(), o.currency()));
        m.put("subtotalPriceSet", money(o.subtotal(), o.currency()));
        m.put("totalTaxSet", money(o.tax(), o.currency()));
        m.put("totalShippingPriceSet", money(o.shipping(), o.currency()));
        m.put("shippingAddress", o.email() == null || o.email().isEmpty() ? null : address(o));
        return m;
    }

    static Map<String, Object> line(SandboxOrder o, int index) {
        SandboxOrder.Line l = o.lines().get(index);
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", "gid://shopify/LineItem/" + (o.id() * 1000 + index)); // stable and unique within the shop
        m.put("sku", l.sku() == null || l.sku().isEmpty() ? null : l.sku());
        m.put("name", l.name());
        m.put("title", l.title());
        m.put("variantTitle", l.variantTitle());
        m.put("quantity", l.quantity());
        m.put("currentQuantity", l.quantity());
        m.put("unfulfilledQuantity", o.cancelledAt() != null ? 0 : l.quantity() - l.fulfilled());
        m.put("originalUnitPriceSet", money(l.price(), o.currency()));
        return m;
    }

    /** displayFulfillmentStatus: a hold or schedule first, else what has shipped. */
    static String fulfillmentStatus(SandboxOrder o) {
        if (o.hold() == SandboxOrder.Hold.ON_HOLD) {
            return "ON_HOLD";
        }
        if (o.hold() == SandboxOrder.Hold.SCHEDULED) {
            return "SCHEDULED";
        }
        return switch (o.fulfilment()) {
            case UNFULFILLED -> "UNFULFILLED";
            case PARTIAL -> "PARTIALLY_FULFILLED";
            case FULFILLED -> "FULFILLED";
        };
    }

    /** displayFinancialStatus: the payment's own name (PAID, PARTIALLY_REFUNDED, VOIDED, ...). */
    static String financialStatus(SandboxOrder o) {
        return o.payment().name();
    }

    private static Map<String, Object> money(BigDecimal amount, String currency) {
        Map<String, Object> v = Map.of("amount", amount.setScale(2, RoundingMode.HALF_EVEN).toPlainString(), "currencyCode", currency);
        return Map.of("shopMoney", v, "presentmentMoney", v);
    }

    private static Map<String, Object> address(SandboxOrder o) {
        String local = o.email().substring(0, Math.max(0, o.email().indexOf('@')));
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("name", local.replace('.', ' '));
        m.put("address1", (o.id() % 97 + 1) + " Main St");
        m.put("address2", null);
        m.put("city", "Springfield");
        m.put("province", "New York");
        m.put("zip", "12345");
        m.put("countryCodeV2", "US");
        m.put("phone", null);
        return m;
    }
}
