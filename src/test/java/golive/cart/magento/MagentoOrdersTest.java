package golive.cart.magento;

import golive.cart.CartOrder;
import golive.cart.Lifecycle;
import golive.cart.OrderPages;
import golive.domain.OrderLine;
import golive.sandbox.Fault;
import golive.sandbox.SandboxOrder;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

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
 * Reading orders from the Magento face: an entity_id keyset over one fixed updated_at bound (nothing
 * skipped or doubled while orders change and arrive), always an explicit pageSize (adapted when input
 * limits refuse it), the shipped-but-processing trap, boundaries in UTC, and the host's faults retried.
 */
class MagentoOrdersTest {
    final MagentoRig rig = new MagentoRig();

    @AfterEach
    void tearDown() {
        rig.close();
    }

    @Test
    void anOrderModifiedOnPageOneAndOrdersArrivingMeanwhileAreNeitherSkippedNorDoubled() {
        List<SandboxOrder> placed = new ArrayList<>();
        for (int i = 0; i < 250; i++) {
            placed.add(rig.shop.add(order(MagentoRig.NOW.minus(Duration.ofMinutes(300 - i)))));
        }
        AtomicBoolean once = new AtomicBoolean();
        List<SandboxOrder> arrived = new ArrayList<>();
        rig.sandbox.afterOrdersPage(page -> {
            if (once.compareAndSet(false, true)) {
                // after page 1 is built: an order on it ships (its updated_at moves on) and two new orders arrive
                rig.storeClock.advance(Duration.ofSeconds(5));
                rig.shop.fulfil(placed.get(10).id());
                arrived.add(rig.shop.add(order(null)));
                arrived.add(rig.shop.add(order(null)));
            }
        });
        List<CartOrder> read = MagentoRig.drain(rig.connector().updatedSince(MagentoRig.NOW.minus(Duration.ofHours(6))));
        List<String> expected = new ArrayList<>();
        placed.forEach(o -> expected.add(String.valueOf(o.number())));
        arrived.forEach(o -> expected.add(String.valueOf(o.number())));
        assertThat(read).extracting(CartOrder::id).doesNotHaveDuplicates().containsExactlyElementsOf(expected);
        assertThat(read).extracting(CartOrder::number).contains("000001001");
        assertThat(rig.orderSearches()).hasSize(3).allMatch(l -> l.contains("searchCriteria[pageSize]=100")
                && l.contains("[field]=updated_at&searchCriteria[filter_groups][0][filters][0][value]=2025-03-10 09:00:00"
                + "&searchCriteria[filter_groups][0][filters][0][condition_type]=gteq")
                && l.contains("[filters][0][field]=entity_id") && l.contains("[condition_type]=gt")
                && l.contains("searchCriteria[sortOrders][0][field]=entity_id&searchCriteria[sortOrders][0][direction]=ASC")
                && l.contains("searchCriteria[currentPage]=1"));
    }

    @Test
    void boundaryOrdersInAStoreFarFromUtcAreReadFromTheRightSecond() {
        rig.shop.zone(ZoneId.of("Pacific/Kiritimati")); // UTC+14: a store-local reading would be 14 hours off
        Instant from = MagentoRig.NOW.minus(Duration.ofHours(2));
        rig.shop.add(order(from.minusSeconds(1)));
        SandboxOrder at = rig.shop.add(order(from));
        assertThat(MagentoRig.drain(rig.connector().updatedSince(from))).extracting(CartOrder::id).containsExactly(String.valueOf(at.number()));
        assertThat(rig.connector().countOpenCreated(from, null)).isEqualTo(1);
        assertThat(rig.connector().countOpenCreated(null, from)).isEqualTo(1);
    }

