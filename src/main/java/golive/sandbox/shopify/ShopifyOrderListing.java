package golive.sandbox.shopify;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import golive.sandbox.SandboxOrder;
import golive.sandbox.SandboxResponse;
import golive.sandbox.SandboxShop;
import golive.sandbox.ServedPage;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * orders.json and orders/count.json: filters, newest-first order, limit, and keyset
 * {@code page_info} cursors in a {@code Link} header. Thread-safe (reads snapshots).
 */
final class ShopifyOrderListing {
    static final int DEFAULT_LIMIT = 50;
    static final int MAX_LIMIT = 250;
    /** Without read_all_orders, Shopify silently shows only this window. */
    static final Duration HISTORY_WITHOUT_ALL_ORDERS = Duration.ofDays(60);

    private final SandboxShop shop;
    private final ShopifyAccess access;
    private final Supplier<Set<Long>> unlisted;

    ShopifyOrderListing(SandboxShop shop, ShopifyAccess access, Supplier<Set<Long>> unlisted) {
        this.shop = shop;
        this.access = access;
        this.unlisted = unlisted;
    }

    /**
     * @param linkBase the orders.json URL as the client reached it, for the Link header
     * @param hook     called with the page before it is sent
     */
    SandboxResponse list(Map<String, String> params, String linkBase, Consumer<ServedPage> hook) {
        int limit = limit(params.get("limit"));
        String fields = params.get("fields");
        PageCursor cursor = null;
        Map<String, String> filters = new LinkedHashMap<>();
        if (params.containsKey("page_info")) {
            for (String name : params.keySet()) {
                if (!name.equals("limit") && !name.equals("fields") && !name.equals("page_info")) {
                    throw new OrderQuery.BadParam(name, name + " cannot be passed when page_info is present.");
                }
            }
            try {
                cursor = PageCursor.decode(params.get("page_info"));
            } catch (IllegalArgumentException e) {
                throw new OrderQuery.BadParam("page_info", "Invalid value.");
            }
            filters.putAll(cursor.filters());
        } else {
            params.forEach((k, v) -> {
                if (OrderQuery.FILTERS.contains(k)) {
                    filters.put(k, v);
                }
            });
        }
        List<SandboxOrder> all = visible(OrderQuery.parse(filters, shop.zone())).stream()
                .filter(o -> !unlisted.get().contains(o.id())).toList();
        List<SandboxOrder> page = select(all, cursor, limit);
        boolean hasNext = !page.isEmpty() && all.stream().anyMatch(cursorAt(page.get(page.size() - 1), true)::isAfter);
        boolean hasPrevious = !page.isEmpty() && all.stream().anyMatch(cursorAt(page.get(0), false)::isBefore);

        ZoneId zone = shop.zone();
        ObjectNode body = ShopifyRender.JSON.createObjectNode();
        ArrayNode orders = body.putArray("orders");
        page.forEach(o -> orders.add(ShopifyRender.select(ShopifyRender.order(o, zone), fields)));
        List<String> links = new ArrayList<>();
        if (hasPrevious) {
            links.add(link(linkBase, limit, fields, new PageCursor(false, page.get(0).id(), page.get(0).createdAt(), filters), "previous"));
        }
        if (hasNext) {
            SandboxOrder last = page.get(page.size() - 1);
            links.add(link(linkBase, limit, fields, new PageCursor(true, last.id(), last.createdAt(), filters), "next"));
        }
        SandboxResponse response = SandboxResponse.json(200, body.toString());
        if (!links.isEmpty()) {
            response = response.withHeader("Link", String.join(", ", links));
        }
        if (hook != null) {
            hook.accept(new ServedPage(page.stream().map(SandboxOrder::id).toList(), hasNext, hasPrevious));
        }
        return response;
    }

    SandboxResponse count(Map<String, String> params) {
        Map<String, String> filters = new LinkedHashMap<>(params);
        filters.keySet().retainAll(OrderQuery.FILTERS);
        long n = visible(OrderQuery.parse(filters, shop.zone())).size();
        return SandboxResponse.json(200, "{\"count\":" + n + "}");
    }

    /** Every order the token may see that matches, newest first. */
    List<SandboxOrder> visible(OrderQuery query) {
        Instant from = access.scopes().contains("read_all_orders") ? null : shop.now().minus(HISTORY_WITHOUT_ALL_ORDERS);
        return shop.orders().stream()
                .filter(o -> from == null || !o.createdAt().isBefore(from))
                .filter(query::matches)
                .toList();
    }

    private static List<SandboxOrder> select(List<SandboxOrder> all, PageCursor cursor, int limit) {
        if (cursor == null) {
            return all.stream().limit(limit).toList();
        }
        if (cursor.next()) {
            return all.stream().filter(cursor::isAfter).limit(limit).toList();
        }
        List<SandboxOrder> before = all.stream().filter(cursor::isBefore).toList();
        return before.subList(Math.max(0, before.size() - limit), before.size());
    }

    private static PageCursor cursorAt(SandboxOrder o, boolean next) {
        return new PageCursor(next, o.id(), o.createdAt(), Map.of());
    }

    private static int limit(String value) {
        if (value == null) {
            return DEFAULT_LIMIT;
        }
        try {
            int n = Integer.parseInt(value.strip());
            if (n >= 1 && n <= MAX_LIMIT) {
                return n;
            }
        } catch (NumberFormatException ignored) {
            // answered below
        }
        throw new OrderQuery.BadParam("limit", "limit must be between 1 and " + MAX_LIMIT + " (got '" + value + "')");
    }

    private static String link(String base, int limit, String fields, PageCursor cursor, String rel) {
        StringBuilder url = new StringBuilder(base).append("?limit=").append(limit);
        if (fields != null) {
            url.append("&fields=").append(URLEncoder.encode(fields, StandardCharsets.UTF_8));
        }
        url.append("&page_info=").append(cursor.encode());
        return "<" + url + ">; rel=\"" + rel + "\"";
    }
}
