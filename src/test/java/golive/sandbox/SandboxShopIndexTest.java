package golive.sandbox;

import golive.sandbox.SandboxShop.Index;
import golive.sandbox.SandboxShop.Key;
import golive.sandbox.SandboxShop.Range;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The shop's indexes answer a range as sorting the whole shop would, and follow every change. */
class SandboxShopIndexTest {
    private static final Instant NOW = Instant.parse("2025-03-10T15:00:00Z");
    private static final Instant FROM = NOW.minus(Duration.ofDays(7));

    private final SandboxClock clock = SandboxClock.frozenAt(NOW);
    private final SandboxShop shop = new SandboxShop(clock);

    @Test
    void aRangeReadsAsTheWholeShopFilteredAndSortedWould() {
        List<SandboxOrder> all = new OrderGenerator(3).fill(shop, 300, FROM, NOW);
        Instant lo = FROM.plus(Duration.ofDays(2));
        Instant hi = FROM.plus(Duration.ofDays(4));

        List<SandboxOrder> read = shop.read(Range.of(Index.CREATED, lo.getEpochSecond(), hi.getEpochSecond() - 1), false,
                s -> s.toList());

        Comparator<SandboxOrder> byCreated = Comparator.comparing(SandboxOrder::createdAt).thenComparingLong(SandboxOrder::id);
        assertThat(read).isNotEmpty().isEqualTo(all.stream()
                .filter(o -> !o.createdAt().isBefore(lo) && o.createdAt().isBefore(hi)).sorted(byCreated).toList());
        List<SandboxOrder> newestFirst = shop.read(Range.all(Index.CREATED), true, s -> s.toList());
        assertThat(newestFirst).isEqualTo(shop.orders());
    }

    @Test
    void anEditMovesTheOrderInTheUpdatedIndexAndNowhereElse() {
        List<SandboxOrder> all = new OrderGenerator(4).fill(shop, 50, FROM, NOW.minus(Duration.ofDays(1)));
        SandboxOrder first = all.get(0);
        clock.advance(Duration.ofHours(1));

        shop.fulfil(first.id());

        List<SandboxOrder> byUpdate = shop.read(Range.all(Index.UPDATED), true, s -> s.limit(1).toList());
        assertThat(byUpdate).singleElement().satisfies(o -> {
            assertThat(o.id()).isEqualTo(first.id());
            assertThat(o.fulfilment()).isEqualTo(SandboxOrder.Fulfilment.FULFILLED);
        });
        assertThat(shop.size()).isEqualTo(50);
        SandboxOrder lowestNumber = shop.read(Range.all(Index.NUMBER), false, s -> s.findFirst().orElseThrow());
        assertThat(lowestNumber.updatedAt()).isEqualTo(clock.instant());
        assertThat(shop.orderByNumber(first.number())).get().extracting(SandboxOrder::fulfilment)
                .isEqualTo(SandboxOrder.Fulfilment.FULFILLED);
        assertThat(shop.orderByNumber(first.number() + 50)).isEmpty();
    }

    @Test
    void aKeyPlacesACursorBetweenOrdersOfTheSameSecond() {
        List<SandboxOrder> all = shop.addAll(List.of(draft(), draft(), draft()));

        Key afterFirst = Index.CREATED.key(all.get(0)).next();
        List<SandboxOrder> after = shop.read(Range.all(Index.CREATED).from(afterFirst), false, s -> s.toList());
        List<SandboxOrder> below = shop.read(Range.all(Index.CREATED).below(Index.CREATED.key(all.get(2))), true, s -> s.toList());

        assertThat(after).containsExactly(all.get(1), all.get(2));
        assertThat(below).containsExactly(all.get(1), all.get(0));
    }

    @Test
    void aCountWalksTheNarrowestRangeAndAgreesWithTheWholeShop() {
        List<SandboxOrder> all = new OrderGenerator(5).fill(shop, 200, FROM, NOW);
        long since = FROM.plus(Duration.ofDays(6)).getEpochSecond();
        long number = all.get(20).number();

        long counted = shop.count(o -> !o.test() && o.updatedAt().getEpochSecond() >= since && o.number() > number,
                List.of(Range.of(Index.NUMBER, number + 1, null), Range.of(Index.UPDATED, since, null)));

        assertThat(counted).isEqualTo(all.stream().map(o -> shop.order(o.id()).orElseThrow())
                .filter(o -> !o.test() && o.updatedAt().getEpochSecond() >= since && o.number() > number).count());
    }

    private static SandboxOrder draft() {
        return SandboxOrder.draft(NOW, "a@example.com", List.of(new SandboxOrder.Line("S", "Shirt", null, 1, java.math.BigDecimal.TEN, 0)));
    }
}