    @Test
    void aShippedButNotInvoicedOrderIsFulfilledThoughMagentoSaysProcessing() {
        Instant t = MagentoRig.NOW.minus(Duration.ofMinutes(30));
        SandboxOrder shipped = rig.shop.add(order(t).withPayment(SandboxOrder.Payment.AUTHORIZED, null));
        rig.shop.fulfil(shipped.id());
        SandboxOrder partly = rig.shop.add(order(t).withPayment(SandboxOrder.Payment.AUTHORIZED, null));
        rig.shop.fulfilPartly(partly.id());
        SandboxOrder configurable = rig.shop.add(SandboxOrder.draft(t, "c@example.com", List.of(
                new SandboxOrder.Line("MH01-M-Black", "Chaz Hoodie", "M, Black", 1, new BigDecimal("52.00"), 0))));
        SandboxOrder configurableShipped = rig.shop.add(SandboxOrder.draft(t, "c@example.com", List.of(
                new SandboxOrder.Line("MH01-L-Gray", "Chaz Hoodie", "L, Gray", 1, new BigDecimal("52.00"), 0)))
                .withPayment(SandboxOrder.Payment.AUTHORIZED, null));
        rig.shop.fulfil(configurableShipped.id());
        List<CartOrder> read = MagentoRig.drain(rig.connector().updatedSince(t));
        assertThat(read).extracting(CartOrder::lifecycle)
                .containsExactly(Lifecycle.FULFILLED, Lifecycle.PARTIALLY_FULFILLED, Lifecycle.OPEN, Lifecycle.FULFILLED);
        assertThat(read.get(0).cartStatus()).isEqualTo("processing, shipped");
        assertThat(read.get(0).importable(Lifecycle.defaultImportable(golive.domain.CartKind.MAGENTO))).isFalse();
        assertThat(read.get(2).lines()).singleElement().extracting(OrderLine::sku, OrderLine::description, OrderLine::price)
                .containsExactly("MH01-M-Black", "Chaz Hoodie", new BigDecimal("52")); // the configurable's child row is not a line
    }

    @Test
    void inputLimitsRefuseThePageSizeOnceAndTheWalkGoesOnWithTheAllowedOne() {
        rig.sandbox.inputLimits(2);
        for (int i = 0; i < 4; i++) {
            rig.shop.add(order(MagentoRig.NOW.minus(Duration.ofMinutes(10 - i))));
        }
        OrderPages pages = rig.connector().updatedSince(MagentoRig.NOW.minus(Duration.ofHours(1)));
        assertThat(MagentoRig.drain(pages)).hasSize(4).extracting(CartOrder::id).doesNotHaveDuplicates();
        assertThat(pages.expectedCount(MagentoRig.NOW).getAsLong()).isEqualTo(4);
        List<String> log = rig.orderSearches();
        assertThat(log.get(0)).contains("pageSize]=100").endsWith("-> 400");
        // 4 orders in pages of 2: the third search is past the last id, answers empty and ends the walk
        assertThat(log.subList(1, 4)).allMatch(l -> l.contains("pageSize]=2") && l.endsWith("-> 200"));
        assertThat(log).hasSize(5).allMatch(l -> l.contains("searchCriteria[pageSize]="));
    }

    @Test
    void totalCountIsTheStoresOwnCountThroughTheGivenSecond() {
        for (int i = 0; i < 5; i++) {
            rig.shop.add(order(MagentoRig.NOW.minus(Duration.ofMinutes(50 - i))));
        }
        SandboxOrder test = rig.shop.add(order(MagentoRig.NOW.minus(Duration.ofMinutes(40))).withTest(true));
        OrderPages pages = rig.connector().updatedSince(MagentoRig.NOW.minus(Duration.ofHours(1)));
        assertThat(MagentoRig.drain(pages)).hasSize(5).extracting(CartOrder::id).doesNotContain(String.valueOf(test.number()));
        assertThat(pages.expectedCount(MagentoRig.NOW).getAsLong()).isEqualTo(5);
        assertThat(pages.expectedCount(MagentoRig.NOW.minus(Duration.ofMinutes(48))).getAsLong()).isEqualTo(3); // through is inclusive
        assertThat(pages.clock().cart()).isEqualTo(MagentoRig.NOW);
    }

