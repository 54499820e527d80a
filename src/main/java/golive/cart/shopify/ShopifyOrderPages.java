package golive.cart.shopify;

import com.fasterxml.jackson.databind.JsonNode;
import golive.cart.CartException;
import golive.cart.CartOrder;
import golive.cart.ClockReading;
import golive.cart.OrderPage;
import golive.cart.OrderPages;
import golive.cart.http.CartHttp;
import golive.cart.http.CartResponse;
import golive.cart.http.Secrets;

import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.OptionalLong;

/**
 * Walks one listing by following {@code Link rel="next"} exactly as given (a page_info URL
 * carries only limit/fields; Shopify refuses filters beside it). page_info is a keyset cursor, so
 * an order modified mid-walk keeps its place. Orders are mapped one by one: one the mapping cannot
 * read is returned as unreadable, never dropped. Not thread-safe: one walker.
 */
final class ShopifyOrderPages implements OrderPages {
    private final ShopifyClient client;
    private final Clock clock;
    private final String updatedMin;
    private URI next;
    private ClockReading reading;

    ShopifyOrderPages(ShopifyClient client, Clock clock, String updatedMin, URI first) {
        this.client = client;
        this.clock = clock;
        this.updatedMin = updatedMin;
        this.next = first;
    }

    @Override
    public boolean hasNext() {
        return next != null;
    }

    @Override
    public OrderPage next() {
        if (next == null) {
            throw new NoSuchElementException("no more pages");
        }
        URI current = next;
        CartResponse response = client.get(current);
        if (reading == null) {
            reading = new ClockReading(response.cartDate().orElseThrow(() -> new CartException(
                    "the shop sent no readable Date header, so this run cannot place its cursor on the shop's clock")),
                    clock.instant());
        }
        JsonNode list = response.body() == null ? null : response.body().get("orders");
        if (list == null || !list.isArray()) {
            throw new CartException("unexpected response shape from " + Secrets.redact(current) + ": no orders list");
        }
        URI following = client.nextLink(response).orElse(null);
        if (current.equals(following)) {
            throw new CartException("the shop returned the same page link again: " + Secrets.redact(current));
        }
        List<CartOrder> orders = new ArrayList<>();
        List<OrderPage.Unreadable> unreadable = new ArrayList<>();
        for (JsonNode node : list) {
            try {
                orders.add(ShopifyWire.toCartOrder(CartHttp.json().treeToValue(node, ShopifyWire.WireOrder.class)));
            } catch (RuntimeException | com.fasterxml.jackson.core.JsonProcessingException e) {
                unreadable.add(new OrderPage.Unreadable(node.path("id").asText(null), node.path("name").asText(null),
                        updatedAt(node), "the order could not be read: " + Secrets.redact(String.valueOf(e.getMessage()))));
            }
        }
        next = following;
        return new OrderPage(orders, unreadable);
    }

    @Override
    public ClockReading clock() {
        return reading;
    }

    /** orders/count.json with the listing's bound and {@code updated_at_max}: Shopify's count is exact. */
    @Override
    public OptionalLong expectedCount(Instant through) {
        Map<String, String> params = new LinkedHashMap<>();
        params.put("status", "any");
        params.put("updated_at_min", updatedMin);
        params.put("updated_at_max", ShopifyClient.wireTime(through, false));
        return OptionalLong.of(client.get(client.api("orders/count.json", params)).as(ShopifyWire.Count.class).count());
    }

    private static Instant updatedAt(JsonNode node) {
        try {
            return ShopifyWire.instant(node.path("updated_at").asText(null));
        } catch (RuntimeException e) {
            return null;
        }
    }
}
