package golive.cart.prestashop;

import golive.cart.CartConfig;
import golive.cart.CartOrder;
import golive.cart.OrderPages;
import golive.cart.http.CartHttp;
import golive.cart.http.HttpSettings;
import golive.cart.http.Pacer;
import golive.cart.http.RetryPolicy;
import golive.cart.http.Sleeper;
import golive.domain.CartKind;
import golive.sandbox.SandboxClock;
import golive.sandbox.SandboxShop;
import golive.sandbox.prestashop.PrestaShopSandbox;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

/** A started PrestaShop sandbox on a frozen shop clock, and connectors whose sleeping moves that clock. */
final class PrestaShopRig implements AutoCloseable {
    static final Instant NOW = Instant.parse("2025-03-10T15:00:00Z");

    final SandboxClock shopClock = SandboxClock.frozenAt(NOW);
    final SandboxShop shop = new SandboxShop(shopClock);
    final PrestaShopSandbox sandbox = new PrestaShopSandbox(shop).start();
    final List<Duration> sleeps = new CopyOnWriteArrayList<>();
    final Sleeper sleeper = d -> {
        sleeps.add(d);
        shopClock.advance(d);
    };

    HttpSettings settings() {
        return HttpSettings.defaults().withRetry(new RetryPolicy(4, Duration.ofMillis(1), Duration.ofMillis(8), Duration.ofSeconds(180)))
                .withSleeper(sleeper).withTimeouts(Duration.ofSeconds(2), Duration.ofSeconds(2));
    }

    PrestaShopConnector connector() {
        return connector(sandbox.credentials().get("key"), 3);
    }

    PrestaShopConnector connector(String key, int pageSize) {
        return new PrestaShopConnector(new CartConfig(CartKind.PRESTASHOP, sandbox.baseUrl(), Map.of(CartConfig.KEY, key), null),
                shopClock, settings(), pageSize);
    }

    PrestaShopClient client() {
        return new PrestaShopClient(sandbox.baseUrl(), sandbox.credentials().get("key"), new CartHttp(settings(), Pacer.NONE));
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
