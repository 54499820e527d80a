package golive.sandbox;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

import static golive.sandbox.shopify.ShopifySandbox.orderName;
import static org.assertj.core.api.Assertions.assertThat;

class OrderGeneratorTest {
    private static final Instant TO = Instant.parse("2025-03-10T15:00:00Z");
    private static final Instant FROM = TO.minus(Duration.ofDays(7));

    @Test
    void theSameSeedGivesTheSameOrders() {
        assertThat(new OrderGenerator(42).between(50, FROM, TO)).isEqualTo(new OrderGenerator(42).between(50, FROM, TO));
        assertThat(new OrderGenerator(42).between(50, FROM, TO)).isNotEqualTo(new OrderGenerator(43).between(50, FROM, TO));
    }

    @Test
    void ordersAreOldestFirstInsideTheWindowAndMixTheStatesOfARealShop() {
        List<SandboxOrder> orders = new OrderGenerator(1).between(500, FROM, TO);

        assertThat(orders).isSortedAccordingTo(java.util.Comparator.comparing(SandboxOrder::createdAt));
        assertThat(orders).allMatch(o -> !o.createdAt().isBefore(FROM) && o.createdAt().isBefore(TO));
        assertThat(orders).extracting(SandboxOrder::fulfilment).contains(SandboxOrder.Fulfilment.values());
        assertThat(orders).anyMatch(o -> o.cancelledAt() != null).anyMatch(SandboxOrder::test)
                .anyMatch(o -> o.closedAt() != null && o.cancelledAt() == null)
                .anyMatch(o -> o.payment() == SandboxOrder.Payment.PARTIALLY_REFUNDED)
                .anyMatch(o -> Objects.equals(o.email(), ""));
        long eligible = orders.stream().filter(o -> o.open() && !o.test() && o.fulfilment() != SandboxOrder.Fulfilment.FULFILLED).count();
        assertThat(eligible).isBetween(300L, 420L);
        assertThat(orders).allMatch(o -> !o.updatedAt().isBefore(o.createdAt()));
    }

    @Test
    void moneyAddsUpToTheCent() {
        for (SandboxOrder o : new OrderGenerator(9).between(200, FROM, TO)) {
            assertThat(o.total()).isEqualTo(o.subtotal().add(o.tax()).add(o.shipping()));
            assertThat(o.total().scale()).isEqualTo(2);
            assertThat(o.tax()).isEqualTo(o.subtotal().multiply(new BigDecimal("0.06")).setScale(2, java.math.RoundingMode.HALF_EVEN));
            assertThat(o.lines()).isNotEmpty().allMatch(l -> l.fulfilled() <= l.quantity());
        }
    }

    @Test
    void fillingAShopGivesGrowingIdsAboveThirtyTwoBitsAndNumbersFrom1001() {
        SandboxShop shop = new SandboxShop(SandboxClock.frozenAt(TO));

        List<SandboxOrder> added = new OrderGenerator(5).fill(shop, 20, FROM, TO);

        assertThat(added).extracting(SandboxOrder::id).isSorted().allMatch(id -> id > (1L << 32));
        assertThat(orderName(added.get(0))).isEqualTo("#1001");
        assertThat(added).allMatch(o -> o.currency().equals("USD") && !o.updatedAt().isAfter(TO));
        assertThat(shop.orders()).hasSize(20).isSortedAccordingTo(SandboxShop.NEWEST_FIRST);
    }
}
