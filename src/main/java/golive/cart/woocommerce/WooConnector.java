package golive.cart.woocommerce;

import golive.cart.CartConfig;
import golive.cart.CartConnector;
import golive.cart.CartOrder;
import golive.cart.ConnectionReport;
import golive.cart.OrderPages;
import golive.cart.http.CartHttp;
import golive.cart.http.CartResponse;
import golive.cart.http.CartUrls;
import golive.cart.http.HttpSettings;
import golive.cart.http.Pacer;
import golive.domain.CartKind;

import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * WooCommerce over the REST API v3 ({@code {site}/wp-json/wc/v3/}) with a REST API key's consumer
 * key and secret ({@link WooAuth}). WooCommerce itself sets no rate limit; a host's or firewall's
 * 429/503 pages go through the transport's retry. Thread-safe; every method blocks on HTTP.
 */
public final class WooConnector implements CartConnector {
    private final WooClient client;
    private final Clock clock;

    /** @throws IllegalArgumentException for plain http to a remote host */
    public WooConnector(CartConfig config, Clock clock, HttpSettings settings) {
        this(config, clock, settings, WooAuth.forScheme(config.url().getScheme()));
    }

    /** With the authentication chosen: tests use Basic against a sandbox that plays a site behind a TLS proxy. */
    WooConnector(CartConfig config, Clock clock, HttpSettings settings, WooAuth.Mode mode) {
        if (config.kind() != CartKind.WOOCOMMERCE) {
            throw new IllegalArgumentException("not a WooCommerce config: " + config);
        }
        WooAuth auth = new WooAuth(config.secret(CartConfig.KEY), config.secret(CartConfig.SECRET), clock, mode);
        this.client = new WooClient(WooCredentials.site(CartUrls.requireSecure(config.url())), auth, new CartHttp(settings, Pacer.NONE));
        this.clock = clock;
    }

    @Override
    public ConnectionReport test() {
        return new WooConnectionCheck(client, clock).run();
    }

    @Override
    public OrderPages updatedSince(Instant since) {
        return new WooOrderPages(client, clock, since);
    }

    /** {@code X-WP-Total} of processing and on-hold orders created in [from, to) ({@code after} and {@code before} are strict). */
    @Override
    public long countOpenCreated(Instant from, Instant to) {
        Map<String, String> params = new LinkedHashMap<>();
        params.put("status", WooOrders.OPEN_STATUSES);
        params.put("dates_are_gmt", "true");
        if (from != null) {
            params.put("after", WooOrderPages.after(from));
        }
        if (to != null) {
            params.put("before", WooOrderPages.GMT.format(to.truncatedTo(java.time.temporal.ChronoUnit.SECONDS)));
        }
        params.put("per_page", "1");
        params.put("_fields", "id");
        CartResponse r = client.get("orders", params);
        return r.header("X-WP-Total").map(String::strip).filter(v -> v.matches("\\d+")).map(Long::parseLong)
                .orElseThrow(() -> new golive.cart.CartException("the site sent no X-WP-Total header for the order count"));
    }

    @Override
    public Optional<CartOrder> order(String id) {
        String trimmed = id == null ? "" : id.strip();
        if (!trimmed.matches("\\d{1,19}")) {
            throw new IllegalArgumentException("a WooCommerce order id is a number such as 727, not '" + id + "'");
        }
        CartResponse r = client.get("orders/" + trimmed, Map.of(), 404);
        return r.status() == 404 || r.body() == null ? Optional.empty() : Optional.of(WooOrders.toCartOrder(r.body()));
    }
}
