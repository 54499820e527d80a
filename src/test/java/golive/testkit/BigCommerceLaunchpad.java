package golive.testkit;

import golive.cart.CartConfig;
import golive.cart.CartConnectors;
import golive.domain.CartKind;
import golive.launch.Cutover;
import golive.sandbox.SandboxOrder;
import golive.sandbox.SandboxShop;
import golive.sandbox.bigcommerce.BigCommerceSandbox;
import golive.store.Database;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

/**
 * {@link Launchpad} for BigCommerce: its sandbox face on 127.0.0.1 (a quota too large to pace: the
 * limit is tested on its own), a real H2 store and the engine wired to it with tiny retry delays.
 */
public final class BigCommerceLaunchpad implements AutoCloseable {
    public final SandboxShop shop;
    public final BigCommerceSandbox server;
    public final Database db;
    public final Cutover cutover;
    public final ComputerClock clock = new ComputerClock();

    private BigCommerceLaunchpad(Database db, SandboxShop shop) {
        this.shop = shop;
        this.server = new BigCommerceSandbox(shop).quota(1_000_000, Duration.ofSeconds(30)).start();
        this.db = db;
        this.cutover = new Cutover(db, clock, c -> CartConnectors.open(c, clock, Launchpad.fastHttp()));
    }

    /** A store keeping real time in {@code zone}, on an in-memory database. */
    public static BigCommerceLaunchpad inMemory(ZoneId zone) {
        return new BigCommerceLaunchpad(Database.inMemory(), new SandboxShop(Clock.systemUTC()).zone(zone));
    }

    public CartConfig config() {
        return new CartConfig(CartKind.BIGCOMMERCE, server.baseUrl(), Map.of(CartConfig.TOKEN, server.token()), null);
    }

    /** Steps 1-5 done: connected, tested, cut-off, no open orders, 'Import Orders from' (accepted), in the store's zone. */
    public BigCommerceLaunchpad readyToSync(Instant cutoff, Instant importFrom) {
        cutover.connect(config());
        if (!cutover.test().passed()) {
            throw new IllegalStateException("sandbox connection test failed");
        }
        ZoneId zone = cutover.storeZone().orElseThrow(); // as the connection test read it from /v2/store
        cutover.setCutoff(cutoff, zone);
        cutover.declareNoOpenOrders("test: nothing open");
        cutover.setImportFrom(importFrom, zone, true, true);
        return this;
    }

    /** An unfulfilled, paid order created at {@code createdAt}. */
    public SandboxOrder order(Instant createdAt) {
        return shop.add(SandboxOrder.draft(createdAt, "buyer@example.com",
                List.of(new SandboxOrder.Line("SKU-1", "Widget", null, 1, new BigDecimal("19.99"), 0))));
    }

    @Override
    public void close() {
        server.close();
        db.close();
    }
}