    @Test
    void aProxysHtmlPagesFiveHundredsAndTruncatedJsonAreRetried() {
        rig.shop.add(order(MagentoRig.NOW.minus(Duration.ofMinutes(5))));
        rig.sandbox.faults().next(new Fault.HtmlError(429, "30")).next(Fault.tooManyRequests()).next(Fault.serverError(503));
        MagentoConnector c = rig.connector();
        List<CartOrder> read = MagentoRig.drain(c.updatedSince(MagentoRig.NOW.minus(Duration.ofHours(1))));
        assertThat(read).hasSize(1);
        assertThat(rig.sleeps).contains(Duration.ofSeconds(30)); // the proxy's Retry-After honoured
        rig.sandbox.faults().next(Fault.serverError(500)).next(Fault.truncatedJson()).next(new Fault.HtmlError(503, null));
        assertThat(c.order(read.get(0).id())).isPresent();
    }

    @Test
    void oAuthSigningReadsEveryPageWhereBearerIsOffAndEachRetryIsSignedAfresh() {
        rig.sandbox.bearerTokens(false);
        for (int i = 0; i < 150; i++) {
            rig.shop.add(order(MagentoRig.NOW.minus(Duration.ofMinutes(200 - i))));
        }
        // the truncated answer was served, so its nonce is spent: a retry with the same one would be refused
        rig.sandbox.faults().next(Fault.truncatedJson());
        assertThat(MagentoRig.drain(rig.oauth(rig.sandbox.integrations().current()).updatedSince(MagentoRig.NOW.minus(Duration.ofHours(4)))))
                .hasSize(150).extracting(CartOrder::id).doesNotHaveDuplicates();
        assertThatThrownBy(() -> MagentoRig.drain(rig.connector().updatedSince(MagentoRig.NOW.minus(Duration.ofHours(4)))))
                .isInstanceOf(golive.cart.CartException.Rejected.class).hasMessageContaining("isn't authorized");
    }

    @Test
    void revokedAccessStopsTheWalkAsARejectionNotARetry() {
        rig.shop.add(order(MagentoRig.NOW.minus(Duration.ofMinutes(5))));
        MagentoConnector c = rig.connector();
        rig.sandbox.revokeAccess();
        int before = rig.orderSearches().size();
        assertThatThrownBy(() -> MagentoRig.drain(c.updatedSince(MagentoRig.NOW.minus(Duration.ofHours(1)))))
                .isInstanceOf(golive.cart.CartException.Rejected.class)
                .hasMessage("The consumer isn't authorized to access Magento_Sales::actions_view.");
        assertThat(rig.orderSearches()).hasSize(before + 1);
    }

    @Test
    void oneOrderByIdAndAnUnknownOne() {
        SandboxOrder o = rig.shop.add(order(MagentoRig.NOW.minus(Duration.ofMinutes(5))));
        MagentoConnector c = rig.connector();
        assertThat(c.order(String.valueOf(o.number()))).get().extracting(CartOrder::number).isEqualTo("000001001");
        assertThat(c.order("999999")).isEmpty();
        assertThatThrownBy(() -> c.order("#000001001")).hasMessageContaining("entity_id");
    }

    @Test
    void theOpenCountForTheCutOffNamesNewAndProcessingOrdersCreatedBeforeIt() {
        Instant cutoff = MagentoRig.NOW.minus(Duration.ofHours(1));
        rig.shop.add(order(cutoff.minusSeconds(60)));
        rig.shop.add(order(cutoff.minusSeconds(55)).withPayment(SandboxOrder.Payment.AUTHORIZED, null)); // state new
        SandboxOrder held = rig.shop.add(order(cutoff.minusSeconds(50)));
        rig.shop.hold(held.id(), SandboxOrder.Hold.ON_HOLD);
        SandboxOrder shipped = rig.shop.add(order(cutoff.minusSeconds(40)));
        rig.shop.fulfil(shipped.id());
        rig.shop.add(order(cutoff.minusSeconds(30)).withPayment(SandboxOrder.Payment.PENDING, null));
        rig.shop.add(order(cutoff)); // at the cut-off: after it
        assertThat(rig.connector().countOpenCreated(null, cutoff)).isEqualTo(2);
    }

    static SandboxOrder order(Instant createdAt) {
        return SandboxOrder.draft(createdAt, "buyer@example.com", List.of(new SandboxOrder.Line("SKU-1", "Widget", null, 2,
                new BigDecimal("19.99"), 0)));
    }
}
