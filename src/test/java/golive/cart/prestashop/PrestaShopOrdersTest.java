package golive.cart.prestashop;

import com.fasterxml.jackson.databind.JsonNode;
import golive.cart.CartOrder;
import golive.cart.Lifecycle;
import golive.cart.http.CartHttp;
import golive.sandbox.Fault;
import golive.sandbox.SandboxOrder;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Reading PrestaShop orders: the recorded payloads mapped exactly (both end-of-list forms); the
 * keyset walk skipping nothing when an order of page 1 ships after it is served and orders arrive;
 * the strict date_upd bound in shop-local time far from UTC; states read from the shop; split
 * orders sharing a reference; PHP warnings beside data; a host's HTML 429, 503 and truncated JSON
 * retried; one order by id and an unknown one.
 */
class PrestaShopOrdersTest {
    final PrestaShopRig rig = new PrestaShopRig();

    @AfterEach
    void tearDown() {
        rig.close();
    }

    @Test
    void theRecordedOrdersMapExactly() throws IOException {
        rig.shop.zone(ZoneId.of("Europe/Paris")).currency("EUR");
        PrestaShopShop shop = PrestaShopShop.read(rig.client());
        JsonNode page1 = PrestaShopOrders.list(fixture("orders-page1.json"), "orders");
        CartOrder six = PrestaShopOrders.toCartOrder(page1.get(0), shop);
        assertThat(six.id()).isEqualTo("6");
        assertThat(six.number()).isEqualTo("ONAQWRKWL");
        assertThat(six.createdAt()).isEqualTo(Instant.parse("2025-01-02T05:43:41Z")); // 06:43:41 in Paris
        assertThat(six.total().amount()).isEqualByComparingTo("31.000000");
        assertThat(six.total().currency()).isEqualTo("EUR");
        assertThat(six.lifecycle()).isEqualTo(Lifecycle.OPEN);
        assertThat(six.cartStatus()).isEqualTo("Payment accepted");
        assertThat(six.lines()).singleElement().satisfies(l -> {
            assertThat(l.sku()).isEqualTo("demo_20");
            assertThat(l.description()).isEqualTo("Men Tshirt - Size : XXL");
            assertThat(l.quantity()).isEqualByComparingTo("1");
            assertThat(l.price()).isEqualByComparingTo(new BigDecimal("24.000000"));
        });
        CartOrder seven = PrestaShopOrders.toCartOrder(page1.get(1), shop);
        assertThat(seven.lifecycle()).isEqualTo(Lifecycle.OPEN); // Processing in progress: delivery=1, nothing shipped
        assertThat(seven.lines()).hasSize(2);
        assertThat(PrestaShopOrders.toCartOrder(PrestaShopOrders.list(fixture("orders-page2.json"), "orders").get(0), shop).number())
                .isEqualTo("QWPLMZHTA");
        assertThat(PrestaShopOrders.list(fixture("orders-page3-empty.json"), "orders")).isEmpty();
        assertThat(PrestaShopOrders.list(fixture("orders-page3-empty-legacy.json"), "orders")).isEmpty();
        assertThat(PrestaShopOrders.list(fixture("orders-ids-only.json"), "orders")).extracting(PrestaShopOrders::id).containsExactly("6", "7", "8");
    }

    @Test
    void theWalkSkipsNothingWhenPage1ChangesAndOrdersArriveInBothEndOfListForms() {
        for (boolean legacy : new boolean[] {false, true}) {
            rig.sandbox.legacyEmptyList(legacy);
            List<SandboxOrder> placed = new ArrayList<>();
            Instant since = rig.shop.now();
            for (int i = 0; i < 9; i++) {
                placed.add(rig.shop.add(order(since.plusSeconds(i))));
            }
            AtomicBoolean once = new AtomicBoolean();
            List<SandboxOrder> arrived = new ArrayList<>();
            rig.sandbox.afterOrdersPage(page -> {
                if (once.compareAndSet(false, true)) {
                    rig.shop.fulfil(placed.get(0).id()); // modified after it was served: moves in date_upd, not in id
                    arrived.add(rig.shop.add(order(null)));
                }
            });
            List<CartOrder> read = PrestaShopRig.drain(rig.connector().updatedSince(since));
            rig.sandbox.afterOrdersPage(null);
            assertThat(read).extracting(CartOrder::id).doesNotHaveDuplicates()
                    .containsAll(placed.stream().map(o -> String.valueOf(o.number())).toList())
                    .contains(String.valueOf(arrived.get(0).number()));
            rig.shopClock.advance(Duration.ofMinutes(5));
        }
    }

