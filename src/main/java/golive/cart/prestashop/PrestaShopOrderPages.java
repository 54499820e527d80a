package golive.cart.prestashop;

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

/**
 * Walks {@code /api/orders} under one fixed filter by keyset over ids ({@code sort=[id_ASC]}, the
 * next page from {@code filter[id]=>[last id]}), never by offset: an order changed mid-walk keeps
 * its place and a new one lands at the end. Date filters need {@code date=1} (without it PrestaShop
 * says "This filter does not exist"). No state filter: eligibility is the engine's. The walk ends at
 * a short page or an empty list ({@code {"orders":[]}} or the older bare {@code []}). An order the
 * mapping cannot read comes back unreadable, never dropped. Not thread-safe: one walker.
 */
final class PrestaShopOrderPages implements OrderPages {
    private final PrestaShopClient client;
    private final Clock clock;
    private final PrestaShopShop shop;
    private final Map<String, String> filter;
    private final String display;
    private final int pageSize;
    private long lastId;
    private boolean done;
    private ClockReading reading;

    /**
     * @param filter  the fixed bound ({@code filter[date_upd]} or {@code filter[date_add]}, shop-local)
     * @param display {@code full}, or the fields a count needs
     */
    PrestaShopOrderPages(PrestaShopClient client, Clock clock, PrestaShopShop shop, Map<String, String> filter, String display, int pageSize) {
        this.client = client;
        this.clock = clock;
        this.shop = shop;
        this.filter = Map.copyOf(filter);
        this.display = display;
        this.pageSize = pageSize;
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
        Map<String, String> params = new LinkedHashMap<>();
        params.put("display", display);
        params.put("date", "1");
        new java.util.TreeMap<>(filter).forEach(params::put); // a stable query, read in tests and logs
        if (lastId > 0) {
            params.put("filter[id]", ">[" + lastId + "]");
        }
        params.put("sort", "[id_ASC]");
        params.put("limit", Integer.toString(pageSize));
        CartResponse response = client.get("orders", params);
        if (reading == null) {
            reading = new ClockReading(response.cartDate().orElseThrow(() -> new CartException(
                    "the shop sent no readable Date header, so this run cannot place its cursor on the shop's clock")), clock.instant());
        }
        JsonNode list = PrestaShopOrders.list(response.body(), "orders");
        List<CartOrder> orders = new ArrayList<>();
        List<OrderPage.Unreadable> unreadable = new ArrayList<>();
        long last = lastId;
        for (JsonNode node : list) {
            String id = PrestaShopOrders.id(node);
            if (id != null) {
                last = Math.max(last, Long.parseLong(id));
            }
            try {
                orders.add(PrestaShopOrders.toCartOrder(node, shop));
            } catch (IllegalArgumentException | java.time.DateTimeException e) {
                unreadable.add(new OrderPage.Unreadable(id, node.path("reference").asText(id), PrestaShopOrders.updatedAt(node, shop.zone()),
                        "the order could not be read: " + Secrets.redact(String.valueOf(e.getMessage()))));
            }
        }
        if (list.size() < pageSize) {
            done = true;
        } else if (last <= lastId) {
            throw new CartException("the shop returned no order id past " + lastId + "; the listing cannot go on");
        } else {
            lastId = last;
        }
        return new OrderPage(orders, unreadable);
    }

    @Override
    public ClockReading clock() {
        return reading;
    }

    /** The Webservice documents no count (no totals, no headers): empty. */
    @Override
    public OptionalLong expectedCount(Instant through) {
        return OptionalLong.empty();
    }
}
