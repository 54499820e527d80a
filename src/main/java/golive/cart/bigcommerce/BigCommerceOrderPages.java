package golive.cart.bigcommerce;

import com.fasterxml.jackson.databind.JsonNode;
import golive.cart.CartException;
import golive.cart.CartOrder;
import golive.cart.ClockReading;
import golive.cart.OrderPage;
import golive.cart.OrderPages;
import golive.cart.http.CartResponse;
import golive.cart.http.Secrets;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.OptionalLong;
import java.util.TreeMap;

/**
 * Walks {@code /v2/orders} under one fixed filter by keyset over ids ({@code sort=id:asc}, the next
 * page from {@code min_id} = the last id + 1), never by page number: an order changed mid-walk keeps
 * its place and a new one lands at the end, so none is skipped. No status filter ({@code status_id}
 * takes one value); eligibility is the engine's. The walk ends at a short page or at BigCommerce's
 * 204 No Content (an empty body, never parsed). Each order that is not excluded has its lines read
 * from {@code /orders/{id}/products}: a page costs 1 + one call per such order. An order the mapping
 * cannot read comes back unreadable, never dropped. Not thread-safe: one walker.
 */
final class BigCommerceOrderPages implements OrderPages {
    private final BigCommerceClient client;
    private final Clock clock;
    private final Map<String, String> filter;
    private final int pageSize;
    private final boolean withLines;
    private long minId;
    private boolean done;
    private ClockReading reading;

    /**
     * @param filter    the fixed bounds ({@code min_date_modified}, or {@code min_date_created} and {@code max_date_created})
     * @param withLines whether orders that are not excluded have their lines read (a count needs none)
     */
    BigCommerceOrderPages(BigCommerceClient client, Clock clock, Map<String, String> filter, int pageSize, boolean withLines) {
        this.client = client;
        this.clock = clock;
        this.filter = new TreeMap<>(filter); // a stable query, read in tests and logs
        this.pageSize = pageSize;
        this.withLines = withLines;
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
        Map<String, String> params = new LinkedHashMap<>(filter);
        params.put("sort", "id:asc");
        params.put("limit", Integer.toString(pageSize));
        if (minId > 0) {
            params.put("min_id", Long.toString(minId));
        }
        CartResponse response = client.get("orders", params, 204);
        if (reading == null) {
            reading = new ClockReading(response.cartDate().orElseThrow(() -> new CartException(
                    "the store sent no readable Date header, so this run cannot place its cursor on the store's clock")),
                    clock.instant());
        }
        if (response.status() == 204 || response.body() == null) {
            done = true;
            return new OrderPage(List.of());
        }
        if (!response.body().isArray()) {
            throw new CartException("unexpected answer from " + client.root().getHost() + ": the orders are not a list");
        }
        List<CartOrder> orders = new ArrayList<>();
        List<OrderPage.Unreadable> unreadable = new ArrayList<>();
        long last = minId - 1;
        for (JsonNode node : response.body()) {
            String id = BigCommerceOrders.id(node);
            if (id != null) {
                last = Math.max(last, Long.parseLong(id));
            }
            List<JsonNode> products = withLines && readable(node) ? products(client, id) : List.of(); // a failed read fails the page
            try {
                orders.add(BigCommerceOrders.toCartOrder(node, products));
            } catch (RuntimeException e) {
                unreadable.add(new OrderPage.Unreadable(id, id, BigCommerceOrders.updatedAt(node),
                        "the order could not be read: " + Secrets.redact(String.valueOf(e.getMessage()))));
            }
        }
        if (response.body().size() < pageSize) {
            done = true;
        } else if (last < minId) {
            throw new CartException("the store returned no order id past " + minId + "; the listing cannot go on");
        } else {
            minId = last + 1;
        }
        return new OrderPage(orders, unreadable);
    }

    /** An order whose lines are worth a call: it has an id and a state the engine may import. */
    private static boolean readable(JsonNode node) {
        try {
            return BigCommerceOrders.id(node) != null && !BigCommerceOrders.lifecycle(node).excluded();
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    /** The order's {@code /products}, in order (empty when it has none). */
    static List<JsonNode> products(BigCommerceClient client, String id) {
        CartResponse r = client.get("orders/" + id + "/products", Map.of(), 204);
        List<JsonNode> out = new ArrayList<>();
        if (r.body() != null && r.body().isArray()) {
            r.body().forEach(out::add);
        }
        return out;
    }

    @Override
    public ClockReading clock() {
        return reading;
    }

    /**
     * BigCommerce's {@code /v2/orders/count} counts by status and documents no date filter, so no
     * exact count of the orders modified in a window is offered: empty.
     */
    @Override
    public OptionalLong expectedCount(Instant through) {
        return OptionalLong.empty();
    }
}
