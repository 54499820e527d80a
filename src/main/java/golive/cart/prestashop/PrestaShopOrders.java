package golive.cart.prestashop;

import com.fasterxml.jackson.databind.JsonNode;
import golive.cart.CartException;
import golive.cart.CartOrder;
import golive.cart.http.Secrets;
import golive.domain.Money;
import golive.domain.OrderLine;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

/**
 * PrestaShop order JSON onto {@link CartOrder}: the id (the only JSON number, and the key) and
 * {@code reference} as the number people see — not unique (one checkout split across carriers makes
 * several orders with the same reference), so nothing keys on it; {@code date_add} and
 * {@code date_upd} in the shop's zone; the total {@code total_paid_tax_incl} and the lines
 * ({@code associations.order_rows}) from 6-decimal strings; the state from the shop's own
 * {@link PrestaShopStates}. {@code display=full} carries no e-mail (that is {@code /api/customers}),
 * so the e-mail is left empty. Stateless.
 */
final class PrestaShopOrders {
    private static final Logger LOG = LoggerFactory.getLogger(PrestaShopOrders.class);

    private PrestaShopOrders() {
    }

    /** @throws IllegalArgumentException when the order lacks what an order needs, or its state is not the shop's */
    static CartOrder toCartOrder(JsonNode o, PrestaShopShop shop) {
        String id = id(o);
        String created = text(o, "date_add");
        String updated = text(o, "date_upd");
        String total = text(o, "total_paid_tax_incl");
        String currencyId = text(o, "id_currency");
        if (id == null || created == null || updated == null || total == null || currencyId == null) {
            throw new IllegalArgumentException("the order has no " + (id == null ? "id" : created == null ? "date_add"
                    : updated == null ? "date_upd" : total == null ? "total_paid_tax_incl" : "id_currency"));
        }
        PrestaShopStates.State state = shop.states().state(text(o, "current_state"));
        ZoneId zone = shop.zone();
        String reference = text(o, "reference");
        return new CartOrder(id, reference == null ? id : reference, PrestaShopDates.parse(created, zone),
                PrestaShopDates.parse(updated, zone), new Money(new BigDecimal(total), shop.currency(currencyId)), null,
                state.lifecycle(), state.name(), lines(o.path("associations").path("order_rows")));
    }

    private static List<OrderLine> lines(JsonNode rows) {
        List<OrderLine> out = new ArrayList<>();
        for (JsonNode r : rows) {
            String quantity = text(r, "product_quantity");
            String price = text(r, "unit_price_tax_incl");
            BigDecimal q = quantity == null ? null : new BigDecimal(quantity);
            if (q != null && q.signum() == 0) {
                continue;
            }
            out.add(new OrderLine(text(r, "product_reference"), text(r, "product_name"), q, price == null ? null : new BigDecimal(price)));
        }
        return out;
    }

    /** The id of an order JSON (a number), or null. */
    static String id(JsonNode o) {
        JsonNode id = o.get("id");
        return id == null || !id.canConvertToLong() && !id.asText().matches("\\d{1,19}") ? null : id.asText();
    }

    /** {@code date_upd} in the shop's zone, or null (for an unreadable order). */
    static Instant updatedAt(JsonNode o, ZoneId zone) {
        try {
            return PrestaShopDates.parse(text(o, "date_upd"), zone);
        } catch (RuntimeException e) {
            return null;
        }
    }

    /**
     * The list under {@code resource} ("orders"); an empty result is {@code {"orders":[]}} or, in
     * older versions, a bare {@code []}. PHP warnings PrestaShop puts in {@code errors} beside good
     * data on a 200 are logged and the data kept.
     *
     * @throws CartException when the answer is neither
     */
    static JsonNode list(JsonNode body, String resource) {
        if (body != null && body.isArray() && body.isEmpty()) {
            return body;
        }
        JsonNode list = body == null ? null : body.get(resource);
        if (list == null || !list.isArray()) {
            throw new CartException("unexpected answer from the shop: no list of " + resource);
        }
        JsonNode errors = body.get("errors");
        if (errors != null && errors.isArray() && !errors.isEmpty()) {
            LOG.warn("the shop sent warnings beside its {}: {}", resource, Secrets.redact(errors.toString()));
        }
        return list;
    }

    /** A text field, or a multi-language one ({@code [{"id":"1","value":"…"}]}: its first value). */
    static String language(JsonNode v) {
        if (v == null || v.isNull()) {
            return null;
        }
        if (v.isArray()) {
            return v.isEmpty() ? null : language(v.get(0).has("value") ? v.get(0).get("value") : v.get(0));
        }
        return v.asText().isBlank() ? null : v.asText();
    }

    private static String text(JsonNode node, String field) {
        JsonNode v = node.get(field);
        return v == null || v.isNull() || v.asText().isBlank() ? null : v.asText().strip();
    }
}
