package golive.sync;

import golive.cart.CartConfig;
import golive.cart.CartConnectors;
import golive.cart.Lifecycle;
import golive.domain.CartKind;
import golive.domain.Order;
import golive.launch.Cutover;
import golive.sandbox.LoopbackFace;
import golive.sandbox.SandboxOrder;
import golive.sandbox.SandboxShop;
import golive.sandbox.prestashop.PrestaShopSandbox;
import golive.sandbox.woocommerce.WooSandbox;
import golive.store.Database;
import golive.store.OrderStore;
import golive.testkit.Launchpad;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

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
 * The whole way for a self-hosted cart's shop far from UTC (WooCommerce's UTC bounds, PrestaShop's
 * shop-local ones): connected, tested and planned through the engine, then synced into H2 while
 * orders ship and arrive between pages — every importable order from 'Import Orders from' on (the one
 * a second before it not), nothing extra, nothing twice, and a re-run adding nothing. An order
 * awaiting payment follows the cart's default set: imported at once (PrestaShop), or when paid (WooCommerce).
 */
class SiteCartSyncTest {

    @ParameterizedTest
    @EnumSource(value = CartKind.class, names = {"WOOCOMMERCE", "PRESTASHOP"})
    void everyImportableOrderFromImportOrdersFromOnIsSyncedOnceAndARerunAddsNothing(CartKind kind) {
        SandboxShop shop = new SandboxShop(Clock.systemUTC()).zone(ZoneId.of("Pacific/Auckland")).currency("NZD");
        LoopbackFace sandbox = kind == CartKind.WOOCOMMERCE ? new WooSandbox(shop).start() : new PrestaShopSandbox(shop).start();
        try (sandbox; Database db = Database.inMemory()) {
            Cutover cutover = new Cutover(db, Clock.systemUTC(), c -> CartConnectors.open(c, Clock.systemUTC(), Launchpad.fastHttp()));
            Instant importFrom = Instant.now().truncatedTo(ChronoUnit.SECONDS).minus(Duration.ofHours(3));
            SandboxOrder secondBefore = shop.add(order(importFrom.minusSeconds(1)));
            SandboxOrder atBoundary = shop.add(order(importFrom));
            List<SandboxOrder> later = new ArrayList<>();
            for (int i = 1; i <= 230; i++) {
                later.add(shop.add(order(importFrom.plusSeconds(30L * i))));
            }
            SandboxOrder unpaid = shop.add(order(importFrom.plusSeconds(20)).withPayment(SandboxOrder.Payment.PENDING, null));
            boolean unpaidImported = Lifecycle.defaultImportable(kind).contains(Lifecycle.PENDING_PAYMENT);
            shop.fulfil(later.get(5).id()); // shipped already: never imported
            cutover.connect(new CartConfig(kind, sandbox.baseUrl(), Map.copyOf(sandbox.credentials()), null));
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
            assertThat(ids).doesNotHaveDuplicates().contains(id(atBoundary)).doesNotContain(id(secondBefore), id(later.get(5)));
            List<String> expected = new ArrayList<>();
            expected.add(id(atBoundary));
            if (unpaidImported) {
                expected.add(id(unpaid));
            } else {
                assertThat(ids).doesNotContain(id(unpaid));
            }
            later.stream().filter(o -> o != later.get(5) && o != later.get(20)).forEach(o -> expected.add(id(o)));
            arrived.forEach(o -> expected.add(id(o)));
            assertThat(ids).containsAll(expected).hasSizeBetween(expected.size(), expected.size() + 1); // + the one that shipped mid-run, if read before
            assertThat(first.counts().imported()).isEqualTo(stored.size());
            assertThat(stored).allMatch(o -> o.total().currency().equals("NZD"));

            if (!unpaidImported) {
                // paid an hour later (the shop's clock is real time here: the change is simply stamped now)
                shop.edit(unpaid.id(), o -> o.withPayment(SandboxOrder.Payment.PAID, null));
                SyncResult again = new SyncEngine(cutover, SyncLease.oneShot(db)).run("test", e -> { });
                assertThat(again.counts().imported()).isEqualTo(1);
                assertThat(db.read(new OrderStore()::all)).extracting(Order::cartOrderId).contains(id(unpaid)).doesNotHaveDuplicates();
            }
            SyncResult rerun = new SyncEngine(cutover, SyncLease.oneShot(db)).run("test", e -> { });
            assertThat(rerun.counts().imported()).isZero();
        }
    }

    private static String id(SandboxOrder o) {
        return String.valueOf(o.number());
    }

    private static SandboxOrder order(Instant createdAt) {
        return SandboxOrder.draft(createdAt, "buyer@example.com", List.of(new SandboxOrder.Line("SKU-1", "Widget", null, 1,
                new BigDecimal("19.99"), 0)));
    }
}
