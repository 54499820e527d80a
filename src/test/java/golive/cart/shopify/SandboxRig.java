package golive.cart.shopify;

import golive.cart.CartConfig;
import golive.cart.CartConnectors;
import golive.cart.CartOrder;
import golive.cart.OrderPages;
import golive.cart.http.HttpSettings;
import golive.cart.http.RetryPolicy;
import golive.cart.http.Sleeper;
import golive.domain.CartKind;
import golive.sandbox.SandboxClock;
import golive.sandbox.SandboxShop;
import golive.sandbox.shopify.ShopifySandbox;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A started Shopify sandbox on a frozen shop clock, and connectors to it whose sleeping moves
 * that clock instead of waiting — so the leaky bucket leaks and Retry-After passes instantly
 * (which is why Retry-After is honoured in full here).
 */
final class SandboxRig implements AutoCloseable {
    static final Instant NOW = Instant.parse("2025-03-10T15:00:00Z");
    static final String TOKEN = "shpat_rig0a1b2c3d4e5f60718293a4b5c6d7";

    final SandboxClock shopClock = SandboxClock.frozenAt(NOW);
    final SandboxShop shop = new SandboxShop(shopClock);
    final ShopifySandbox sandbox = new ShopifySandbox(shop).start();

    {
        sandbox.access().token(TOKEN);
    }
    final List<Duration> sleeps = new CopyOnWriteArrayList<>();
    final Sleeper sleeper = d -> {
        sleeps.add(d);
        shopClock.advance(d);
    };

    ShopifyConnector connector() {
        return connector(Clock.fixed(NOW, ZoneOffset.UTC), null, 4);
    }

    ShopifyConnector connector(Clock local, String apiVersion, int attempts) {
        CartConfig config = new CartConfig(CartKind.SHOPIFY, sandbox.baseUrl(), Map.of(CartConfig.TOKEN, TOKEN), apiVersion);
        HttpSettings settings = HttpSettings.defaults().withRetry(
                new RetryPolicy(attempts, Duration.ofMillis(1), Duration.ofMillis(8), Duration.ofSeconds(60))).withSleeper(sleeper)
                .withTimeouts(Duration.ofSeconds(2), Duration.ofSeconds(2));
        return (ShopifyConnector) CartConnectors.open(config, local, settings);
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
