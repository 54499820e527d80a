package golive.sandbox.prestashop;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import golive.sandbox.SandboxOrder;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Iterator;
import java.util.Map;

/**
 * The shop-neutral order in PrestaShop's words and shape (cart-apis/prestashop §5): {@code id} the
 * only JSON number, every other value a string, money with 6 decimals, times in the shop's zone
 * without one, {@code 0000-00-00 00:00:00} for unset, lines under {@code associations.order_rows};
 * PrestaShop's error bodies in JSON and XML, and any answer as XML when JSON was not asked for.
 * Stateless.
 */
final class PrestaShopRender {
    static final ObjectMapper JSON = new ObjectMapper();
    private static final DateTimeFormatter WALL = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");
    private static final String UNSET = "0000-00-00 00:00:00";

    private PrestaShopRender() {
    }

    /** 9 upper-case letters from the id, as PrestaShop's references look ("XKBKNABJK"); distinct ids, distinct references. */
    static String reference(long id) {
        long v = Math.floorMod(id * 1_640_531_527L + 12_345L, 5_429_503_678_976L); // 26^9
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < 9; i++) {
            sb.append((char) ('A' + v % 26));
            v /= 26;
        }
        return sb.toString();
    }

    static ObjectNode order(SandboxOrder o, int state, String reference, ZoneId zone) {
        ObjectNode n = JSON.createObjectNode();
        n.put("id", o.number());
        n.put("id_address_delivery", String.valueOf(o.number()));
        n.put("id_address_invoice", String.valueOf(o.number()));
        n.put("id_cart", String.valueOf(o.number()));
        n.put("id_currency", "1");
        n.put("id_lang", "1");
        n.put("id_customer", String.valueOf(Math.abs((o.email() == null ? "" : o.email()).hashCode() % 10_000)));
        n.put("id_carrier", "2");
        n.put("current_state", String.valueOf(state));
        n.put("module", "ps_wirepayment");
        n.put("invoice_number", "0");
        n.put("invoice_date", UNSET);
        n.put("delivery_number", "0");
        n.put("delivery_date", UNSET);
        n.put("valid", o.payment() == SandboxOrder.Payment.PENDING || o.payment() == SandboxOrder.Payment.AUTHORIZED ? "0" : "1");
        n.put("date_add", WALL.format(o.createdAt().atZone(zone)));
        n.put("date_upd", WALL.format(o.updatedAt().atZone(zone)));
        n.put("shipping_number", "");
        n.put("id_shop_group", "1");
        n.put("id_shop", "1");
        n.put("payment", "Bank transfer");
        n.put("total_discounts", money(BigDecimal.ZERO));
        n.put("total_paid", money(o.currentTotal()));
        n.put("total_paid_tax_incl", money(o.currentTotal()));
        n.put("total_paid_tax_excl", money(o.currentTotal().subtract(o.tax())));
        n.put("total_paid_real", money(o.currentTotal()));
        n.put("total_products", money(o.subtotal()));
        n.put("total_shipping", money(o.shipping()));
        n.put("total_shipping_tax_incl", money(o.shipping()));
        n.put("conversion_rate", "1.000000");
        n.put("reference", reference);
        ArrayNode rows = n.putObject("associations").putArray("order_rows");
        int row = 1;
        for (SandboxOrder.Line l : o.lines()) {
            ObjectNode r = rows.addObject();
            r.put("id", String.valueOf(o.number() * 100 + row++));
            r.put("product_id", String.valueOf(Math.abs((l.sku() == null ? l.title() : l.sku()).hashCode() % 1000)));
            r.put("product_attribute_id", "0");
            r.put("product_quantity", String.valueOf(l.quantity()));
            r.put("product_name", l.name());
            r.put("product_reference", l.sku() == null ? "" : l.sku());
            r.put("product_price", money(l.price()));
            r.put("unit_price_tax_incl", money(l.price()));
            r.put("unit_price_tax_excl", money(l.price()));
        }
        return n;
    }

    static String money(BigDecimal amount) {
        return amount.setScale(6, RoundingMode.HALF_EVEN).toPlainString();
    }

    /** {@code {"errors":[{"code":…,"message":…}]}} as {@code WebserviceOutputJSON::renderErrors} writes it. */
    static String errorsJson(Map<Integer, String> errors) {
        ObjectNode n = JSON.createObjectNode();
        ArrayNode list = n.putArray("errors");
        errors.forEach((code, message) -> list.addObject().put("code", code).put("message", message));
        return n.toString();
    }

    /** The same errors as {@code WebserviceOutputXML} writes them, the text in CDATA. */
    static String errorsXml(Map<Integer, String> errors) {
        StringBuilder sb = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<prestashop xmlns:xlink=\"http://www.w3.org/1999/xlink\">\n<errors>\n");
        errors.forEach((code, message) -> sb.append("<error>\n<code><![CDATA[").append(code).append("]]></code>\n<message><![CDATA[")
                .append(message).append("]]></message>\n</error>\n"));
        return sb.append("</errors>\n</prestashop>\n").toString();
    }

    /** A JSON answer as PrestaShop's XML: each field an element, its text in CDATA. */
    static String xml(JsonNode body) {
        StringBuilder sb = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<prestashop xmlns:xlink=\"http://www.w3.org/1999/xlink\">");
        if (body.isObject()) {
            body.fields().forEachRemaining(e -> element(sb, e.getKey(), e.getValue()));
        }
        return sb.append("</prestashop>\n").toString();
    }

    private static void element(StringBuilder sb, String name, JsonNode v) {
        sb.append('<').append(name).append('>');
        if (v.isObject()) {
            Iterator<Map.Entry<String, JsonNode>> it = v.fields();
            while (it.hasNext()) {
                Map.Entry<String, JsonNode> e = it.next();
                element(sb, e.getKey(), e.getValue());
            }
        } else if (v.isArray()) {
            String item = name.endsWith("ies") ? name.substring(0, name.length() - 3) + "y"
                    : name.endsWith("s") ? name.substring(0, name.length() - 1) : name;
            v.forEach(x -> element(sb, item, x));
        } else {
            sb.append("<![CDATA[").append(v.asText()).append("]]>");
        }
        sb.append("</").append(name).append('>');
    }
}
