package golive.testkit;

import golive.cart.CartConfig;
import golive.cart.CartConnectors;
import golive.cart.http.HttpSettings;
import golive.domain.CartKind;
import golive.launch.Cutover;
import golive.rehearsal.RehearsalSandbox;
import golive.sandbox.SandboxFace;
import golive.sandbox.SandboxOrder;
import golive.sandbox.SandboxShop;
import golive.sandbox.bigcommerce.BigCommerceSandbox;
import golive.sandbox.shopify.ShopifySandbox;
import golive.store.Database;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

/**
 * Any cart's sandbox face on 127.0.0.1 over a shop keeping real time, with no rate limit to pace
 * (the limits are tested on their own): the set-up the reliability suite runs per cart.
 */
public final class SandboxCart implements AutoCloseable {
    public final CartKind kind;
    public final Clock clock;
    public final SandboxShop shop;
    public final SandboxFace face;

    public SandboxCart(CartKind kind) {
        this(kind, Clock.systemUTC());
    }

    /** A shop on {@code clock} (a {@link golive.sandbox.SandboxClock} for store time that moves only when told). */
    public SandboxCart(CartKind kind, Clock clock) {
        this.kind = kind;
        this.clock = clock;
        this.shop = new SandboxShop(clock);
        this.face = RehearsalSandbox.face(kind, shop);
        if (face instanceof ShopifySandbox s) {
            Launchpad.unthrottled(s);
        } else if (face instanceof BigCommerceSandbox b) {
            b.quota(1_000_000, Duration.ofSeconds(30));
        }
    }

    /** What a person types in step 1. */
    public CartConfig config() {
        return new CartConfig(kind, face.baseUrl(), Map.copyOf(face.credentials()), null);
    }

    /** The engine on {@code db} against this cart, on the shop's clock, with tiny retry delays. */
    public Cutover cutover(Database db) {
        return cutover(db, Launchpad.fastHttp());
    }

    public Cutover cutover(Database db, HttpSettings http) {
        return new Cutover(db, clock, c -> CartConnectors.open(c, clock, http));
    }

    /** Steps 1-5 on {@code db}: connected, tested, cut-off, no open orders, 'Import Orders from' (accepted). */
    public Cutover readyToSync(Database db, Instant cutoff, Instant importFrom) {
        return readyToSync(cutover(db), cutoff, importFrom);
    }

    public Cutover readyToSync(Cutover c, Instant cutoff, Instant importFrom) {
        c.connect(config());
        if (!c.test().passed()) {
            throw new IllegalStateException(kind + " sandbox connection test failed");
        }
        ZoneId zone = c.storeZone().orElse(shop.zone());
        c.setCutoff(cutoff, zone);
        c.declareNoOpenOrders("reliability: nothing open");
        c.setImportFrom(importFrom, zone, true, true);
        return c;
    }

    /** A paid, unfulfilled order created at {@code createdAt}. */
    public SandboxOrder order(Instant createdAt) {
        return shop.add(SandboxOrder.draft(createdAt, "buyer@example.com",
                List.of(new SandboxOrder.Line("SKU-1", "Widget", null, 2, new BigDecimal("19.99"), 0))));
    }

    /** The cart's id for {@code o}, as the store keeps it. */
    public String id(SandboxOrder o) {
        return face.orderId(o);
    }

    @Override
    public void close() {
        face.close();
    }
}
