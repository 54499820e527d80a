package golive.cart.woocommerce;

import golive.cart.CartConfig;
import golive.cart.CartOrder;
import golive.cart.OrderPages;
import golive.cart.http.HttpSettings;
import golive.cart.http.RetryPolicy;
import golive.cart.http.Sleeper;
import golive.domain.CartKind;
import golive.sandbox.SandboxClock;
import golive.sandbox.SandboxShop;
import golive.sandbox.woocommerce.WooKeys;
import golive.sandbox.woocommerce.WooSandbox;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A started WooCommerce sandbox on a frozen site clock, and connectors to it whose sleeping moves
 * that clock instead of waiting (so Retry-After passes at once and is recorded).
 */
final class WooRig implements AutoCloseable {
    static final Instant NOW = Instant.parse("2025-03-10T15:00:00Z");

    final SandboxClock siteClock = SandboxClock.frozenAt(NOW);
    final SandboxShop shop = new SandboxShop(siteClock);
    final WooSandbox sandbox = new WooSandbox(shop).start();
    final List<Duration> sleeps = new CopyOnWriteArrayList<>();
    final Sleeper sleeper = d -> {
        sleeps.add(d);
        siteClock.advance(d);
    };

    /** Over plain http: OAuth 1.0a, as WooCommerce insists there; this computer's clock keeps the site's time. */
    WooConnector connector() {
        return connector(sandbox.keys().current(), WooAuth.Mode.OAUTH, siteClock);
    }

    WooConnector connector(WooKeys.Key key, WooAuth.Mode mode, Clock local) {
        return connector(key.consumerKey(), key.consumerSecret(), mode, local);
    }

    WooConnector connector(String key, String secret, WooAuth.Mode mode, Clock local) {
        CartConfig config = new CartConfig(CartKind.WOOCOMMERCE, sandbox.baseUrl(), Map.of(CartConfig.KEY, key, CartConfig.SECRET, secret), null);
        HttpSettings settings = HttpSettings.defaults().withRetry(
                new RetryPolicy(4, Duration.ofMillis(1), Duration.ofMillis(8), Duration.ofSeconds(120))).withSleeper(sleeper)
                .withTimeouts(Duration.ofSeconds(2), Duration.ofSeconds(2));
        return new WooConnector(config, local, settings, mode);
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
