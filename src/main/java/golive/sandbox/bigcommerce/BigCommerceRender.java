package golive.sandbox.bigcommerce;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import golive.sandbox.SandboxOrder;
import golive.sandbox.SandboxShop;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.net.URI;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Sandbox orders in Orders V2's words: RFC 2822 dates in UTC, money as 4-decimal strings, the id
 * being the shop's running order number, and a {@code status_id} rendered from the order's facts —
 * cancelled (or voided) 5, refunded 4, archived 10 Completed, all shipped 2, partially refunded 14,
 * on hold 12 Manual Verification Required, partly shipped 3, unpaid 7 Awaiting Payment, a fulfilment
 * scheduled for later 9 Awaiting Shipment (BigCommerce has no scheduled state), else 11 Awaiting
 * Fulfillment. A test order is paid through the Test Payment Gateway (V2 has no test flag). Stateless.
 */
final class BigCommerceRender {
    static final ObjectMapper JSON = new ObjectMapper();
    static final DateTimeFormatter RFC_2822 =
            DateTimeFormatter.ofPattern("EEE, dd MMM yyyy HH:mm:ss Z", Locale.US).withZone(ZoneOffset.UTC);
    static final String TYPE = "https://developer.bigcommerce.com/api-docs/getting-started/api-status-codes";
    private static final Map<Integer, String> STATUS = Map.ofEntries(Map.entry(0, "Incomplete"), Map.entry(1, "Pending"),
            Map.entry(2, "Shipped"), Map.entry(3, "Partially Shipped"), Map.entry(4, "Refunded"), Map.entry(5, "Cancelled"),
            Map.entry(6, "Declined"), Map.entry(7, "Awaiting Payment"), Map.entry(8, "Awaiting Pickup"),
            Map.entry(9, "Awaiting Shipment"), Map.entry(10, "Completed"), Map.entry(11, "Awaiting Fulfillment"),
            Map.entry(12, "Manual Verification Required"), Map.entry(13, "Disputed"), Map.entry(14, "Partially Refunded"));

    private BigCommerceRender() {
    }

    static int statusId(SandboxOrder o) {
        if (o.cancelledAt() != null || o.payment() == SandboxOrder.Payment.VOIDED) {
            return 5;
        }
        if (o.payment() == SandboxOrder.Payment.REFUNDED) {
            return 4;
        }
        if (o.closedAt() != null) {
            return 10;
        }
        if (o.fulfilment() == SandboxOrder.Fulfilment.FULFILLED) {
            return 2;
        }
        if (o.payment() == SandboxOrder.Payment.PARTIALLY_REFUNDED) {
            return 14;
        }
        if (o.hold() == SandboxOrder.Hold.ON_HOLD) {
            return 12;
        }
        if (o.fulfilment() == SandboxOrder.Fulfilment.PARTIAL) {
            return 3;
        }
        if (o.payment() == SandboxOrder.Payment.PENDING) {
            return 7;
        }
        return o.hold() == SandboxOrder.Hold.SCHEDULED ? 9 : 11;
    }

    /** The gateway's error shape: {@code {"status", "title", "type", "errors"}}. */
    static String error(int status, String title) {
        ObjectNode n = JSON.createObjectNode();
        n.put("status", status);
        n.put("title", title);
        n.put("type", TYPE);
        n.putObject("errors");
        return n.toString();
    }

    static ObjectNode order(SandboxOrder o, URI v2) {
        ObjectNode n = JSON.createObjectNode();
        int status = statusId(o);
        n.put("id", o.number());
        n.put("customer_id", 0);
        n.put("date_created", date(o.createdAt()));
        n.put("date_modified", date(o.updatedAt()));
        n.put("date_shipped", o.fulfilment() == SandboxOrder.Fulfilment.FULFILLED ? date(o.updatedAt()) : "");
        n.put("status_id", status);
        n.put("status", STATUS.get(status));
        n.put("custom_status", STATUS.get(status));
        n.put("subtotal_ex_tax", money(o.subtotal()));
        n.put("subtotal_inc_tax", money(o.subtotal().add(o.tax())));
        n.put("subtotal_tax", money(o.tax()));
        n.put("shipping_cost_ex_tax", money(o.shipping()));
        n.put("shipping_cost_inc_tax", money(o.shipping()));
        n.put("total_ex_tax", money(o.subtotal().add(o.shipping())));
        n.put("total_inc_tax", money(o.total()));
        n.put("total_tax", money(o.tax()));
        n.put("items_total", o.lines().stream().mapToInt(SandboxOrder.Line::quantity).sum());
        n.put("items_shipped", o.lines().stream().mapToInt(l -> Math.min(l.fulfilled(), l.quantity())).sum());
        n.put("payment_method", o.test() ? "Test Payment Gateway" : "Credit Card");
        n.put("payment_status", payment(o.payment()));
        n.put("refunded_amount", money(o.refundedAmount()));
        n.put("is_tax_inclusive_pricing", false);
        n.put("currency_code", o.currency());
        n.put("default_currency_code", o.currency());
        n.put("discount_amount", money(BigDecimal.ZERO));
        n.put("is_deleted", false);
        ObjectNode billing = n.putObject("billing_address");
        billing.put("first_name", "Sandbox");
        billing.put("last_name", "Buyer " + o.number());
        billing.put("country_iso2", "US");
        billing.put("email", o.email() == null ? "" : o.email());
        link(n, "products", v2, "/orders/" + o.number() + "/products");
        link(n, "shipping_addresses", v2, "/orders/" + o.number() + "/shippingaddresses"); // as the real payload names it
        link(n, "coupons", v2, "/orders/" + o.number() + "/coupons");
        return n;
    }

