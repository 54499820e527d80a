package golive.testkit;

import golive.cart.CartConfig;
import golive.cart.CartConnectors;
import golive.cart.http.HttpSettings;
import golive.cart.http.RetryPolicy;
import golive.domain.CartKind;
import golive.launch.Cutover;
import golive.sandbox.SandboxOrder;
import golive.sandbox.SandboxShop;
import golive.sandbox.shopify.ShopifySandbox;
import golive.store.Database;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

/**
 * A Shopify-like sandbox on 127.0.0.1 plus a real store (H2, or PostgreSQL: {@link #on}) and the engine wired to it, with
 * tiny retry delays: the shared set-up of the engine, sync and CLI tests.
 */
public final class Launchpad implements AutoCloseable {
    public final SandboxShop shop;
    public final ShopifySandbox server;
    public final Database db;
    public final Cutover cutover;
    /** This computer's clock (the shop keeps real time): {@link ComputerClock#runAhead} makes them disagree. */
    public final ComputerClock clock = new ComputerClock();

    private Launchpad(Database db, SandboxShop shop, ShopifySandbox server) {
        this.shop = shop;
        this.server = server;
        this.db = db;
        this.cutover = new Cutover(db, clock, c -> CartConnectors.open(c, clock, fastHttp()));
    }

    public static Launchpad inMemory() {
        return on(StoreKind.H2);
    }

    /** The store fresh on {@code kind}: in-memory H2, or a new database in the run's PostgreSQL cluster. */
    public static Launchpad on(StoreKind kind) {
        SandboxShop shop = new SandboxShop(Clock.systemUTC());
        return new Launchpad(kind.open(), shop, unthrottled(new ShopifySandbox(shop).start()));
    }

    /** The store in a real H2 file database in {@code dir} (as the app and the CLI keep it). */
    public static Launchpad onFile(Path dir) {
        SandboxShop shop = new SandboxShop(Clock.systemUTC());
        return new Launchpad(Database.open(dir.resolve("golive")), shop, unthrottled(new ShopifySandbox(shop).start()));
    }

    /** A shop whose points bucket restores so fast it never empties: no pacing, no THROTTLED (Shopify's limit is tested on its own). */
    public static ShopifySandbox unthrottled(ShopifySandbox server) {
        server.points().configure(2000, 1_000_000_000);
        server.points().setEnforcing(false);
        return server;
    }

    /** The engine on {@code db} against a sandbox the caller owns (and closes). */
    public static Launchpad onDatabaseWithServer(Database db, SandboxShop shop, ShopifySandbox server) {
        return new Launchpad(db, shop, server);
    }

    public static HttpSettings fastHttp() {
        return HttpSettings.defaults().withRetry(RetryPolicy.fast(4));
    }

    public CartConfig config() {
        return new CartConfig(CartKind.SHOPIFY, server.baseUrl(), Map.of(CartConfig.TOKEN, server.access().token()), null);
    }

    /** Steps 1-5 done: connected, tested, cut-off, no open orders, 'Import Orders from' (accepted). */
    public Launchpad readyToSync(Instant cutoff, Instant importFrom) {
        cutover.connect(config());
        if (!cutover.test().passed()) {
            throw new IllegalStateException("sandbox connection test failed");
        }
        ZoneId zone = shop.zone();
        cutover.setCutoff(cutoff, zone);
        cutover.declareNoOpenOrders("rehearsal: nothing open");
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
