package golive.cart.shopify;

import golive.cart.CartOrder;
import golive.cart.Lifecycle;
import golive.cart.OrderPage;
import golive.cart.OrderPages;
import golive.domain.OrderLine;
import golive.sandbox.OrderGenerator;
import golive.sandbox.SandboxOrder;
import golive.sandbox.shopify.ShopifyGraphql;
import golive.sandbox.shopify.ShopifySandbox;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ShopifyOrdersTest {
    private static final Instant DAY_AGO = SandboxRig.NOW.minus(Duration.ofDays(1));
    private final SandboxRig rig = new SandboxRig();

    @AfterEach
    void close() {
        rig.close();
    }

    private SandboxOrder add(Instant created, String price) {
        return rig.shop.add(SandboxOrder.draft(created, "a@example.com",
                List.of(new SandboxOrder.Line("SKU-1", "Thing", null, 1, new BigDecimal(price), 0))));
    }

    @Test
    void sixHundredOrdersComeInPagesOfFortyEachExactlyOnceByKeysetCursor() {
        List<SandboxOrder> added = new OrderGenerator(7).fill(rig.shop, 600, DAY_AGO, SandboxRig.NOW);
        List<Integer> pageSizes = new ArrayList<>();
        rig.sandbox.afterOrdersPage(p -> pageSizes.add(p.orderIds().size()));

        List<CartOrder> read = SandboxRig.drain(rig.connector().updatedSince(DAY_AGO));

        assertThat(pageSizes).hasSize(15).containsOnly(ShopifyQueries.ORDERS_PER_PAGE);
        assertThat(read).extracting(CartOrder::id).doesNotHaveDuplicates()
                .containsExactlyInAnyOrderElementsOf(added.stream().map(o -> Long.toString(o.id())).toList());
        List<ShopifyGraphql.Call> calls = rig.sandbox.graphqlCalls();
        // one fixed lower bound in explicit UTC, sorted by the time of the last change; each page after the one before
        assertThat(calls).allMatch(c -> c.variables().get("query").asText().equals("updated_at:>='2025-03-09T15:00:00Z'"));
        assertThat(calls).allMatch(c -> c.query().contains("sortKey: UPDATED_AT"));
        assertThat(calls.get(0).variables().get("after").isNull()).isTrue();
        assertThat(calls.subList(1, calls.size())).allMatch(c -> c.variables().get("after").isTextual());
        assertThat(calls).allMatch(c -> c.requestedCost() <= 1000 && c.errorCode() == null);
    }

    @Test
    void anOrderChangedBetweenPagesIsReadAgainInItsNewStateAndNoneIsSkipped() {
        List<SandboxOrder> added = new OrderGenerator(11).fill(rig.shop, 600, DAY_AGO, SandboxRig.NOW.minusSeconds(60));
        SandboxOrder oldest = added.get(0);
        SandboxOrder nextPageFirst = added.get(ShopifyQueries.ORDERS_PER_PAGE);
        AtomicInteger pages = new AtomicInteger();
        rig.sandbox.afterOrdersPage(p -> {
            if (pages.incrementAndGet() == 1) {
                rig.shop.add(SandboxOrder.draft(null, "new@example.com", added.get(5).lines()));
                rig.shop.edit(oldest.id(), o -> o.withEmail("changed@example.com"));
                rig.shop.edit(nextPageFirst.id(), o -> o.withEmail("moved@example.com")); // jumps past the cursor
            }
        });

        List<CartOrder> read = SandboxRig.drain(rig.connector().updatedSince(DAY_AGO));

        assertThat(read).extracting(CartOrder::id).containsAll(added.stream().map(o -> Long.toString(o.id())).toList());
        assertThat(read).extracting(CartOrder::email).contains("new@example.com", "moved@example.com");
        // read before and after its change: the store's unique key makes the second sight a no-op or a change noticed
        assertThat(read).filteredOn(o -> o.id().equals(Long.toString(oldest.id())))
                .extracting(CartOrder::email).last().isEqualTo("changed@example.com");
    }

    @Test
    void anOrderWithMoreLinesThanTheFirstLinePageKeepsEveryLine() {
        List<SandboxOrder.Line> lines = new ArrayList<>();
        for (int i = 0; i < 130; i++) {
            lines.add(new SandboxOrder.Line("L-" + i, "Line " + i, null, 1, new BigDecimal("1.00"), 0));
        }
        SandboxOrder big = rig.shop.add(SandboxOrder.draft(DAY_AGO, "big@example.com", lines));

        List<CartOrder> read = SandboxRig.drain(rig.connector().updatedSince(DAY_AGO));

        assertThat(read).singleElement().satisfies(o -> assertThat(o.lines()).extracting(OrderLine::sku)
                .containsExactlyElementsOf(lines.stream().map(SandboxOrder.Line::sku).toList()));
        assertThat(rig.connector().order(id(big)).orElseThrow().lines()).hasSize(130);
        assertThat(rig.sandbox.graphqlCalls()).filteredOn(c -> c.query().startsWith("query OrderLines")).hasSize(4);
    }

    @Test
    void updatedSinceIncludesEveryStatusButNotOlderUpdates() {
        SandboxOrder before = add(DAY_AGO.minusSeconds(10), "1.00");
        SandboxOrder open = add(DAY_AGO, "2.00");
        SandboxOrder cancelled = rig.shop.cancel(add(DAY_AGO.plusSeconds(5), "3.00").id());
        SandboxOrder closed = rig.shop.close(rig.shop.fulfil(add(DAY_AGO.plusSeconds(6), "4.00").id()).id());
        SandboxOrder oldButEdited = rig.shop.edit(add(DAY_AGO.minus(Duration.ofDays(30)), "5.00").id(), o -> o);

        List<CartOrder> read = SandboxRig.drain(rig.connector().updatedSince(DAY_AGO));

        assertThat(read).extracting(CartOrder::id).containsExactlyInAnyOrder(
                id(open), id(cancelled), id(closed), id(oldButEdited));
        assertThat(read).extracting(CartOrder::id).doesNotContain(id(before));
    }

    @Test
    void mapsStatesOntoTheCartNeutralLifecycle() {
        SandboxOrder open = add(DAY_AGO, "10.00");
        SandboxOrder partial = rig.shop.fulfilPartly(rig.shop.add(SandboxOrder.draft(DAY_AGO, "p@example.com",
                List.of(new SandboxOrder.Line("A", "A", null, 2, new BigDecimal("1.00"), 0)))).id());
        SandboxOrder fulfilled = rig.shop.fulfil(add(DAY_AGO, "10.00").id());
        SandboxOrder cancelled = rig.shop.cancel(add(DAY_AGO, "10.00").id());
        SandboxOrder closedUnfulfilled = rig.shop.close(add(DAY_AGO, "10.00").id());
        SandboxOrder refunded = rig.shop.refund(add(DAY_AGO, "10.00").id());
        SandboxOrder test = rig.shop.edit(add(DAY_AGO, "10.00").id(), o -> o.withTest(true));
        SandboxOrder held = rig.shop.hold(add(DAY_AGO, "10.00").id(), SandboxOrder.Hold.ON_HOLD);
        SandboxOrder scheduled = rig.shop.hold(add(DAY_AGO, "10.00").id(), SandboxOrder.Hold.SCHEDULED);
        SandboxOrder pending = rig.shop.edit(add(DAY_AGO, "10.00").id(), o -> o.withPayment(SandboxOrder.Payment.PENDING, null));
        SandboxOrder partlyRefunded = rig.shop.edit(add(DAY_AGO, "10.00").id(),
                o -> o.withPayment(SandboxOrder.Payment.PARTIALLY_REFUNDED, new BigDecimal("2.00")));

        Map<String, CartOrder> read = SandboxRig.drain(rig.connector().updatedSince(DAY_AGO)).stream()
                .collect(Collectors.toMap(CartOrder::id, Function.identity()));

        assertThat(read.get(id(open)).lifecycle()).isEqualTo(Lifecycle.OPEN);
        assertThat(read.get(id(partial)).lifecycle()).isEqualTo(Lifecycle.PARTIALLY_FULFILLED);
        assertThat(read.get(id(fulfilled)).lifecycle()).isEqualTo(Lifecycle.FULFILLED);
        assertThat(read.get(id(cancelled)).lifecycle()).as("cancelled wins over its refund").isEqualTo(Lifecycle.CANCELLED);
        assertThat(read.get(id(closedUnfulfilled)).lifecycle()).as("archived: done").isEqualTo(Lifecycle.FULFILLED);
        assertThat(read.get(id(refunded))).matches(o -> o.lifecycle() == Lifecycle.REFUNDED && o.total().amount().signum() == 0);
        assertThat(read.get(id(test)).lifecycle()).isEqualTo(Lifecycle.TEST);
        assertThat(read.get(id(held)).lifecycle()).isEqualTo(Lifecycle.ON_HOLD);
        assertThat(read.get(id(scheduled)).lifecycle()).isEqualTo(Lifecycle.SCHEDULED);
        assertThat(read.get(id(pending)).lifecycle()).isEqualTo(Lifecycle.PENDING_PAYMENT);
        assertThat(read.get(id(partlyRefunded))).as("partially refunded stays eligible")
                .matches(o -> o.lifecycle() == Lifecycle.OPEN && o.total().amount().compareTo(new BigDecimal("8.60")) == 0);
        assertThat(read.get(id(partlyRefunded)).cartStatus()).isEqualTo("partially refunded, unfulfilled");
        assertThat(read.values()).extracting(CartOrder::exclusion).containsOnly(null, "fulfilled", "cancelled", "refunded", "test");
    }

    @Test
    void moneyIsExactAndTimestampsAreInstants() {
        SandboxOrder o = rig.shop.add(SandboxOrder.draft(Instant.parse("2025-03-01T05:30:07Z"), "m@example.com",
                List.of(new SandboxOrder.Line("DIME", "Dime", "silver", 3, new BigDecimal("0.10"), 0),
                        new SandboxOrder.Line("", "Gift wrap", null, 1, new BigDecimal("3.50"), 0)))
                .withShipping(new BigDecimal("4.99")));

        CartOrder read = rig.connector().order(id(o)).orElseThrow();

        // 0.30 + 3.50 = 3.80; tax 6 % = 0.23; shipping 4.99
        assertThat(read.total().amount()).isEqualByComparingTo("9.02").hasToString("9.02");
        assertThat(read.total().currency()).isEqualTo("USD");
        assertThat(read.lines()).containsExactly(
                new OrderLine("DIME", "Dime - silver", new BigDecimal("3"), new BigDecimal("0.10")),
                new OrderLine(null, "Gift wrap", new BigDecimal("1"), new BigDecimal("3.50")));
        assertThat(read.createdAt()).isEqualTo(Instant.parse("2025-03-01T05:30:07Z"));
        assertThat(read.number()).isEqualTo(ShopifySandbox.orderName(o));
        assertThat(read.email()).isEqualTo("m@example.com");
    }

    @Test
    void idsAbove32BitsWork() {
        SandboxOrder big = rig.shop.add(SandboxOrder.draft(DAY_AGO, "b@example.com",
                List.of(new SandboxOrder.Line("X", "X", null, 1, BigDecimal.ONE, 0))).withIdentity(
                9_007_199_254_740_993L, 0, DAY_AGO, null, null));

        assertThat(rig.connector().order("9007199254740993")).get().extracting(CartOrder::id).isEqualTo("9007199254740993");
        assertThat(SandboxRig.drain(rig.connector().updatedSince(DAY_AGO))).extracting(CartOrder::id)
                .containsExactly(Long.toString(big.id()));
    }

    @Test
    void anUnknownOrderIsEmptyAndANameIsNotAnId() {
        assertThat(rig.connector().order("123456789")).isEmpty();
        assertThatThrownBy(() -> rig.connector().order("#1001")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("#1001");
    }

    @Test
    void countOpenCreatedTreatsFromAsInclusiveAndToAsExclusive() {
        Instant from = Instant.parse("2025-03-01T00:00:00Z");
        Instant to = Instant.parse("2025-03-02T00:00:00Z");
        add(from.minusSeconds(1), "1.00");
        add(from, "1.00");
        add(to.minusSeconds(1), "1.00");
        add(to, "1.00");
        rig.shop.fulfil(add(from.plusSeconds(60), "1.00").id());
        rig.shop.cancel(add(from.plusSeconds(61), "1.00").id());
        rig.shop.fulfilPartly(rig.shop.add(SandboxOrder.draft(from.plusSeconds(62), "p@example.com",
                List.of(new SandboxOrder.Line("A", "A", null, 2, BigDecimal.ONE, 0)))).id());

        ShopifyConnector c = rig.connector();
        assertThat(c.countOpenCreated(from, to)).isEqualTo(3);
        assertThat(c.countOpenCreated(from, null)).isEqualTo(4);
        assertThat(c.countOpenCreated(null, to)).isEqualTo(4);
        assertThat(c.countOpenCreated(from.plusMillis(1), to.minusMillis(500))).isEqualTo(2);
        assertThat(rig.sandbox.graphqlCalls().get(0).variables().get("query").asText())
                .isEqualTo("status:open fulfillment_status:unfulfilled created_at:>='2025-03-01T00:00:00Z' created_at:<'2025-03-02T00:00:00Z'");
        assertThat(rig.sandbox.graphqlCalls().get(0).query()).contains("limit: null");
    }

    @Test
    void theBoundaryOrdersOfAShopFarFromUtcAreCountedByTheInstantNotTheShopsDate() {
        rig.shop.zone(java.time.ZoneId.of("Pacific/Kiritimati")); // UTC+14: its midnight is the day before in UTC
        Instant cutoff = java.time.LocalDate.parse("2025-03-02").atStartOfDay(rig.shop.zone()).toInstant();
        add(cutoff.minusSeconds(1), "1.00");
        add(cutoff, "1.00");
        assertThat(rig.connector().countOpenCreated(null, cutoff)).isEqualTo(1);
        assertThat(rig.connector().countOpenCreated(cutoff, null)).isEqualTo(1);
        assertThat(rig.sandbox.graphqlCalls().get(0).variables().get("query").asText()).contains("created_at:<'2025-03-01T10:00:00Z'");
    }

    @Test
    void eachPageIsOneRequest() {
        new OrderGenerator(3).fill(rig.shop, 50, DAY_AGO, SandboxRig.NOW);
        OrderPages pages = rig.connector().updatedSince(DAY_AGO);

        OrderPage first = pages.next();
        assertThat(rig.sandbox.requestCount()).isEqualTo(1);
        assertThat(first.orders()).hasSize(ShopifyQueries.ORDERS_PER_PAGE);
        assertThat(pages.hasNext()).isTrue();
        assertThat(pages.next().orders()).hasSize(10);
        assertThat(pages.hasNext()).isFalse();
    }

    private static String id(SandboxOrder o) {
        return Long.toString(o.id());
    }
}
