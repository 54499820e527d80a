package golive.cart.shopify;

import com.fasterxml.jackson.databind.JsonNode;
import golive.cart.CartConfig;
import golive.cart.CartConnector;
import golive.cart.CartOrder;
import golive.cart.ConnectionReport;
import golive.cart.OrderPages;
import golive.cart.http.CartHttp;
import golive.cart.http.CartUrls;
import golive.cart.http.HttpSettings;
import golive.cart.http.Pacer;
import golive.domain.CartKind;

import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Shopify over the GraphQL Admin API ({@code {shop}/admin/api/{version}/graphql.json}), as a
 * merchant sets it up today: a Dev Dashboard app's client ID and secret exchanged for expiring
 * tokens, or a legacy custom app's token ({@link ShopifyAccessToken}); paced by query cost
 * ({@link ShopifyCostPacer}). Thread-safe; every method blocks on HTTP.
 */
public final class ShopifyConnector implements CartConnector {
    /** A current stable Admin API version (supported for 12 months); {@link CartConfig#apiVersion()} overrides it. */
    public static final String DEFAULT_API_VERSION = "2026-10";
    /** Orders per page of a listing (what keeps one page's query under Shopify's cost limit: {@link ShopifyQueries}). */
    public static final int PAGE_SIZE = ShopifyQueries.ORDERS_PER_PAGE;

    private final ShopifyGraphqlClient client;
    private final Clock clock;

    /**
     * The credentials are not judged here ({@link ShopifyCredentials} does that before they are saved).
     * @throws IllegalArgumentException for plain http to a remote host
     */
    public ShopifyConnector(CartConfig config, Clock clock, HttpSettings settings) {
        if (config.kind() != CartKind.SHOPIFY) {
            throw new IllegalArgumentException("not a Shopify config: " + config);
        }
        URI root = root(CartUrls.requireSecure(config.url()));
        String version = config.apiVersion() == null || config.apiVersion().isBlank()
                ? DEFAULT_API_VERSION : config.apiVersion().strip();
        CartHttp http = new CartHttp(settings, Pacer.NONE); // GraphQL is paced by query cost, in the client
        String token = config.secret(CartConfig.TOKEN);
        ShopifyAccessToken access = token != null ? ShopifyAccessToken.legacy(token)
                : ShopifyAccessToken.clientCredentials(config.secret(CartConfig.KEY), config.secret(CartConfig.SECRET), root, http, clock);
        this.client = new ShopifyGraphqlClient(root, version, access, http, settings.sleeper());
        this.clock = clock;
    }

    /** scheme://host[:port][/path] without a trailing slash or a pasted "/admin". */
    private static URI root(URI url) {
        String path = url.getRawPath() == null ? "" : url.getRawPath().replaceAll("/+$", "");
        path = path.replaceAll("(?i)/admin$", "");
        return URI.create(url.getScheme().toLowerCase(Locale.ROOT) + "://" + url.getRawAuthority() + path);
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
        return new ShopifyOrderPages(client, clock, since);
    }

    @Override
    public long countOpenCreated(Instant from, Instant to) {
        JsonNode count = client.query(ShopifyQueries.COUNT, Map.of("query", ShopifyQueries.openCreated(from, to)))
                .data().path("ordersCount");
        return count.path("count").asLong();
    }

    @Override
    public Optional<CartOrder> order(String id) {
        String trimmed = id == null ? "" : id.strip();
        if (!trimmed.matches("\\d{1,19}")) {
            throw new IllegalArgumentException("a Shopify order id is a number such as 450789469, not '" + id
                    + "' (the order name #1001 is not the id)");
        }
        JsonNode node = client.query(ShopifyQueries.ORDER, Map.of("id", ShopifyQueries.gid(trimmed))).data().get("order");
        if (node == null || node.isNull()) {
            return Optional.empty();
        }
        return Optional.of(ShopifyOrderNodes.toCartOrder(node, ShopifyOrderPages.moreLines(client, node)));
    }

    /** What the whole connector has waited for the points bucket (the benchmark reports it). */
    public java.time.Duration pacedFor() {
        return client.waited();
    }
}
