package golive.sandbox.magento;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import golive.sandbox.SandboxOrder;
import golive.sandbox.SandboxShop;

import java.math.BigDecimal;
import java.net.URI;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import java.util.Set;

/**
 * The shop-neutral order in Magento's words and shape (cart-apis/magento §5): {@code entity_id} is
 * the shop's running number and {@code increment_id} that number as 9 digits ("000001001");
 * {@code state}/{@code status} from the facts; times in UTC without a zone; money as JSON numbers
 * (165, 19.99). A line with a variant is a configurable product: a parent row with the price and a
 * child row ({@code parent_item_id}, price 0) that Magento never marks shipped. Shipped but not
 * invoiced (not paid) stays {@code processing}. Stateless.
 */
final class MagentoRender {
    static final ObjectMapper JSON = JsonMapper.builder().enable(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN).build();
    static final DateTimeFormatter UTC = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss").withZone(ZoneOffset.UTC);

    private MagentoRender() {
    }

    static String incrementId(SandboxOrder o) {
        return "%09d".formatted(o.number());
    }

    static String state(SandboxOrder o) {
        boolean paid = o.payment() == SandboxOrder.Payment.PAID || o.payment() == SandboxOrder.Payment.PARTIALLY_REFUNDED;
        if (o.cancelledAt() != null) {
            return "canceled";
        }
        if (o.payment() == SandboxOrder.Payment.REFUNDED || o.payment() == SandboxOrder.Payment.VOIDED) {
            return "closed";
        }
        if (o.hold() != SandboxOrder.Hold.NONE) {
            return "holded";
        }
        if (paid && (o.fulfilment() == SandboxOrder.Fulfilment.FULFILLED || o.closedAt() != null)) {
            return "complete";
        }
        if (o.payment() == SandboxOrder.Payment.PENDING) {
            return o.fulfilment() == SandboxOrder.Fulfilment.UNFULFILLED ? "pending_payment" : "processing";
        }
        return o.payment() == SandboxOrder.Payment.AUTHORIZED && o.fulfilment() == SandboxOrder.Fulfilment.UNFULFILLED ? "new" : "processing";
    }

    /** The default status label of each state. */
    static String status(SandboxOrder o) {
        return Map.of("new", "pending", "holded", "holded", "canceled", "canceled", "closed", "closed", "complete", "complete",
                "pending_payment", "pending_payment", "processing", "processing").get(state(o));
    }

    /** The fields the order search filters and sorts on. */
    static final Set<String> FIELDS = Set.of("entity_id", "increment_id", "state", "status", "customer_email", "created_at", "updated_at");

    /** A field of {@link #FIELDS} as rendered. */
    static Comparable<?> field(SandboxOrder o, String name) {
        return switch (name) {
            case "entity_id" -> o.number();
            case "increment_id" -> incrementId(o);
            case "state" -> state(o);
            case "status" -> status(o);
            case "customer_email" -> o.email() == null ? "" : o.email();
            case "created_at" -> UTC.format(o.createdAt());
            case "updated_at" -> UTC.format(o.updatedAt());
            default -> throw new IllegalArgumentException("no column " + name);
        };
    }

    static ObjectNode order(SandboxOrder o, String baseCurrency) {
        ObjectNode n = JSON.createObjectNode();
        boolean paid = o.payment() == SandboxOrder.Payment.PAID || o.payment() == SandboxOrder.Payment.PARTIALLY_REFUNDED
                || o.payment() == SandboxOrder.Payment.REFUNDED;
        n.put("base_currency_code", baseCurrency);
        n.put("base_grand_total", money(o.total()));
        n.put("created_at", UTC.format(o.createdAt()));
        n.put("customer_email", o.email());
        n.put("customer_is_guest", 1);
        n.putNull("customer_firstname");
        n.put("discount_amount", 0);
        n.put("entity_id", o.number());
        n.put("grand_total", money(o.total()));
        n.put("increment_id", incrementId(o));
        n.put("order_currency_code", o.currency());
        n.put("shipping_amount", money(o.shipping()));
        n.put("state", state(o));
        n.put("status", status(o));
        n.put("subtotal", money(o.subtotal()));
        n.put("tax_amount", money(o.tax()));
        n.put("total_due", money(paid ? BigDecimal.ZERO : o.total()));
        if (paid) {
            n.put("total_paid", money(o.total()));
        }
        if (o.refundedAmount().signum() > 0) {
            n.put("total_refunded", money(o.refundedAmount()));
        }
        n.put("total_qty_ordered", o.lines().stream().mapToInt(SandboxOrder.Line::quantity).sum());
        n.put("updated_at", UTC.format(o.updatedAt()));
        ArrayNode items = n.putArray("items");
        long itemId = o.number() * 100;
        for (SandboxOrder.Line l : o.lines()) {
            long parent = ++itemId;
            ObjectNode i = item(items, o, parent, l.sku(), l.title(), l);
            i.put("product_type", l.variantTitle() == null ? "simple" : "configurable");
            i.put("price", money(l.price()));
            i.put("row_total", money(l.price().multiply(BigDecimal.valueOf(l.quantity()))));
            i.put("qty_shipped", l.fulfilled());
            if (l.variantTitle() != null) {
                ObjectNode child = item(items, o, ++itemId, l.sku(), l.name(), l);
                child.put("product_type", "simple");
                child.put("parent_item_id", parent);
                child.put("price", 0);
                child.put("row_total", 0);
                child.put("qty_shipped", 0); // the shipment is recorded on the parent row
            }
        }
        n.put("total_item_count", items.size());
        return n;
    }

    private static ObjectNode item(ArrayNode items, SandboxOrder o, long itemId, String sku, String name, SandboxOrder.Line l) {
        ObjectNode i = items.addObject();
        i.put("item_id", itemId);
        i.put("order_id", o.number());
        i.put("sku", sku);
        i.put("name", name);
        i.put("qty_ordered", l.quantity());
        return i;
    }

    /** {@code GET /V1/store/storeConfigs}: the default store view. */
    static String storeConfigs(SandboxShop shop, URI base) {
        ArrayNode list = JSON.createArrayNode();
        ObjectNode s = list.addObject();
        String url = base + "/";
        s.put("id", 1);
        s.put("code", "default");
        s.put("website_id", 1);
        s.put("locale", "en_US");
        s.put("base_currency_code", shop.currency());
        s.put("default_display_currency_code", shop.currency());
        s.put("timezone", shop.zone().getId());
        s.put("weight_unit", "lbs");
        for (String f : new String[] {"base_url", "base_link_url", "secure_base_url", "secure_base_link_url"}) {
            s.put(f, url);
        }
        s.put("base_media_url", url + "media/");
        s.put("secure_base_media_url", url + "media/");
        return list.toString();
    }

    /** Magento's error body: a message with %placeholders and their parameters. */
    static String error(String message, Map<String, Object> parameters) {
        ObjectNode n = JSON.createObjectNode();
        n.put("message", message);
        if (!parameters.isEmpty()) {
            ObjectNode p = n.putObject("parameters");
            parameters.forEach((k, v) -> {
                if (v instanceof Number num) {
                    p.put(k, num.longValue());
                } else {
                    p.put(k, String.valueOf(v));
                }
            });
        }
        return n.toString();
    }

    /** 165.00 as 165, 19.90 as 19.9: the way PHP's floats come out of json_encode. */
    private static BigDecimal money(BigDecimal amount) {
        BigDecimal s = amount.stripTrailingZeros();
        return s.scale() < 0 ? s.setScale(0) : s;
    }
}
