package golive.cart.woocommerce;

import com.fasterxml.jackson.databind.JsonNode;
import golive.cart.CartOrder;
import golive.cart.Lifecycle;
import golive.cart.OrderPage;
import golive.cart.OrderPages;
import golive.cart.http.CartHttp;
import golive.cart.http.ErrorBodies;
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
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Reading WooCommerce orders: the recorded payloads mapped exactly; a listing by id over one fixed
 * bound that skips nothing when an order of page 1 changes after page 1 is served or new orders
 * arrive meanwhile; the bound sent as UTC wall time with dates_are_gmt and a second early (WooCommerce's
 * bounds are strict); boundary orders in a store far from UTC; X-WP-Total as the cart's count; a host's
 * 429 page, 5xx and truncated JSON retried; a single order and an unknown one.
 */
class WooOrdersTest {
    final WooRig rig = new WooRig();

    @AfterEach
    void tearDown() {
        rig.close();
    }

    @Test
    void theRecordedOrdersMapExactly() throws IOException {
        JsonNode page1 = fixture("orders-page1.json");
        CartOrder onHold = WooOrders.toCartOrder(page1.get(0));
        assertThat(onHold.id()).isEqualTo("723");
        assertThat(onHold.number()).isEqualTo("723");
        assertThat(onHold.lifecycle()).isEqualTo(Lifecycle.ON_HOLD);
        assertThat(onHold.createdAt()).isEqualTo(Instant.parse("2017-03-21T19:16:00Z")); // the _gmt time, not the site-local one
        assertThat(onHold.total().amount()).isEqualByComparingTo("39.00");
        assertThat(onHold.total().currency()).isEqualTo("USD");
        assertThat(onHold.email()).isEqualTo("joao.silva@example.com");
        assertThat(onHold.lines()).extracting(l -> l.price()).containsExactly(new BigDecimal("9"), new BigDecimal("20"));
        assertThat(onHold.lines().get(0).sku()).isNull(); // "" is no SKU
        assertThat(WooOrders.toCartOrder(page1.get(1)).lifecycle()).isEqualTo(Lifecycle.OPEN);
        assertThat(WooOrders.toCartOrder(fixture("orders-page2.json").get(0)).lifecycle()).isEqualTo(Lifecycle.PENDING_PAYMENT);
        for (String error : List.of("error-401-wrong-secret.json", "error-401-write-only-key.json", "error-403-user-lacks-capability.json")) {
            assertThat(ErrorBodies.message(fixture(error), null)).isEqualTo(fixture(error).get("message").asText());
        }
    }

    @Test
    void aStatusAPluginAddedIsSetAsideNotGuessed() {
        SandboxOrder o = rig.shop.add(order(WooRig.NOW.minusSeconds(30)));
        com.fasterxml.jackson.databind.node.ObjectNode json = (com.fasterxml.jackson.databind.node.ObjectNode) CartHttp.json().valueToTree(
                java.util.Map.of("id", o.number(), "number", "WC-" + o.number(), "status", "shipped", "currency", "USD", "total", "1.00",
                        "date_created_gmt", "2025-03-10T14:00:00", "date_modified_gmt", "2025-03-10T14:00:00"));
        assertThatThrownBy(() -> WooOrders.toCartOrder(json)).hasMessageContaining("'shipped' is not one of WooCommerce's own");
    }

    @Test
    void anOrderChangedOnPage1AfterItIsServedLeavesTheBoundaryOrderInPlace() {
        List<SandboxOrder> placed = new ArrayList<>();
        for (int i = 0; i < 250; i++) {
            placed.add(rig.shop.add(order(WooRig.NOW.minus(Duration.ofHours(5)).plusSeconds(30L * i))));
        }
        AtomicBoolean once = new AtomicBoolean();
        rig.sandbox.afterOrdersPage(page -> {
            if (once.compareAndSet(false, true)) {
                // after page 1 is built: an order on it ships (its modified date moves on) and two new orders arrive
                rig.siteClock.advance(Duration.ofSeconds(5));
                rig.shop.fulfil(placed.get(10).id());
                rig.shop.add(order(null));
                rig.shop.add(order(null));
            }
        });
        List<CartOrder> read = WooRig.drain(rig.connector().updatedSince(WooRig.NOW.minus(Duration.ofHours(6))));
        assertThat(read).extracting(CartOrder::id).doesNotHaveDuplicates()
                .contains(String.valueOf(placed.get(100).number()), String.valueOf(placed.get(99).number()))
                .hasSize(252);
        assertThat(rig.sandbox.requestLog()).filteredOn(l -> l.contains("/wc/v3/orders?"))
                .allMatch(l -> l.contains("orderby=id") && l.contains("order=asc") && l.contains("per_page=100")
                        && l.contains("dates_are_gmt=true") && l.contains("modified_after=2025-03-10T08%3A59%3A59"));
    }

