package golive.cart.bigcommerce;

import golive.cart.CartOrder;
import golive.cart.Lifecycle;
import golive.cart.OrderPage;
import golive.cart.OrderPages;
import golive.domain.OrderLine;
import golive.sandbox.OrderGenerator;
import golive.sandbox.SandboxOrder;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class BigCommerceOrdersTest {
    private static final Instant DAY_AGO = BigCommerceRig.NOW.minus(Duration.ofDays(1));
    private final BigCommerceRig rig = new BigCommerceRig();

    @AfterEach
    void close() {
        rig.close();
    }

    private static List<String> ids(List<SandboxOrder> orders) {
        return orders.stream().map(o -> Long.toString(o.number())).toList();
    }

    @Test
    void anUnencodedPlusArrivesAsASpaceAndIsRefusedWhileTheConnectorSendsItAsPercent2B() throws Exception {
        rig.order(DAY_AGO.plusSeconds(60));
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        URI raw = URI.create(rig.sandbox.v2Url() + "orders?min_date_modified=2025-03-09T15:00:00+00:00");
        HttpResponse<String> refused = http.send(HttpRequest.newBuilder(raw).header("X-Auth-Token", BigCommerceRig.TOKEN).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(refused.body()).contains("min_date_modified").contains("2025-03-09T15:00:00 00:00").contains("%2B");

        assertThat(BigCommerceRig.drain(rig.connector().updatedSince(DAY_AGO))).hasSize(1);
        assertThat(rig.requests("/v2/orders?")).hasSize(2).last().asString()
                .contains("min_date_modified=2025-03-09T15%3A00%3A00%2B00%3A00").contains("sort=id%3Aasc").contains("limit=250")
                .doesNotContain("status_id").endsWith("-> 200");
    }

    @Test
    void fullPagesAreFollowedByMinIdAndTheListEndsAtTheShortPageWithLinesReadOnlyForOrdersNotExcluded() {
        List<SandboxOrder> added = new OrderGenerator(7).fill(rig.shop, 260, DAY_AGO, BigCommerceRig.NOW);
        long excluded = added.stream().map(o -> rig.shop.order(o.id()).orElseThrow())
                .filter(o -> o.cancelledAt() != null || o.closedAt() != null || o.test()
                        || o.fulfilment() == SandboxOrder.Fulfilment.FULFILLED || o.payment() == SandboxOrder.Payment.REFUNDED
                        || o.payment() == SandboxOrder.Payment.VOIDED).count();
        assertThat(excluded).as("the generator makes some orders the engine never imports").isPositive();

        List<CartOrder> read = BigCommerceRig.drain(rig.connector().updatedSince(DAY_AGO));

        assertThat(read).extracting(CartOrder::id).doesNotHaveDuplicates().containsExactlyInAnyOrderElementsOf(ids(added));
        List<String> pages = rig.requests("/v2/orders?");
        assertThat(pages).hasSize(2);
        assertThat(pages.get(0)).doesNotContain("min_id");
        assertThat(pages.get(1)).contains("min_id=" + (added.get(249).number() + 1));
        assertThat(rig.requests("/products")).as("1 + one call per order not excluded, per page").hasSize((int) (260 - excluded));
        assertThat(read).filteredOn(o -> o.lifecycle().excluded()).allMatch(o -> o.lines().isEmpty());
        assertThat(read).filteredOn(o -> !o.lifecycle().excluded()).allMatch(o -> !o.lines().isEmpty());
    }

    @Test
    void aListThatEndsOnAFullPageEndsAt204WithAnEmptyBody() {
        List<SandboxOrder> added = new OrderGenerator(3).fill(rig.shop, 10, DAY_AGO, BigCommerceRig.NOW);
        OrderPages pages = rig.connector(5).updatedSince(DAY_AGO);

        assertThat(pages.next().size()).isEqualTo(5);
        assertThat(pages.next().size()).isEqualTo(5);
        assertThat(pages.hasNext()).isTrue();
        OrderPage last = pages.next();
        assertThat(last.size()).isZero();
        assertThat(pages.hasNext()).isFalse();
        assertThat(rig.requests("/v2/orders?")).hasSize(3).last().asString().endsWith("-> 204");
        assertThat(added).hasSize(10);
    }

    @Test
    void nothingUpdatedSinceIsA204AndNoPage() {
        rig.order(DAY_AGO.minusSeconds(1));

        OrderPages pages = rig.connector().updatedSince(DAY_AGO);

        assertThat(pages.next().size()).isZero();
        assertThat(pages.hasNext()).isFalse();
        assertThat(pages.clock().cart()).isEqualTo(BigCommerceRig.NOW);
    }

    @Test
    void anOrderFulfilledBetweenPagesAndOrdersPlacedMeanwhileAreAllRead() {
        List<SandboxOrder> added = new OrderGenerator(11).fill(rig.shop, 23, DAY_AGO, BigCommerceRig.NOW.minusSeconds(120));
        SandboxOrder onNextPage = added.get(6);
        SandboxOrder onThisPage = added.get(2);
        AtomicInteger served = new AtomicInteger();
        List<SandboxOrder> placed = new java.util.concurrent.CopyOnWriteArrayList<>();
        rig.sandbox.afterOrdersPage(p -> {
            int n = served.incrementAndGet();
            if (n == 1) {
                rig.shop.fulfil(onNextPage.id()); // modified mid-walk: with an id order it keeps its place
                rig.shop.edit(onThisPage.id(), o -> o.withEmail("changed@example.com"));
            }
            if (n <= 3) {
                placed.add(rig.order(null));
            }
        });

        List<CartOrder> read = BigCommerceRig.drain(rig.connector(5).updatedSince(DAY_AGO));

        assertThat(read).extracting(CartOrder::id).doesNotHaveDuplicates()
                .containsAll(ids(added)).containsAll(ids(placed));
        assertThat(read).filteredOn(o -> o.id().equals(Long.toString(onNextPage.number())))
                .singleElement().extracting(CartOrder::lifecycle).isEqualTo(Lifecycle.FULFILLED);
        assertThat(rig.requests("/v2/orders?")).allMatch(r -> r.contains("min_date_modified=2025-03-09T15%3A00%3A00%2B00%3A00"));
    }

    @Test
    void anOrderPaidAnHourAfterItWasPlacedIsCaughtByTheUpdatedSinceCursor() {
        Instant placed = BigCommerceRig.NOW.minus(Duration.ofHours(3));
        SandboxOrder o = rig.shop.add(SandboxOrder.draft(placed, "later@example.com",
                List.of(new SandboxOrder.Line("SKU-9", "Lamp", null, 1, new BigDecimal("40.00"), 0))).withPayment(SandboxOrder.Payment.PENDING, null));
        Instant firstRun = BigCommerceRig.NOW.minus(Duration.ofHours(2));

        assertThat(BigCommerceRig.drain(rig.connector().updatedSince(placed))).singleElement().satisfies(c -> {
            assertThat(c.lifecycle()).isEqualTo(Lifecycle.PENDING_PAYMENT);
            assertThat(c.cartStatus()).isEqualTo("Awaiting Payment, payment pending");
        });
        assertThat(BigCommerceRig.drain(rig.connector().updatedSince(firstRun))).isEmpty();

        rig.shopClock.advance(Duration.ofHours(1));
        rig.shop.edit(o.id(), x -> x.withPayment(SandboxOrder.Payment.PAID, null));

        assertThat(BigCommerceRig.drain(rig.connector().updatedSince(firstRun))).singleElement().satisfies(c -> {
            assertThat(c.id()).isEqualTo(Long.toString(o.number()));
            assertThat(c.lifecycle()).isEqualTo(Lifecycle.OPEN);
            assertThat(c.createdAt()).isEqualTo(placed);
            assertThat(c.updatedAt()).isEqualTo(BigCommerceRig.NOW.plus(Duration.ofHours(1)));
        });
    }

    @Test
    void eachFactOfAnOrderIsReadAsTheLifecycleItsStatusIdMeans() {
        Instant t = DAY_AGO.plusSeconds(10);
        long open = rig.order(t).id();
        long partly = rig.shop.fulfilPartly(rig.order(t).id()).id();
        long shipped = rig.shop.fulfil(rig.order(t).id()).id();
        long unpaid = rig.shop.edit(rig.order(t).id(), o -> o.withPayment(SandboxOrder.Payment.PENDING, null)).id();
        long held = rig.shop.hold(rig.order(t).id(), SandboxOrder.Hold.ON_HOLD).id();
        long cancelled = rig.shop.cancel(rig.order(t).id()).id();
        long refunded = rig.shop.refund(rig.order(t).id()).id();
        long partRefunded = rig.shop.edit(rig.order(t).id(), o -> o.withPayment(SandboxOrder.Payment.PARTIALLY_REFUNDED,
                new BigDecimal("5.00"))).id();
        long archived = rig.shop.close(rig.order(t).id()).id();
        long test = rig.shop.edit(rig.order(t).id(), o -> o.withTest(true)).id();

        List<CartOrder> read = BigCommerceRig.drain(rig.connector().updatedSince(DAY_AGO));

        java.util.Map<String, CartOrder> byId = new java.util.HashMap<>();
        read.forEach(o -> byId.put(o.id(), o));
        java.util.function.Function<Long, CartOrder> of = id -> byId.get(Long.toString(rig.shop.order(id).orElseThrow().number()));
        assertThat(of.apply(open).lifecycle()).isEqualTo(Lifecycle.OPEN);
        assertThat(of.apply(partly).lifecycle()).isEqualTo(Lifecycle.PARTIALLY_FULFILLED);
        assertThat(of.apply(shipped).lifecycle()).isEqualTo(Lifecycle.FULFILLED);
        assertThat(of.apply(unpaid).lifecycle()).isEqualTo(Lifecycle.PENDING_PAYMENT);
        assertThat(of.apply(held).lifecycle()).isEqualTo(Lifecycle.ON_HOLD);
        assertThat(of.apply(cancelled).lifecycle()).isEqualTo(Lifecycle.CANCELLED);
        assertThat(of.apply(refunded).lifecycle()).isEqualTo(Lifecycle.REFUNDED);
        assertThat(of.apply(partRefunded).lifecycle()).as("partially refunded, nothing shipped: still to fulfil").isEqualTo(Lifecycle.OPEN);
        assertThat(of.apply(partRefunded).total().amount()).isEqualByComparingTo(
                rig.shop.order(partRefunded).orElseThrow().total().subtract(new BigDecimal("5.00")));
        assertThat(of.apply(archived).lifecycle()).isEqualTo(Lifecycle.FULFILLED);
        assertThat(of.apply(test).lifecycle()).isEqualTo(Lifecycle.TEST);
        assertThat(of.apply(open).lines()).containsExactly(new OrderLine("SKU-1", "Widget", new BigDecimal("2"), new BigDecimal("19.9900")));
        assertThat(of.apply(open).number()).isEqualTo(of.apply(open).id());
    }

    @Test
    void oneOrderIsReadByItsNumberWithItsLinesAndAnUnknownOneIsEmpty() {
        SandboxOrder o = rig.order(DAY_AGO);
        BigCommerceConnector c = rig.connector();

        assertThat(c.order(Long.toString(o.number()))).get().satisfies(x -> {
            assertThat(x.email()).isEqualTo("buyer@example.com");
            assertThat(x.total().currency()).isEqualTo("USD");
            assertThat(x.lines()).hasSize(1);
        });
        assertThat(c.order("999999")).isEmpty();
        assertThatThrownBy(() -> c.order("#1001")).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("digits");
    }

    @Test
    void openOrdersCreatedInAWindowAreCountedWithoutReadingLines() {
        Instant from = DAY_AGO.plusSeconds(100);
        Instant to = from.plus(Duration.ofHours(1));
        rig.order(from.minusSeconds(1));
        rig.order(from);
        rig.order(to.minusSeconds(1));
        rig.shop.fulfil(rig.order(from.plusSeconds(5)).id());
        rig.order(to);

        assertThat(rig.connector(2).countOpenCreated(from, to)).isEqualTo(2);
        assertThat(rig.connector().countOpenCreated(null, null)).isEqualTo(4);
        assertThat(rig.requests("/products")).isEmpty();
    }
}
