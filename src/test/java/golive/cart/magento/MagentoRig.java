package golive.cart.magento;

import golive.cart.CartConfig;
import golive.cart.CartOrder;
import golive.cart.OrderPages;
import golive.cart.http.HttpSettings;
import golive.cart.http.RetryPolicy;
import golive.cart.http.Sleeper;
import golive.domain.CartKind;
import golive.sandbox.SandboxClock;
import golive.sandbox.SandboxShop;
import golive.sandbox.magento.MagentoIntegrations;
import golive.sandbox.magento.MagentoSandbox;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A started Magento sandbox on a frozen store clock, and connectors to it whose sleeping moves that
 * clock instead of waiting (so Retry-After passes at once and is recorded).
 */
final class MagentoRig implements AutoCloseable {
    static final Instant NOW = Instant.parse("2025-03-10T15:00:00Z");

    final SandboxClock storeClock = SandboxClock.frozenAt(NOW);
    final SandboxShop shop = new SandboxShop(storeClock);
    final MagentoSandbox sandbox = new MagentoSandbox(shop).start();
    final List<Duration> sleeps = new CopyOnWriteArrayList<>();
    final Sleeper sleeper = d -> {
        sleeps.add(d);
        storeClock.advance(d);
    };

    /** The current integration's access token as a Bearer token. */
    MagentoConnector connector() {
        return connector(Map.of(CartConfig.TOKEN, sandbox.integrations().current().accessToken()));
    }

    /** All four values of {@code i}: OAuth 1.0a signing. */
    MagentoConnector oauth(MagentoIntegrations.Integration i) {
        return connector(Map.of(CartConfig.KEY, i.consumerKey(), CartConfig.SECRET, i.consumerSecret(),
                CartConfig.TOKEN, i.accessToken(), CartConfig.TOKEN_SECRET, i.tokenSecret()));
    }

    MagentoConnector connector(Map<String, String> secrets) {
        return connector(secrets, storeClock);
    }

    MagentoConnector connector(Map<String, String> secrets, Clock local) {
        CartConfig config = new CartConfig(CartKind.MAGENTO, sandbox.baseUrl(), secrets, null);
        HttpSettings settings = HttpSettings.defaults().withRetry(
                new RetryPolicy(4, Duration.ofMillis(1), Duration.ofMillis(8), Duration.ofSeconds(120))).withSleeper(sleeper)
                .withTimeouts(Duration.ofSeconds(2), Duration.ofSeconds(2));
        return new MagentoConnector(config, local, settings);
    }

    /** The orders searches the sandbox received, their queries decoded. */
    List<String> orderSearches() {
        return sandbox.requestLog().stream().filter(l -> l.contains("/rest/V1/orders?"))
                .map(l -> java.net.URLDecoder.decode(l, java.nio.charset.StandardCharsets.UTF_8)).toList();
    }

    static List<CartOrder> drain(OrderPages pages) {
        List<CartOrder> all = new ArrayList<>();
        while (pages.hasNext()) {
            all.addAll(pages.next().orders());
        }
        return all;
    }

    @Override
    public void close() {
        sandbox.stop();
    }
}
