package golive.cart.shopify;

import com.fasterxml.jackson.databind.JsonNode;
import golive.cart.CartException;
import golive.cart.CartOrder;
import golive.cart.ClockReading;
import golive.cart.OrderPage;
import golive.cart.OrderPages;
import golive.cart.http.Secrets;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.OptionalLong;

/**
 * Walks one {@code orders} listing by its keyset cursor, sorted by {@code UPDATED_AT} over one fixed
 * lower bound: an order changed mid-walk moves ahead of the cursor and is read again, never skipped.
 * An order with more lines than the first line-item page has the rest read by its own line cursor,
 * so no line is dropped. An order the mapping cannot read comes back as unreadable, never dropped.
 * Not thread-safe: one walker.
 */
final class ShopifyOrderPages implements OrderPages {
    private final ShopifyGraphqlClient client;
    private final Clock clock;
    private final Instant since;
    private final String query;
    private String after;
    private boolean done;
    private ClockReading reading;

    ShopifyOrderPages(ShopifyGraphqlClient client, Clock clock, Instant since) {
        this.client = client;
        this.clock = clock;
        this.since = since;
        this.query = ShopifyQueries.updatedSince(since);
    }

    @Override
    public boolean hasNext() {
        return !done;
    }

    @Override
    public OrderPage next() {
        if (done) {
            throw new NoSuchElementException("no more pages");
        }
        Map<String, Object> variables = new HashMap<>();
        variables.put("first", ShopifyQueries.ORDERS_PER_PAGE);
        variables.put("after", after);
        variables.put("query", query);
        ShopifyGraphqlClient.Answer answer = client.query(ShopifyQueries.ORDERS, variables);
        if (reading == null) {
            reading = new ClockReading(answer.response().cartDate().orElseThrow(() -> new CartException(
                    "the shop sent no readable Date header, so this run cannot place its cursor on the shop's clock")),
                    clock.instant());
        }
        JsonNode connection = answer.data().path("orders");
        List<JsonNode> nodes = ShopifyOrderNodes.nodes(connection);
        if (nodes == null) {
            throw new CartException("unexpected answer from " + client.root().getHost() + ": no orders list");
        }
        List<CartOrder> orders = new ArrayList<>();
        List<OrderPage.Unreadable> unreadable = new ArrayList<>();
        for (JsonNode node : nodes) {
            List<JsonNode> more = moreLines(client, node); // a failing read of them fails the page, like any page read
            try {
                orders.add(ShopifyOrderNodes.toCartOrder(node, more));
            } catch (RuntimeException e) {
                unreadable.add(new OrderPage.Unreadable(ShopifyOrderNodes.id(node), node.path("name").asText(null),
                        updatedAt(node), "the order could not be read: " + Secrets.redact(String.valueOf(e.getMessage()))));
            }
        }
        JsonNode pageInfo = connection.path("pageInfo");
        String end = pageInfo.path("endCursor").asText(null);
        if (pageInfo.path("hasNextPage").asBoolean(false)) {
            if (end == null || end.equals(after)) {
                throw new CartException("the shop returned the same page cursor again; the listing cannot go on");
            }
            after = end;
        } else {
            done = true;
        }
        return new OrderPage(orders, unreadable);
    }

    @Override
    public ClockReading clock() {
        return reading;
    }

    /** {@code ordersCount} for the listing's bound through {@code through}; only an EXACT count proves a read complete. */
    @Override
    public OptionalLong expectedCount(Instant through) {
        JsonNode count = client.query(ShopifyQueries.COUNT, Map.of("query", ShopifyQueries.updatedThrough(since, through)))
                .data().path("ordersCount");
        if (!"EXACT".equals(count.path("precision").asText()) || !count.path("count").canConvertToLong()) {
            return OptionalLong.empty();
        }
        return OptionalLong.of(count.get("count").asLong());
    }

    /** The line nodes of {@code order} beyond its first line-item page, read by the order's line cursor. */
    static List<JsonNode> moreLines(ShopifyGraphqlClient client, JsonNode order) {
        JsonNode pageInfo = order.path("lineItems").path("pageInfo");
        String id = ShopifyOrderNodes.id(order);
        List<JsonNode> more = new ArrayList<>();
        String cursor = pageInfo.path("endCursor").asText(null);
        boolean hasNext = pageInfo.path("hasNextPage").asBoolean(false);
        while (hasNext && id != null) {
            Map<String, Object> variables = new HashMap<>();
            variables.put("id", ShopifyQueries.gid(id));
            variables.put("after", cursor);
            JsonNode lines = client.query(ShopifyQueries.ORDER_LINES, variables).data().path("order").path("lineItems");
            List<JsonNode> page = ShopifyOrderNodes.nodes(lines);
            if (page != null) {
                more.addAll(page);
            }
            String next = lines.path("pageInfo").path("endCursor").asText(null);
            hasNext = lines.path("pageInfo").path("hasNextPage").asBoolean(false) && next != null && !next.equals(cursor);
            cursor = next;
        }
        return more;
    }

    private static Instant updatedAt(JsonNode node) {
        try {
            return ShopifyOrderNodes.instant(node.path("updatedAt").asText(null));
        } catch (RuntimeException e) {
            return null;
        }
    }
}
