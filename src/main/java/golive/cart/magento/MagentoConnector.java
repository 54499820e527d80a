package golive.cart.magento;

import golive.cart.CartConfig;
import golive.cart.CartConnector;
import golive.cart.CartException;
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
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Magento 2 / Adobe Commerce over the REST API of the default store view ({@code {store}/rest/V1/})
 * with an integration's access token, as a Bearer token or OAuth 1.0a-signed ({@link MagentoAuth}).
 * Magento sets no rate limit on admin REST; a host's or proxy's 429/503 pages go through the
 * transport's retry. Thread-safe; every method blocks on HTTP.
 */
public final class MagentoConnector implements CartConnector {
    private final MagentoClient client;
    private final Clock clock;

    /** @throws IllegalArgumentException for plain http to a remote host, or without an access token */
    public MagentoConnector(CartConfig config, Clock clock, HttpSettings settings) {
        if (config.kind() != CartKind.MAGENTO) {
            throw new IllegalArgumentException("not a Magento config: " + config);
        }
        this.client = new MagentoClient(MagentoCredentials.site(CartUrls.requireSecure(config.url())), MagentoAuth.of(config, clock),
                new CartHttp(settings, Pacer.NONE));
        this.clock = clock;
    }

    @Override
    public ConnectionReport test() {
        return new MagentoConnectionCheck(client, clock).run();
    }

    @Override
    public OrderPages updatedSince(Instant since) {
        return new MagentoOrderPages(client, clock, since);
    }

    /** {@code total_count} of orders in state new or processing created in [from, to). */
    @Override
    public long countOpenCreated(Instant from, Instant to) {
        Map<String, String> criteria = new LinkedHashMap<>();
        int group = 0;
        MagentoOrderPages.filter(criteria, group++, "state", "in", MagentoOrders.OPEN_STATES);
        if (from != null) {
            MagentoOrderPages.filter(criteria, group++, "created_at", "gteq", MagentoOrders.UTC.format(wholeSecondUp(from)));
        }
        if (to != null) {
            MagentoOrderPages.filter(criteria, group, "created_at", "lt", MagentoOrders.UTC.format(wholeSecondUp(to)));
        }
        return client.searchOrders(criteria, 1).body().get("total_count").asLong();
    }

    /** Order times are whole seconds, so [from, to) holds the same orders as [⌈from⌉, ⌈to⌉). */
    private static Instant wholeSecondUp(Instant t) {
        Instant down = t.truncatedTo(ChronoUnit.SECONDS);
        return down.equals(t) ? t : down.plusSeconds(1);
    }

    @Override
    public Optional<CartOrder> order(String id) {
        String trimmed = id == null ? "" : id.strip();
        if (!trimmed.matches("\\d{1,19}")) {
            throw new IllegalArgumentException("a Magento order id is its entity_id, a number such as 3 (not the order number"
                    + " 000000003), not '" + id + "'");
        }
        CartResponse r = client.get("orders/" + trimmed, Map.of(), 404);
        if (r.status() == 404 || r.body() == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(MagentoOrders.toCartOrder(r.body()));
        } catch (IllegalArgumentException e) {
            throw new CartException("order " + trimmed + " could not be read: " + e.getMessage());
        }
    }
}
