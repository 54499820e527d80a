package golive.sandbox.woocommerce;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import golive.sandbox.SandboxOrder;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/**
 * The shop-neutral order in WooCommerce's words and shape (cart-apis/woocommerce §5): id and
 * {@code number} (a string), {@code status} from the facts (there is no fulfilment status: shipped
 * is {@code completed}), site-local times beside {@code *_gmt} ones, both without a zone, totals as
 * 2-decimal strings and a line's {@code price} as a JSON number. The id is the shop's running
 * number, as WooCommerce's small post ids are. Stateless.
 */
final class WooRender {
    static final ObjectMapper JSON = new ObjectMapper();
    private static final DateTimeFormatter WALL = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss");

    private WooRender() {
    }

    static String status(SandboxOrder o) {
        if (o.cancelledAt() != null) {
            return "cancelled";
        }
        if (o.payment() == SandboxOrder.Payment.REFUNDED || o.payment() == SandboxOrder.Payment.VOIDED) {
            return "refunded";
        }
        if (o.fulfilment() == SandboxOrder.Fulfilment.FULFILLED || o.closedAt() != null) {
            return "completed";
        }
        if (o.payment() == SandboxOrder.Payment.PENDING) {
            return "pending";
        }
        return o.hold() == SandboxOrder.Hold.NONE ? "processing" : "on-hold";
    }

    static ObjectNode order(SandboxOrder o, ZoneId zone) {
        ObjectNode n = JSON.createObjectNode();
        n.put("id", o.number());
        n.put("parent_id", 0);
        n.put("number", String.valueOf(o.number()));
        n.put("order_key", "wc_order_" + Long.toHexString(o.id()));
        n.put("created_via", "checkout");
        n.put("status", status(o));
        n.put("currency", o.currency());
        times(n, "date_created", o.createdAt(), zone);
        times(n, "date_modified", o.updatedAt(), zone);
        n.put("discount_total", "0.00");
        n.put("shipping_total", money(o.shipping()));
        n.put("total", money(o.currentTotal()));
        n.put("total_tax", money(o.tax()));
        n.put("prices_include_tax", false);
        n.put("customer_id", 0);
        ObjectNode billing = address(n.putObject("billing"));
        billing.put("email", o.email() == null ? "" : o.email());
        billing.put("phone", "");
        address(n.putObject("shipping"));
        n.put("payment_method", "bacs");
        n.put("payment_method_title", "Direct bank transfer");
        boolean paid = o.payment() != SandboxOrder.Payment.PENDING && o.payment() != SandboxOrder.Payment.AUTHORIZED;
        times(n, "date_paid", paid ? o.createdAt() : null, zone);
        times(n, "date_completed", "completed".equals(status(o)) ? o.updatedAt() : null, zone);
        ArrayNode lines = n.putArray("line_items");
        int lineId = 1;
        for (SandboxOrder.Line l : o.lines()) {
            ObjectNode li = lines.addObject();
            li.put("id", o.number() * 100 + lineId++);
            li.put("name", l.name());
            li.put("product_id", Math.abs((l.sku() == null ? l.title() : l.sku()).hashCode() % 1000));
            li.put("variation_id", 0);
            li.put("quantity", l.quantity());
            li.put("tax_class", "");
            BigDecimal line = l.price().multiply(BigDecimal.valueOf(l.quantity()));
            li.put("subtotal", money(line));
            li.put("total", money(line));
            li.put("sku", l.sku() == null ? "" : l.sku());
            li.put("price", l.price()); // a JSON number, unlike every other amount
        }
        n.putArray("shipping_lines");
        n.putArray("refunds");
        return n;
    }

    /** {@code name} in the site's zone and {@code name_gmt} in UTC, both as wall time without a zone; null when unset. */
    private static void times(ObjectNode n, String name, Instant at, ZoneId zone) {
        if (at == null) {
            n.putNull(name);
            n.putNull(name + "_gmt");
            return;
        }
        n.put(name, WALL.format(at.atZone(zone)));
        n.put(name + "_gmt", WALL.format(at.atOffset(ZoneOffset.UTC)));
    }

    private static ObjectNode address(ObjectNode a) {
        for (String f : new String[] {"first_name", "last_name", "company", "address_1", "address_2", "city", "state", "postcode", "country"}) {
            a.put(f, "");
        }
        return a;
    }

    static String money(BigDecimal amount) {
        return amount.setScale(2, RoundingMode.HALF_EVEN).toPlainString();
    }

    /** WooCommerce's error body: {@code {"code", "message", "data": {"status"}}}. */
    static String error(String code, String message, int status) {
        ObjectNode n = JSON.createObjectNode();
        n.put("code", code);
        n.put("message", message);
        n.putObject("data").put("status", status);
        return n.toString();
    }

    /** The 400 WordPress gives for a parameter out of its schema, with the parameter named. */
    static String invalidParam(String param, String code, String message) {
        ObjectNode n = JSON.createObjectNode();
        n.put("code", "rest_invalid_param");
        n.put("message", "Invalid parameter(s): " + param);
        ObjectNode data = n.putObject("data");
        data.put("status", 400);
        data.putObject("params").put(param, message);
        ObjectNode detail = data.putObject("details").putObject(param);
        detail.put("code", code);
        detail.put("message", message);
        detail.putNull("data");
        return n.toString();
    }
}
