package golive.store;

import golive.cart.CartConnectors;
import golive.domain.Order;
import golive.domain.OrderSource;
import golive.launch.Cutover;
import golive.launch.Problem;
import golive.sandbox.SandboxClock;
import golive.sandbox.SandboxOrder;
import golive.sandbox.SandboxShop;
import golive.sandbox.shopify.ShopifySandbox;
import golive.sync.SyncEngine;
import golive.sync.SyncLease;
import golive.sync.SyncResult;
import golive.testkit.Launchpad;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A store written by release 1 (the fixture in {@code golive/store/release-1}, see its README)
 * opened by this release: the migrations rewrite its shop keys and fingerprints, its connection
 * test still counts, and it syncs on without adding an order twice.
 */
class Release1StoreTest {
    static final Instant T0 = Instant.parse("2026-11-25T15:00:00Z");
    static final int PORT = 47391; // the shop key of the fixture holds it

    @TempDir
    Path dir;
    SandboxClock clock;
    SandboxShop shop;
    ShopifySandbox server;
    Database db;
    Cutover cutover;

    @BeforeEach
    void setUp() throws IOException {
        for (String file : new String[] {"golive.mv.db", "golive.key"}) {
            try (InputStream in = getClass().getResourceAsStream("/golive/store/release-1/" + file)) {
                Files.copy(in, dir.resolve(file));
            }
        }
        // the same shop the fixture was made against, an hour later
        clock = SandboxClock.frozenAt(T0);
        shop = new SandboxShop(clock);
        for (int i = 0; i < 12; i++) {
            shop.add(SandboxOrder.draft(T0.minus(Duration.ofHours(3)).plus(Duration.ofMinutes(15L * i)), "f" + i + "@example.com",
                    List.of(new SandboxOrder.Line("SKU-" + i, "Item " + i, null, 1 + i % 3, new BigDecimal("12.50"), 0))));
        }
        clock.advance(Duration.ofHours(1));
        server = Launchpad.unthrottled(new ShopifySandbox(shop)).start(PORT);
        db = Database.open(dir.resolve("golive"));
        cutover = new Cutover(db, clock, c -> CartConnectors.open(c, clock, Launchpad.fastHttp()));
    }

    @AfterEach
    void tearDown() {
        server.close();
        db.close();
    }

    List<Order> stored() {
        return db.read(new OrderStore()::all);
    }

    @Test
    void theShopKeysAreRewrittenToTheShopsIdentity() {
        assertThat(cutover.cartConfig().orElseThrow().shopKey()).isEqualTo("shopify:127.0.0.1:" + PORT);
        List<String> keys = db.read(c -> {
            List<String> out = new java.util.ArrayList<>();
            try (var ps = c.prepareStatement("SELECT DISTINCT shop_key FROM orders"); var rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(rs.getString(1));
                }
            }
            return out;
        });
        assertThat(keys).containsExactly("shopify:127.0.0.1:" + PORT);
        assertThat(stored()).hasSize(11);
        assertThat(stored()).filteredOn(o -> o.source() == OrderSource.MIGRATED).extracting(Order::orderNumber)
                .containsExactlyInAnyOrder("#1001", "#1002", "#1003");
    }

    @Test
    void itsConnectionTestStillCountsUnderTheKeyedFingerprint() {
        assertThat(cutover.problems()).extracting(Problem::code).isEmpty();
        String fingerprint = cutover.carts().fingerprint(cutover.cartConfig().orElseThrow());
        assertThat(fingerprint).as("an HMAC under the local key, not release 1's plain hash").hasSize(64);
        List<String> recorded = db.read(c -> {
            List<String> out = new java.util.ArrayList<>();
            try (var ps = c.prepareStatement("SELECT fingerprint FROM connection_test"); var rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(rs.getString(1));
                }
            }
            return out;
        });
        assertThat(recorded).containsExactly(fingerprint);
    }

    @Test
    void itSyncsOnWithoutAddingAnOrderTwice() {
        shop.edit(5000000000006L, o -> o.withEmail("changed@example.com")); // synced in release 1: read again now
        shop.edit(5000000000002L, o -> o.withEmail("changed@example.com")); // migrated by number: read again now
        SandboxOrder newcomer = shop.add(SandboxOrder.draft(T0.plus(Duration.ofMinutes(30)), "new@example.com",
                List.of(new SandboxOrder.Line("SKU-N", "New", null, 1, new BigDecimal("9.00"), 0))));
        SyncResult r = new SyncEngine(cutover, SyncLease.oneShot(db)).run("now", e -> { });
        assertThat(r.counts().imported()).isEqualTo(1);
        assertThat(r.counts().alreadyImported()).as("#1006 and what else the window re-reads, each matched").isPositive();
        assertThat(stored()).hasSize(12).extracting(Order::cartOrderId).doesNotHaveDuplicates()
                .contains(String.valueOf(newcomer.id()));
        assertThat(stored()).extracting(Order::orderNumber).doesNotHaveDuplicates();
    }
}
