package golive.cart.woocommerce;

import com.fasterxml.jackson.databind.JsonNode;
import golive.cart.CartException;
import golive.cart.CartOrder;
import golive.cart.ClockReading;
import golive.cart.OrderPage;
import golive.cart.OrderPages;
import golive.cart.http.CartResponse;
import golive.cart.http.Secrets;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.OptionalLong;

/**
 * Walks {@code orders?modified_after=…&orderby=id&order=asc} page by page. Paging by offset is safe
 * here only because the order is by id over one fixed lower bound: an order modified between pages
 * keeps its place, and new orders land at the end. (Over {@code orderby=modified} it would move to
 * the end, every later order would shift up one place and the one at the page boundary would be
 * skipped for good.) The bound is strict in WooCommerce, so it is sent a second early, as UTC wall
 * time with {@code dates_are_gmt=true} (without it WooCommerce reads it in the site's zone). The walk
 * ends at {@code X-WP-TotalPages} or an empty page. Not thread-safe: one walker.
 */
final class WooOrderPages implements OrderPages {
    static final int PER_PAGE = 100;
    static final DateTimeFormatter GMT = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss").withZone(ZoneOffset.UTC);

    private final WooClient client;
    private final Clock clock;
    private final Instant since;
    private int page = 1;
    private boolean done;
    private ClockReading reading;

    WooOrderPages(WooClient client, Clock clock, Instant since) {
        this.client = client;
        this.clock = clock;
        this.since = since;
    }

    /** WooCommerce's bounds are strict and whole seconds: the second before {@code at}. */
    static String after(Instant at) {
        return GMT.format(at.truncatedTo(ChronoUnit.SECONDS).minusSeconds(1));
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
        Map<String, String> params = bound();
        params.put("orderby", "id");
        params.put("order", "asc");
        params.put("per_page", String.valueOf(PER_PAGE));
        params.put("page", String.valueOf(page));
        CartResponse r = client.get("orders", params);
        if (reading == null) {
            reading = new ClockReading(r.cartDate().orElseThrow(() -> new CartException(
                    "the site sent no readable Date header, so this run cannot place its cursor on the site's clock")), clock.instant());
        }
        JsonNode list = r.body();
        if (list == null || !list.isArray()) {
            throw new CartException("unexpected answer from " + client.site().getHost() + ": no list of orders");
        }
        List<CartOrder> orders = new ArrayList<>();
        List<OrderPage.Unreadable> unreadable = new ArrayList<>();
        for (JsonNode o : list) {
            try {
                orders.add(WooOrders.toCartOrder(o));
            } catch (RuntimeException e) {
                unreadable.add(new OrderPage.Unreadable(WooOrders.id(o), o.path("number").asText(null), WooOrders.modifiedAt(o),
                        "the order could not be read: " + Secrets.redact(String.valueOf(e.getMessage()))));
            }
        }
        int totalPages = r.header("X-WP-TotalPages").map(String::strip).filter(v -> v.matches("\\d+")).map(Integer::parseInt).orElse(-1);
        done = list.isEmpty() || (totalPages >= 0 && page >= totalPages);
        page++;
        return new OrderPage(orders, unreadable);
    }

    private Map<String, String> bound() {
        Map<String, String> params = new LinkedHashMap<>();
        params.put("modified_after", after(since));
        params.put("dates_are_gmt", "true");
        return params;
    }

    @Override
    public ClockReading clock() {
        return reading;
    }

    /** {@code X-WP-Total} for the listing's bound through {@code through} (both strict, so a second wider each way). */
    @Override
    public OptionalLong expectedCount(Instant through) {
        Map<String, String> params = bound();
        params.put("modified_before", GMT.format(through.truncatedTo(ChronoUnit.SECONDS).plus(Duration.ofSeconds(1))));
        params.put("per_page", "1");
        params.put("_fields", "id");
        CartResponse r = client.get("orders", params);
        return r.header("X-WP-Total").map(String::strip).filter(v -> v.matches("\\d+"))
                .map(v -> OptionalLong.of(Long.parseLong(v))).orElse(OptionalLong.empty());
    }
}