    static ArrayNode products(SandboxOrder o) {
        ArrayNode a = JSON.createArrayNode();
        BigDecimal rate = o.subtotal().signum() == 0 ? BigDecimal.ZERO : o.tax().divide(o.subtotal(), 6, RoundingMode.HALF_EVEN);
        List<SandboxOrder.Line> lines = o.lines();
        for (int i = 0; i < lines.size(); i++) {
            SandboxOrder.Line l = lines.get(i);
            ObjectNode p = a.addObject();
            p.put("id", o.number() * 100 + i + 1);
            p.put("order_id", o.number());
            p.put("product_id", 1000 + Math.abs(l.sku() == null ? i : l.sku().hashCode() % 9000));
            p.put("name", l.name());
            p.put("sku", l.sku() == null ? "" : l.sku());
            p.put("type", "physical");
            p.put("base_price", money(l.price()));
            p.put("price_ex_tax", money(l.price()));
            p.put("price_inc_tax", money(l.price().add(l.price().multiply(rate))));
            p.put("quantity", l.quantity());
            p.put("quantity_shipped", l.fulfilled());
            p.put("quantity_refunded", 0);
            p.put("is_refunded", false);
            p.putArray("product_options");
        }
        return a;
    }

    static ArrayNode shippingAddresses(SandboxOrder o) {
        ArrayNode a = JSON.createArrayNode();
        ObjectNode s = a.addObject();
        s.put("id", o.number());
        s.put("order_id", o.number());
        s.put("first_name", "Sandbox");
        s.put("last_name", "Buyer " + o.number());
        s.put("street_1", o.number() + " Main Street");
        s.put("street_2", "");
        s.put("city", "Austin");
        s.put("state", "Texas");
        s.put("zip", "78751");
        s.put("country", "United States");
        s.put("country_iso2", "US");
        s.put("email", o.email() == null ? "" : o.email());
        s.put("items_total", o.lines().stream().mapToInt(SandboxOrder.Line::quantity).sum());
        s.put("items_shipped", o.lines().stream().mapToInt(SandboxOrder.Line::fulfilled).sum());
        s.put("shipping_method", "Flat Rate");
        return a;
    }

    static ObjectNode store(SandboxShop shop, String hash) {
        ObjectNode n = JSON.createObjectNode();
        n.put("id", hash);
        n.put("domain", hash + ".example");
        n.put("secure_url", "https://" + hash + ".example");
        n.put("control_panel_base_url", "https://store-" + hash + ".mybigcommerce.com");
        n.put("status", "live");
        n.put("name", shop.name());
        ObjectNode tz = n.putObject("timezone");
        Instant now = shop.now();
        tz.put("name", shop.zone().getId());
        tz.put("raw_offset", shop.zone().getRules().getStandardOffset(now).getTotalSeconds());
        tz.put("dst_offset", shop.zone().getRules().getOffset(now).getTotalSeconds());
        tz.put("dst_correction", shop.zone().getRules().isDaylightSavings(now));
        n.put("currency", shop.currency());
        n.put("decimal_places", 2);
        n.put("plan_name", "Standard");
        return n;
    }

    static String date(Instant t) {
        return RFC_2822.format(t);
    }

    private static String payment(SandboxOrder.Payment p) {
        return switch (p) {
            case PENDING -> "pending";
            case AUTHORIZED -> "authorized";
            case PAID -> "captured";
            case PARTIALLY_REFUNDED -> "partially refunded";
            case REFUNDED -> "refunded";
            case VOIDED -> "void";
        };
    }

    private static String money(BigDecimal amount) {
        return amount.setScale(4, RoundingMode.HALF_EVEN).toPlainString();
    }

    private static void link(ObjectNode order, String field, URI v2, String resource) {
        ObjectNode l = order.putObject(field);
        l.put("url", v2.toString().replaceAll("/+$", "") + resource);
        l.put("resource", resource);
    }
}
