package golive.cart.magento;

import com.fasterxml.jackson.databind.JsonNode;
import golive.cart.CartOrder;
import golive.cart.ClockReading;
import golive.cart.OrderPage;
import golive.cart.OrderPages;
import golive.cart.http.CartResponse;
import golive.cart.http.Secrets;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.OptionalLong;

/**
 * Walks {@code orders} by keyset: one fixed {@code updated_at gteq} bound (UTC, no zone, as Magento
 * compares it), AND {@code entity_id gt} the last id read, sorted by {@code entity_id} ascending,
 * always the first page of that. An order modified mid-walk keeps its id, so its place; new orders
 * land at the end. {@code currentPage} is never advanced: past the end Magento repeats the last page
 * instead of answering empty, which an offset walk would read for ever. The walk ends on a short
 * page or a page with no id beyond the last one. Not thread-safe: one walker.
 */
final class MagentoOrderPages implements OrderPages {
    private static final String GROUP = "searchCriteria[filter_groups][%d][filters][0][%s]";

    private final MagentoClient client;
    private final Clock clock;
    private final Instant since;
    private long lastId;
    private boolean done;
    private ClockReading reading;

    MagentoOrderPages(MagentoClient client, Clock clock, Instant since) {
        this.client = client;
        this.clock = clock;
        this.since = since.truncatedTo(ChronoUnit.SECONDS); // gteq on whole seconds: never later than asked
    }

    /** Filter group {@code group}: {@code field condition value}. Groups are ANDed. */
    static void filter(Map<String, String> criteria, int group, String field, String condition, String value) {
        criteria.put(GROUP.formatted(group, "field"), field);
        criteria.put(GROUP.formatted(group, "value"), value);
        criteria.put(GROUP.formatted(group, "condition_type"), condition);
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
        Map<String, String> criteria = new LinkedHashMap<>();
        filter(criteria, 0, "updated_at", "gteq", MagentoOrders.UTC.format(since));
        filter(criteria, 1, "entity_id", "gt", String.valueOf(lastId));
        criteria.put("searchCriteria[sortOrders][0][field]", "entity_id");
        criteria.put("searchCriteria[sortOrders][0][direction]", "ASC");
        criteria.put("searchCriteria[currentPage]", "1");
        int size = client.pageSize();
        CartResponse r = client.searchOrders(criteria, size);
        if (reading == null) {
            reading = new ClockReading(r.cartDate().orElseThrow(() -> new golive.cart.CartException(
                    "the store sent no readable Date header, so this run cannot place its cursor on the store's clock")), clock.instant());
        }
        List<CartOrder> orders = new ArrayList<>();
        List<OrderPage.Unreadable> unreadable = new ArrayList<>();
        long before = lastId;
        JsonNode items = r.body().get("items");
        for (JsonNode o : items) {
            long id = o.path("entity_id").asLong(0);
            if (id > 0 && id <= before) {
                continue; // a repeated page: already read
            }
            lastId = Math.max(lastId, id); // an order without an id is not dropped: it comes back unreadable
            try {
                orders.add(MagentoOrders.toCartOrder(o));
            } catch (RuntimeException e) {
                unreadable.add(new OrderPage.Unreadable(MagentoOrders.id(o), MagentoOrders.text(o, "increment_id"),
                        MagentoOrders.updatedAt(o), "the order could not be read: " + Secrets.redact(String.valueOf(e.getMessage()))));
            }
        }
        done = items.size() < Math.min(size, client.pageSize()) || lastId == before;
        return new OrderPage(orders, unreadable);
    }

    @Override
    public ClockReading clock() {
        return reading;
    }

    /** {@code total_count} for the listing's bound through {@code through} ({@code lteq}, whole seconds). */
    @Override
    public OptionalLong expectedCount(Instant through) {
        Map<String, String> criteria = new LinkedHashMap<>();
        filter(criteria, 0, "updated_at", "gteq", MagentoOrders.UTC.format(since));
        filter(criteria, 1, "updated_at", "lteq", MagentoOrders.UTC.format(through.truncatedTo(ChronoUnit.SECONDS)));
        return OptionalLong.of(client.searchOrders(criteria, 1).body().get("total_count").asLong());
    }
}
