package golive.cart.shopify;

import com.fasterxml.jackson.databind.JsonNode;
import golive.cart.CartOrder;
import golive.cart.Lifecycle;
import golive.domain.Money;
import golive.domain.OrderLine;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * GraphQL order nodes onto {@link CartOrder}. The id is the numeric {@code legacyResourceId}, as
 * Shopify's order export and the orders already in a store hold it ({@code gid://} is only the
 * API's). Eligibility stays the engine's, from the lifecycle {@link ShopifyStatuses} gives. Lines
 * are the order as it stands now ({@code currentQuantity}): removed or refunded-away lines are not
 * sent to the warehouse. Stateless.
 */
final class ShopifyOrderNodes {
    private ShopifyOrderNodes() {
    }

    /** A connection's nodes, from {@code nodes} or {@code edges[].node} (whichever the query chose); null when it has neither. */
    static List<JsonNode> nodes(JsonNode connection) {
        JsonNode list = connection.get("nodes");
        if (list != null && list.isArray()) {
            List<JsonNode> out = new ArrayList<>();
            list.forEach(out::add);
            return out;
        }
        JsonNode edges = connection.get("edges");
        if (edges == null || !edges.isArray()) {
            return null;
        }
        List<JsonNode> out = new ArrayList<>();
        edges.forEach(e -> out.add(e.path("node")));
        return out;
    }

    /** The numeric id of a node: legacyResourceId, else the tail of its gid; null when it has neither. */
    static String id(JsonNode node) {
        String legacy = node.path("legacyResourceId").asText(null);
        if (legacy != null) {
            return legacy;
        }
        String gid = node.path("id").asText("");
        int slash = gid.lastIndexOf('/');
        return slash < 0 ? null : gid.substring(slash + 1);
    }

    /**
     * @param moreLines line nodes beyond the first line-item page, in order (empty when there were none)
     * @throws IllegalArgumentException when the node lacks what an order needs
     */
    static CartOrder toCartOrder(JsonNode node, List<JsonNode> moreLines) {
        String id = id(node);
        JsonNode price = node.path("currentTotalPriceSet").path("shopMoney");
        if (price.isMissingNode() || price.isNull()) {
            price = node.path("totalPriceSet").path("shopMoney");
        }
        String created = text(node, "createdAt");
        String updated = text(node, "updatedAt");
        String amount = price.path("amount").asText(null);
        String currency = price.path("currencyCode").asText(node.path("currencyCode").asText(null));
        if (id == null || created == null || updated == null || amount == null || currency == null) {
            throw new IllegalArgumentException("the order has no " + (id == null ? "id" : created == null ? "createdAt"
                    : updated == null ? "updatedAt" : amount == null ? "total" : "currency"));
        }
        String financial = text(node, "displayFinancialStatus");
        String fulfilment = text(node, "displayFulfillmentStatus");
        boolean cancelled = text(node, "cancelledAt") != null;
        boolean closed = node.path("closed").asBoolean(false);
        boolean test = node.path("test").asBoolean(false);
        Lifecycle lifecycle = ShopifyStatuses.lifecycle(financial, fulfilment, cancelled, closed, test);
        List<JsonNode> lineNodes = new ArrayList<>();
        List<JsonNode> first = nodes(node.path("lineItems"));
        if (first != null) {
            lineNodes.addAll(first);
        }
        lineNodes.addAll(moreLines);
        return new CartOrder(id, text(node, "name"), instant(created), instant(updated), new Money(new BigDecimal(amount), currency),
                text(node, "email"), lifecycle, cartStatus(financial, fulfilment, cancelled, closed, test), lines(lineNodes));
    }

    /** Shopify's own words, for people: "paid, partially fulfilled, closed". */
    private static String cartStatus(String financial, String fulfilment, boolean cancelled, boolean closed, boolean test) {
        return (financial == null ? "" : words(financial) + ", ") + (fulfilment == null ? "unfulfilled" : words(fulfilment))
                + (cancelled ? ", cancelled" : closed ? ", closed" : "") + (test ? ", test" : "");
    }

    private static List<OrderLine> lines(List<JsonNode> nodes) {
        List<OrderLine> out = new ArrayList<>();
        for (JsonNode l : nodes) {
            BigDecimal quantity = l.path("currentQuantity").isNumber() ? l.get("currentQuantity").decimalValue()
                    : l.path("quantity").isNumber() ? l.get("quantity").decimalValue() : null;
            if (quantity != null && quantity.signum() == 0) {
                continue;
            }
            String unit = l.path("originalUnitPriceSet").path("shopMoney").path("amount").asText(null);
            out.add(new OrderLine(text(l, "sku"), text(l, "name"), quantity, unit == null ? null : new BigDecimal(unit)));
        }
        return out;
    }

    private static String words(String enumValue) {
        return enumValue.toLowerCase(Locale.ROOT).replace('_', ' ');
    }

    private static String text(JsonNode node, String field) {
        JsonNode v = node.get(field);
        return v == null || v.isNull() || v.asText().isBlank() ? null : v.asText();
    }

    static Instant instant(String iso) {
        return OffsetDateTime.parse(iso).toInstant();
    }
}
