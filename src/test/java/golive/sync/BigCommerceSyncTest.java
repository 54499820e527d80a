package golive.sync;

import golive.domain.Order;
import golive.sandbox.OrderGenerator;
import golive.sandbox.SandboxOrder;
import golive.store.OrderStore;
import golive.testkit.BigCommerceLaunchpad;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A BigCommerce store far from UTC synced into H2 end to end: the boundary orders a second before and
 * at 'Import Orders from', a few hundred orders in every state over more than one page, an order paid
 * after it was placed; nothing missing, nothing extra, no duplicate, a re-run adding nothing.
 */
class BigCommerceSyncTest {
    static BigCommerceLaunchpad pad;
    static Instant importFrom;
    static SandboxOrder justBefore;
    static SandboxOrder atImportFrom;
    static SandboxOrder unpaid;
    static List<SandboxOrder> generated;
    static SyncResult first;
    static List<Order> afterFirst;

    @BeforeAll
    static void syncOnce() {
        pad = BigCommerceLaunchpad.inMemory(ZoneId.of("Pacific/Auckland"));
        importFrom = Instant.now().truncatedTo(ChronoUnit.SECONDS).minus(Duration.ofHours(3));
        justBefore = pad.order(importFrom.minusSeconds(1));
        atImportFrom = pad.order(importFrom);
        unpaid = pad.shop.add(SandboxOrder.draft(importFrom.plusSeconds(30), "later@example.com", atImportFrom.lines())
                .withPayment(SandboxOrder.Payment.PENDING, null));
        generated = new OrderGenerator(42).fill(pad.shop, 420, importFrom.plusSeconds(60), Instant.now().minusSeconds(5));
        pad.readyToSync(importFrom, importFrom);
        first = engine().run("now", e -> { });
        afterFirst = stored();
    }

    @AfterAll
    static void close() {
        pad.close();
    }

    static SyncEngine engine() {
        return new SyncEngine(pad.cutover, SyncLease.oneShot(pad.db));
    }

    static List<Order> stored() {
        return pad.db.read(new OrderStore()::all);
    }

    /** Importable by BigCommerce's default set: open or partly shipped (status 11, 9, 3, or 14 with items left), not a test. */
    static boolean importable(SandboxOrder o) {
        return o.cancelledAt() == null && o.closedAt() == null && !o.test()
                && o.payment() != SandboxOrder.Payment.REFUNDED && o.payment() != SandboxOrder.Payment.VOIDED
                && o.payment() != SandboxOrder.Payment.PENDING && o.hold() != SandboxOrder.Hold.ON_HOLD
                && o.fulfilment() != SandboxOrder.Fulfilment.FULFILLED;
    }

    static List<String> numbers(List<SandboxOrder> orders) {
        return orders.stream().map(o -> Long.toString(o.number())).toList();
    }

    @Test
    void everyImportableOrderFromImportOrdersFromIsStoredOnceAndNothingElse() {
        List<SandboxOrder> expected = new java.util.ArrayList<>(List.of(atImportFrom));
        pad.shop.orders().stream().filter(o -> generated.stream().anyMatch(g -> g.id() == o.id()))
                .filter(BigCommerceSyncTest::importable).forEach(expected::add);
        assertThat(expected).hasSizeGreaterThan(250); // more than one page

        assertThat(afterFirst).extracting(Order::cartOrderId).doesNotHaveDuplicates()
                .containsExactlyInAnyOrderElementsOf(numbers(expected));
        assertThat(afterFirst).extracting(Order::cartOrderId)
                .doesNotContain(Long.toString(justBefore.number()), Long.toString(unpaid.number()));
        assertThat(first.counts().imported()).isEqualTo(expected.size());
        Order at = afterFirst.stream().filter(o -> o.cartOrderId().equals(Long.toString(atImportFrom.number()))).findFirst().orElseThrow();
        assertThat(at.createdAt()).isEqualTo(importFrom);
        assertThat(at.orderNumber()).isEqualTo(Long.toString(atImportFrom.number()));
    }

    @Test
    void aReRunAddsNothingAndAnOrderPaidLaterIsImportedByTheNextRun() {
        SyncResult again = engine().run("now", e -> { });
        assertThat(again.counts().imported()).isZero();
        assertThat(stored()).hasSameSizeAs(afterFirst);

        pad.shop.edit(unpaid.id(), o -> o.withPayment(SandboxOrder.Payment.PAID, null));
        SyncResult paid = engine().run("now", e -> { });

        assertThat(paid.counts().imported()).isEqualTo(1);
        assertThat(stored()).extracting(Order::cartOrderId).doesNotHaveDuplicates().hasSize(afterFirst.size() + 1)
                .contains(Long.toString(unpaid.number()));
    }
}
