package golive.cart.magento;

import golive.cart.CartConfig;
import golive.cart.CartConnectors;
import golive.domain.CartKind;
import golive.domain.Order;
import golive.launch.Cutover;
import golive.sandbox.SandboxOrder;
import golive.sandbox.SandboxShop;
import golive.sandbox.magento.MagentoSandbox;
import golive.store.Database;
import golive.store.OrderStore;
import golive.sync.SyncEngine;
import golive.sync.SyncLease;
import golive.sync.SyncResult;
import golive.testkit.Launchpad;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The whole way for a Magento store far from UTC that refuses Bearer tokens (so every request is
 * OAuth-signed with the four saved credentials): connected, tested and planned through the engine,
 * then synced into H2 while orders ship and arrive between pages — every importable order from
 * 'Import Orders from' on (the one a second before it not, nor one shipped but still processing),
 * nothing extra, nothing twice, and a re-run adding nothing. An order placed unpaid and paid later is
 * caught by the cursor.
 */
class MagentoSyncTest {
    final SandboxShop shop = new SandboxShop(Clock.systemUTC()).zone(ZoneId.of("Pacific/Auckland")).currency("NZD");
    final MagentoSandbox sandbox = new MagentoSandbox(shop).bearerTokens(false).start();
    final Database db = Database.inMemory();
    final Cutover cutover = new Cutover(db, Clock.systemUTC(), c -> CartConnectors.open(c, Clock.systemUTC(), Launchpad.fastHttp()));

    @AfterEach
    void tearDown() {
        sandbox.close();
        db.close();
    }

    @Test
    void everyImportableOrderFromImportOrdersFromOnIsSyncedOnceAndARerunAddsNothing() {
        Instant importFrom = Instant.now().truncatedTo(ChronoUnit.SECONDS).minus(Duration.ofHours(3));
        SandboxOrder secondBefore = shop.add(order(importFrom.minusSeconds(1)));
        SandboxOrder atBoundary = shop.add(order(importFrom));
        List<SandboxOrder> later = new ArrayList<>();
        for (int i = 1; i <= 230; i++) {
            later.add(shop.add(order(importFrom.plusSeconds(30L * i))));
        }
        SandboxOrder unpaid = shop.add(order(importFrom.plusSeconds(20)).withPayment(SandboxOrder.Payment.PENDING, null));
        shop.fulfil(later.get(5).id()); // shipped already: never imported
        SandboxOrder shippedNotInvoiced = shop.add(order(importFrom.plusSeconds(25)).withPayment(SandboxOrder.Payment.AUTHORIZED, null));
        shop.fulfil(shippedNotInvoiced.id()); // state processing, every item shipped: not to import
        assertThat(sandbox.credentials()).containsOnlyKeys("key", "secret", "token", "token_secret");
        cutover.connect(new CartConfig(CartKind.MAGENTO, sandbox.baseUrl(), Map.copyOf(sandbox.credentials()), null));
        assertThat(cutover.test().passed()).isTrue();
        cutover.setCutoff(importFrom, shop.zone());
        cutover.declareNoOpenOrders("a new shop: nothing open");
        cutover.setImportFrom(importFrom, shop.zone(), true, true);
        AtomicInteger pages = new AtomicInteger();
        List<SandboxOrder> arrived = new ArrayList<>();
        sandbox.afterOrdersPage(page -> {
            if (pages.incrementAndGet() == 1) {
                shop.fulfil(later.get(20).id()); // ships between pages: read again or not, never lost or doubled
                arrived.add(shop.add(order(null)));
                arrived.add(shop.add(order(null)));
            }
        });

        SyncResult first = new SyncEngine(cutover, SyncLease.oneShot(db)).run("test", e -> { });
        sandbox.afterOrdersPage(null);
        List<Order> stored = db.read(new OrderStore()::all);
        List<String> ids = stored.stream().map(Order::cartOrderId).toList();
        assertThat(ids).doesNotHaveDuplicates().contains(id(atBoundary)).doesNotContain(id(secondBefore), id(later.get(5)), id(unpaid), id(shippedNotInvoiced));
        List<String> expected = new ArrayList<>();
        expected.add(id(atBoundary));
        later.stream().filter(o -> o != later.get(5) && o != later.get(20)).forEach(o -> expected.add(id(o)));
        arrived.forEach(o -> expected.add(id(o)));
        assertThat(ids).containsAll(expected).hasSizeBetween(expected.size(), expected.size() + 1); // + the one that shipped mid-run, if read before
        assertThat(first.counts().imported()).isEqualTo(stored.size());
        assertThat(stored).allMatch(o -> o.total().currency().equals("NZD"));
        assertThat(stored).extracting(Order::orderNumber).contains("%09d".formatted(atBoundary.number()));

        // paid an hour later (the shop's clock is real time here: the change is simply stamped now)
        shop.edit(unpaid.id(), o -> o.withPayment(SandboxOrder.Payment.PAID, null));
        SyncResult again = new SyncEngine(cutover, SyncLease.oneShot(db)).run("test", e -> { });
        assertThat(again.counts().imported()).isEqualTo(1);
        assertThat(db.read(new OrderStore()::all)).extracting(Order::cartOrderId).contains(id(unpaid)).doesNotHaveDuplicates();
        SyncResult rerun = new SyncEngine(cutover, SyncLease.oneShot(db)).run("test", e -> { });
        assertThat(rerun.counts().imported()).isZero();
    }

    private static String id(SandboxOrder o) {
        return String.valueOf(o.number());
    }

    private static SandboxOrder order(Instant createdAt) {
        return SandboxOrder.draft(createdAt, "buyer@example.com", List.of(new SandboxOrder.Line("SKU-1", "Widget", null, 1,
                new BigDecimal("19.99"), 0)));
    }
}