    @Test
    void boundaryOrdersInAStoreFarFromUtcAreReadFromTheRightSecond() {
        rig.shop.zone(ZoneId.of("Pacific/Kiritimati")); // UTC+14: a site-local reading would be 14 hours off
        Instant from = WooRig.NOW.minus(Duration.ofHours(2));
        SandboxOrder before = rig.shop.add(order(from.minusSeconds(2)));
        SandboxOrder secondBefore = rig.shop.add(order(from.minusSeconds(1)));
        SandboxOrder at = rig.shop.add(order(from));
        List<String> ids = WooRig.drain(rig.connector().updatedSince(from)).stream().map(CartOrder::id).toList();
        // WooCommerce's modified_after is strict: sent a second early, it reads from exactly 'from'
        assertThat(ids).containsExactly(String.valueOf(at.number()));
        assertThat(secondBefore.number()).isGreaterThan(before.number());
    }

    @Test
    void xWpTotalIsTheCartsOwnCount() {
        for (int i = 0; i < 5; i++) {
            rig.shop.add(order(WooRig.NOW.minus(Duration.ofMinutes(50 - i))));
        }
        OrderPages pages = rig.connector().updatedSince(WooRig.NOW.minus(Duration.ofHours(1)));
        int read = WooRig.drain(pages).size();
        assertThat(pages.expectedCount(WooRig.NOW).getAsLong()).isEqualTo(read).isEqualTo(5);
        assertThat(pages.expectedCount(WooRig.NOW.minus(Duration.ofMinutes(48))).getAsLong()).isEqualTo(3); // through is inclusive
    }

    @Test
    void anOrderPaidAnHourAfterItWasPlacedIsReadAgainByTheUpdatedSinceBound() {
        SandboxOrder unpaid = rig.shop.add(order(WooRig.NOW.minus(Duration.ofMinutes(5))).withPayment(SandboxOrder.Payment.PENDING, null));
        WooConnector c = rig.connector();
        assertThat(WooRig.drain(c.updatedSince(WooRig.NOW.minus(Duration.ofMinutes(10))))).singleElement()
                .extracting(CartOrder::lifecycle).isEqualTo(Lifecycle.PENDING_PAYMENT);
        Instant cursor = rig.shop.now();
        rig.siteClock.advance(Duration.ofHours(1));
        rig.shop.edit(unpaid.id(), o -> o.withPayment(SandboxOrder.Payment.PAID, null));
        assertThat(WooRig.drain(c.updatedSince(cursor))).singleElement().extracting(CartOrder::lifecycle).isEqualTo(Lifecycle.OPEN);
    }

    @Test
    void aHostsErrorPagesFiveHundredsAndTruncatedJsonAreRetried() {
        rig.shop.add(order(WooRig.NOW.minus(Duration.ofMinutes(5))));
        rig.sandbox.faults().next(new Fault.HtmlError(429, "30")).next(Fault.serverError(503)).next(Fault.truncatedJson());
        WooConnector c = rig.connector();
        List<CartOrder> read = WooRig.drain(c.updatedSince(WooRig.NOW.minus(Duration.ofHours(1))));
        assertThat(read).hasSize(1);
        assertThat(rig.sleeps).contains(Duration.ofSeconds(30)); // the host's Retry-After honoured
        rig.sandbox.faults().next(new Fault.HtmlError(503, null));
        assertThat(c.order(read.get(0).id())).isPresent();
    }

    @Test
    void oneOrderByIdAndAnUnknownOne() {
        SandboxOrder o = rig.shop.add(order(WooRig.NOW.minus(Duration.ofMinutes(5))));
        WooConnector c = rig.connector();
        assertThat(c.order(String.valueOf(o.number()))).get().extracting(CartOrder::id).isEqualTo(String.valueOf(o.number()));
        assertThat(c.order("999999")).isEmpty();
        assertThatThrownBy(() -> c.order("#1001")).hasMessageContaining("a WooCommerce order id is a number");
    }

    @Test
    void theOpenCountForTheCutOffNamesProcessingAndOnHoldOrdersCreatedBeforeIt() {
        Instant cutoff = WooRig.NOW.minus(Duration.ofHours(1));
        rig.shop.add(order(cutoff.minusSeconds(60)));
        SandboxOrder held = rig.shop.add(order(cutoff.minusSeconds(50)));
        rig.shop.hold(held.id(), SandboxOrder.Hold.ON_HOLD);
        SandboxOrder shipped = rig.shop.add(order(cutoff.minusSeconds(40)));
        rig.shop.fulfil(shipped.id());
        rig.shop.add(order(cutoff.minusSeconds(30)).withPayment(SandboxOrder.Payment.PENDING, null));
        rig.shop.add(order(cutoff)); // at the cut-off: after it
        assertThat(rig.connector().countOpenCreated(null, cutoff)).isEqualTo(2);
    }

    private static SandboxOrder order(Instant createdAt) {
        return SandboxOrder.draft(createdAt, "buyer@example.com", List.of(new SandboxOrder.Line("SKU-1", "Widget", null, 2,
                new BigDecimal("19.99"), 0)));
    }

    private static JsonNode fixture(String name) throws IOException {
        try (InputStream in = WooOrdersTest.class.getResourceAsStream("/golive/cart/woocommerce/" + name)) {
            return CartHttp.json().readTree(in);
        }
    }
}
