package golive.cart.shopify;

import golive.cart.CartConfig;
import golive.cart.CartConnector;
import golive.cart.CartOrder;
import golive.cart.ConnectionReport;
import golive.cart.OrderPages;
import golive.cart.http.CartResponse;
import golive.cart.http.CartUrls;
import golive.cart.http.HttpSettings;
import golive.cart.http.Secrets;
import golive.domain.CartKind;

import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Shopify over the Admin REST API ({@code {shop}/admin/api/{version}/}), authenticated with
 * {@code X-Shopify-Access-Token}, paced from {@code X-Shopify-Shop-Api-Call-Limit}.
 * Thread-safe; every method blocks on HTTP.
 */
public final class ShopifyConnector implements CartConnector {
    /** A current stable Admin API version; {@link CartConfig#apiVersion()} overrides it. */
    public static final String DEFAULT_API_VERSION = "2025-07";
    static final int PAGE_SIZE = 250;

    private final ShopifyClient client;
    private final Clock clock;

    /**
     * @throws IllegalArgumentException for plain http to a remote host or a missing token
     */
    public ShopifyConnector(CartConfig config, Clock clock, HttpSettings settings) {
        if (config.kind() != CartKind.SHOPIFY) {
            throw new IllegalArgumentException("not a Shopify config: " + config);
        }
        URI url = CartUrls.requireSecure(config.url());
        String token = config.secret(CartConfig.TOKEN);
        if (token == null || token.isBlank()) {
            throw new IllegalArgumentException("Shopify needs the Admin API access token (--token)");
        }
        Secrets.register(token);
        String version = config.apiVersion() == null || config.apiVersion().isBlank()
                ? DEFAULT_API_VERSION : config.apiVersion().strip();
        this.client = new ShopifyClient(root(url), version, token, settings);
        this.clock = clock;
    }

    /** scheme://host[:port][/path] without a trailing slash or a pasted "/admin". */
    private static URI root(URI url) {
        String path = url.getRawPath() == null ? "" : url.getRawPath().replaceAll("/+$", "");
        path = path.replaceAll("(?i)/admin$", "");
        return URI.create(url.getScheme().toLowerCase(java.util.Locale.ROOT) + "://" + url.getRawAuthority() + path);
    }

    /** The API version this connector asks for. */
    public String apiVersion() {
        return client.version();
    }

    @Override
    public ConnectionReport test() {
        return new ShopifyConnectionCheck(client, clock).run();
    }

    @Override
    public OrderPages updatedSince(Instant since) {
        Map<String, String> params = new LinkedHashMap<>();
        params.put("status", "any"); // the default is open only: cancelled and closed orders would vanish
        String updatedMin = ShopifyClient.wireTime(since, false);
        params.put("updated_at_min", updatedMin);
        params.put("limit", Integer.toString(PAGE_SIZE));
        return new ShopifyOrderPages(client, clock, updatedMin, client.api("orders.json", params));
    }

    @Override
    public long countOpenCreated(Instant from, Instant to) {
        Map<String, String> params = new LinkedHashMap<>();
        params.put("status", "open");
        params.put("fulfillment_status", "unfulfilled");
        // timestamps are whole seconds: created >= from  <=>  created >= ceil(from)
        if (from != null) {
            params.put("created_at_min", ShopifyClient.wireTime(from, true));
        }
        // created_at_max is inclusive; ours is exclusive: created < to  <=>  created <= ceil(to) - 1 s
        if (to != null) {
            params.put("created_at_max", ShopifyClient.wireTime(ceilSecond(to).minusSeconds(1), false));
        }
        return client.get(client.api("orders/count.json", params)).as(ShopifyWire.Count.class).count();
    }

    @Override
    public Optional<CartOrder> order(String id) {
        String trimmed = id == null ? "" : id.strip();
        if (!trimmed.matches("\\d{1,19}")) {
            throw new IllegalArgumentException("a Shopify order id is a number such as 450789469, not '" + id
                    + "' (the order name #1001 is not the id)");
        }
        CartResponse response = client.get(client.api("orders/" + trimmed + ".json", Map.of()), 404);
        if (response.status() == 404) {
            return Optional.empty();
        }
        return Optional.of(ShopifyWire.toCartOrder(response.as(ShopifyWire.OrderEnvelope.class).order()));
    }

    private static Instant ceilSecond(Instant t) {
        Instant whole = t.truncatedTo(java.time.temporal.ChronoUnit.SECONDS);
        return whole.isBefore(t) ? whole.plusSeconds(1) : whole;
    }
}