    @Test
    void theBoundIsStrictShopLocalTimeASecondEarlyFarFromUtc() {
        rig.shop.zone(ZoneId.of("Pacific/Auckland"));
        Instant from = PrestaShopRig.NOW.minus(Duration.ofHours(2));
        SandboxOrder before = rig.shop.add(order(from.minusSeconds(1)).withUpdatedAt(from.minusSeconds(1)));
        SandboxOrder at = rig.shop.add(order(from).withUpdatedAt(from));
        List<CartOrder> read = PrestaShopRig.drain(rig.connector().updatedSince(from));
        assertThat(read).extracting(CartOrder::id).contains(String.valueOf(at.number())).doesNotContain(String.valueOf(before.number()));
        assertThat(read.get(0).createdAt()).isEqualTo(from);
        assertThat(rig.sandbox.requestLog()).anyMatch(l -> l.contains("filter%5Bdate_upd%5D=%3E%5B2025-03-11%2001%3A59%3A59%5D")
                && l.contains("date=1"));
    }

    @Test
    void statesAreReadFromTheShopSplitOrdersStayTwoAndWarningsKeepTheData() {
        rig.sandbox.addState(20, "Handed to the courier", true, true).addState(21, "Gift wrapping", true, false).phpWarnings(true);
        SandboxOrder a = rig.shop.add(order(PrestaShopRig.NOW.minusSeconds(60)));
        SandboxOrder b = rig.shop.add(order(PrestaShopRig.NOW.minusSeconds(60)));
        SandboxOrder c = rig.shop.add(order(PrestaShopRig.NOW.minusSeconds(50)));
        rig.sandbox.putInState(a.number(), 20);
        rig.sandbox.putInState(c.number(), 21);
        rig.sandbox.shareReference(b.number(), a.number());
        List<CartOrder> read = PrestaShopRig.drain(rig.connector().updatedSince(PrestaShopRig.NOW.minusSeconds(120)));
        assertThat(read).hasSize(3);
        assertThat(read.get(0).lifecycle()).isEqualTo(Lifecycle.FULFILLED);
        assertThat(read.get(0).cartStatus()).isEqualTo("Handed to the courier");
        assertThat(read.get(2).lifecycle()).isEqualTo(Lifecycle.OPEN);
        assertThat(read.get(0).number()).isEqualTo(read.get(1).number());
        assertThat(read.get(0).id()).isNotEqualTo(read.get(1).id());
    }

    @Test
    void aHostsHtml429And503AndTruncatedJsonAreRetried() {
        SandboxOrder o = rig.shop.add(order(PrestaShopRig.NOW.minusSeconds(60)));
        PrestaShopConnector connector = rig.connector();
        rig.sandbox.faults().next(new Fault.HtmlError(429, "120")).next(new Fault.HtmlError(503, null)).next(Fault.truncatedJson());
        assertThat(connector.order(String.valueOf(o.number()))).get().extracting(CartOrder::id).isEqualTo(String.valueOf(o.number()));
        assertThat(rig.sleeps).contains(Duration.ofSeconds(120));
        rig.sandbox.faults().next(Fault.serverError(500));
        assertThat(connector.order("999999")).isEmpty();
    }

    private static SandboxOrder order(Instant createdAt) {
        return SandboxOrder.draft(createdAt, "buyer@example.com", List.of(new SandboxOrder.Line("SKU-1", "Widget", null, 1,
                new BigDecimal("19.99"), 0)));
    }

    private static JsonNode fixture(String name) throws IOException {
        try (InputStream in = PrestaShopOrdersTest.class.getResourceAsStream("/golive/cart/prestashop/" + name)) {
            return CartHttp.json().readTree(in);
        }
    }
}
