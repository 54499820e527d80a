package golive.cart.shopify;

import golive.cart.CartOrder;
import golive.cart.Lifecycle;
import golive.cart.OrderPage;
import golive.cart.OrderPages;
import golive.domain.OrderLine;
import golive.sandbox.OrderGenerator;
import golive.sandbox.SandboxOrder;
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
    void sixHundredOrdersComeInThreePagesEachExactlyOnce() {
        List<SandboxOrder> added = new OrderGenerator(7).fill(rig.shop, 600, DAY_AGO, SandboxRig.NOW);
        List<Integer> pageSizes = new ArrayList<>();
        rig.sandbox.afterOrdersPage(p -> pageSizes.add(p.orderIds().size()));

        List<CartOrder> read = SandboxRig.drain(rig.connector().updatedSince(DAY_AGO));

        assertThat(pageSizes).containsExactly(250, 250, 100);
        assertThat(read).extracting(CartOrder::id).doesNotHaveDuplicates()
                .containsExactlyInAnyOrderElementsOf(added.stream().map(o -> Long.toString(o.id())).toList());
        // the follow-up requests carry only limit and page_info, as Shopify demands
        assertThat(rig.sandbox.requestLog().subList(1, 3))
                .allMatch(l -> l.matches("GET /admin/api/2025-07/orders\\.json\\?limit=250&page_info=[\\w-]+ -> 200"));
        assertThat(rig.sandbox.requestLog().get(0))
                .startsWith("GET /admin/api/2025-07/orders.json?status=any&updated_at_min=2025-03-09T15%3A00%3A00%2B00%3A00&limit=250");
    }

    @Test
    void ordersCreatedOrChangedBetweenPagesAreNotDuplicatedAndTheCursorHolds() {
        List<SandboxOrder> added = new OrderGenerator(11).fill(rig.shop, 600, DAY_AGO, SandboxRig.NOW.minusSeconds(60));
        SandboxOrder oldest = added.get(0);
        AtomicInteger pages = new AtomicInteger();
        rig.sandbox.afterOrdersPage(p -> {
            if (pages.incrementAndGet() == 1) {
                rig.shop.add(SandboxOrder.draft(null, "new@example.com", added.get(5).lines()));
                rig.shop.edit(oldest.id(), o -> o.withEmail("changed@example.com"));
            }
        });

        List<CartOrder> read = SandboxRig.drain(rig.connector().updatedSince(DAY_AGO));

        assertThat(pages).hasValue(3);
        assertThat(read).extracting(CartOrder::id).doesNotHaveDuplicates()
                .containsExactlyInAnyOrderElementsOf(added.stream().map(o -> Long.toString(o.id())).toList());
        assertThat(read).filteredOn(o -> o.id().equals(Long.toString(oldest.id())))
                .extracting(CartOrder::email).containsExactly("changed@example.com");
        // the new one is the next run's business (updated since this run began)
        assertThat(SandboxRig.drain(rig.connector().updatedSince(SandboxRig.NOW))).extracting(CartOrder::email)
                .contains("new@example.com", "changed@example.com");
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

        Map<String, CartOrder> read = SandboxRig.drain(rig.connector().updatedSince(DAY_AGO)).stream()
                .collect(Collectors.toMap(CartOrder::id, Function.identity()));

        assertThat(read.get(id(open)).lifecycle()).isEqualTo(Lifecycle.OPEN);
        assertThat(read.get(id(partial)).lifecycle()).isEqualTo(Lifecycle.PARTIALLY_FULFILLED);
        assertThat(read.get(id(fulfilled)).lifecycle()).isEqualTo(Lifecycle.FULFILLED);
        assertThat(read.get(id(cancelled)).lifecycle()).as("cancelled wins over its refund").isEqualTo(Lifecycle.CANCELLED);
        assertThat(read.get(id(closedUnfulfilled)).lifecycle()).as("archived: done").isEqualTo(Lifecycle.FULFILLED);
        assertThat(read.get(id(refunded))).matches(o -> o.lifecycle() == Lifecycle.REFUNDED && o.total().amount().signum() == 0);
        assertThat(read.get(id(test)).lifecycle()).isEqualTo(Lifecycle.TEST);
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
        assertThat(rig.sandbox.requestLog().get(0)).contains("created_at_max=2025-03-01T23%3A59%3A59%2B00%3A00");
    }

    @Test
    void eachPageIsOneRequest() {
        new OrderGenerator(3).fill(rig.shop, 260, DAY_AGO, SandboxRig.NOW);
        OrderPages pages = rig.connector().updatedSince(DAY_AGO);

        OrderPage first = pages.next();
        assertThat(rig.sandbox.requestCount()).isEqualTo(1);
        assertThat(first.orders()).hasSize(250);
        assertThat(pages.hasNext()).isTrue();
        assertThat(pages.next().orders()).hasSize(10);
        assertThat(pages.hasNext()).isFalse();
    }

    private static String id(SandboxOrder o) {
        return Long.toString(o.id());
    }
}
