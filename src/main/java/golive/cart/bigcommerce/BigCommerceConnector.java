package golive.cart.bigcommerce;

import golive.cart.CartConfig;
import golive.cart.CartConnector;
import golive.cart.CartOrder;
import golive.cart.ConnectionReport;
import golive.cart.OrderPage;
import golive.cart.OrderPages;
import golive.cart.http.CartHttp;
import golive.cart.http.CartResponse;
import golive.cart.http.CartUrls;
import golive.cart.http.HttpSettings;
import golive.domain.CartKind;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * BigCommerce over the Orders V2 REST API ({@code https://api.bigcommerce.com/stores/{hash}/v2/},
 * derived from the API Path the merchant copies), authenticated by a store-level API account's
 * {@code X-Auth-Token}, paced by the store's window quota ({@link BigCommerceRateLimit}). Thread-safe;
 * every method blocks on HTTP.
 */
public final class BigCommerceConnector implements CartConnector {
    /** V2's largest page. */
    public static final int PAGE_SIZE = 250;

    private final BigCommerceClient client;
    private final BigCommerceRateLimit pacer;
    private final Clock clock;
    private final int pageSize;

    /** @throws IllegalArgumentException when the URL is not an API Path or is plain http to a remote host, or the token is missing */
    public BigCommerceConnector(CartConfig config, Clock clock, HttpSettings settings) {
        this(config, clock, settings, PAGE_SIZE);
    }

    /** With smaller pages, so a test walks several without hundreds of orders. */
    BigCommerceConnector(CartConfig config, Clock clock, HttpSettings settings, int pageSize) {
        if (config.kind() != CartKind.BIGCOMMERCE) {
            throw new IllegalArgumentException("not a BigCommerce config: " + config);
        }
        if (config.secret(CartConfig.TOKEN) == null || config.secret(CartConfig.TOKEN).isBlank()) {
            throw new IllegalArgumentException("a BigCommerce connection needs the API account's access token (--token)");
        }
        this.pacer = new BigCommerceRateLimit(settings.retry());
        this.client = new BigCommerceClient(BigCommerceApiPath.v2(CartUrls.requireSecure(config.url())),
                config.secret(CartConfig.TOKEN), new CartHttp(settings, pacer));
        this.clock = clock;
        this.pageSize = pageSize;
    }

    @Override
    public ConnectionReport test() {
        return new BigCommerceConnectionCheck(client, clock).run();
    }

    @Override
    public OrderPages updatedSince(Instant since) {
        return new BigCommerceOrderPages(client, clock, Map.of("min_date_modified", BigCommerceDates.atOrAfter(since)),
                pageSize, true);
    }

    /** Listed by creation date with no lines (nothing else is needed to count), the open states counted here. */
    @Override
    public long countOpenCreated(Instant from, Instant to) {
        Map<String, String> filter = new LinkedHashMap<>();
        if (from != null) {
            filter.put("min_date_created", BigCommerceDates.atOrAfter(from));
        }
        if (to != null) {
            filter.put("max_date_created", BigCommerceDates.upTo(to)); // inclusive there; [from, to) is kept below
        }
        long open = 0;
        try (OrderPages pages = new BigCommerceOrderPages(client, clock, filter, pageSize, false)) {
            while (pages.hasNext()) {
                OrderPage page = pages.next();
                open += page.orders().stream()
                        .filter(o -> !o.lifecycle().excluded() && (to == null || o.createdAt().isBefore(to))
                                && (from == null || !o.createdAt().isBefore(from)))
                        .count();
            }
        }
        return open;
    }

    @Override
    public Optional<CartOrder> order(String id) {
        String trimmed = id == null ? "" : id.strip();
        if (!trimmed.matches("\\d{1,18}")) {
            throw new IllegalArgumentException("a BigCommerce order id is the order number, digits such as 100, not '" + id + "'");
        }
        CartResponse r = client.get("orders/" + trimmed, Map.of(), 404, 204);
        if (r.status() == 404 || r.status() == 204 || r.body() == null || !r.body().isObject()) {
            return Optional.empty();
        }
        boolean excluded = BigCommerceOrders.lifecycle(r.body()).excluded();
        return Optional.of(BigCommerceOrders.toCartOrder(r.body(),
                excluded ? List.of() : BigCommerceOrderPages.products(client, trimmed)));
    }

    /** What the quota has made this connector wait in all. */
    public Duration pacedFor() {
        return pacer.waited();
    }
}
