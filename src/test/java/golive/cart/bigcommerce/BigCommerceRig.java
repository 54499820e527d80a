package golive.cart.bigcommerce;

import golive.cart.CartConfig;
import golive.cart.CartOrder;
import golive.cart.OrderPages;
import golive.cart.http.HttpSettings;
import golive.cart.http.RetryPolicy;
import golive.cart.http.Sleeper;
import golive.domain.CartKind;
import golive.sandbox.SandboxClock;
import golive.sandbox.SandboxOrder;
import golive.sandbox.SandboxShop;
import golive.sandbox.bigcommerce.BigCommerceSandbox;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A started BigCommerce sandbox on a frozen shop clock, and connectors to it whose sleeping moves
 * that clock instead of waiting — so the quota window resets and a 429's reset passes at once
 * (which is why the cart's wait is honoured in full here, up to a minute).
 */
final class BigCommerceRig implements AutoCloseable {
    static final Instant NOW = Instant.parse("2025-03-10T15:00:00Z");
    static final String TOKEN = "rigtoken0a1b2c3d4e5f60718293a4b5";

    final SandboxClock shopClock = SandboxClock.frozenAt(NOW);
    final SandboxShop shop = new SandboxShop(shopClock);
    final BigCommerceSandbox sandbox = new BigCommerceSandbox(shop, "abc123").token(TOKEN).start();
    final List<Duration> sleeps = new CopyOnWriteArrayList<>();
    final Sleeper sleeper = d -> {
        sleeps.add(d);
        shopClock.advance(d);
    };

    BigCommerceConnector connector() {
        return connector(BigCommerceConnector.PAGE_SIZE);
    }

    BigCommerceConnector connector(int pageSize) {
        return connector(Clock.fixed(NOW, ZoneOffset.UTC), pageSize, 4);
    }

    BigCommerceConnector connector(Clock local, int pageSize, int attempts) {
        return new BigCommerceConnector(config(TOKEN), local, settings(attempts), pageSize);
    }

    CartConfig config(String token) {
        return new CartConfig(CartKind.BIGCOMMERCE, sandbox.baseUrl(), Map.of(CartConfig.TOKEN, token), null);
    }

    HttpSettings settings(int attempts) {
        return HttpSettings.defaults().withRetry(new RetryPolicy(attempts, Duration.ofMillis(1), Duration.ofMillis(8),
                Duration.ofSeconds(60))).withSleeper(sleeper).withTimeouts(Duration.ofSeconds(2), Duration.ofSeconds(2));
    }

    /** A paid, unshipped order of two units created at {@code created}. */
    SandboxOrder order(Instant created) {
        return shop.add(SandboxOrder.draft(created, "buyer@example.com",
                List.of(new SandboxOrder.Line("SKU-1", "Widget", null, 2, new BigDecimal("19.99"), 0))));
    }

    /** The requests to a path ("/v2/orders?", "/products"), from the sandbox's log. */
    List<String> requests(String containing) {
        return sandbox.requestLog().stream().filter(r -> r.contains(containing)).toList();
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
