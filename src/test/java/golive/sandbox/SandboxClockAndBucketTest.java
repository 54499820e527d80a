package golive.sandbox;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;

import static org.assertj.core.api.Assertions.assertThat;

class SandboxClockAndBucketTest {
    private static final Instant T0 = Instant.parse("2025-01-01T00:00:00Z");

    @Test
    void aFrozenClockMovesOnlyWhenTold() {
        SandboxClock clock = SandboxClock.frozenAt(T0);

        assertThat(clock.instant()).isEqualTo(T0);
        clock.advance(Duration.ofMinutes(5));
        assertThat(clock.instant()).isEqualTo(T0.plusSeconds(300));
        clock.set(T0);
        assertThat(clock.withZone(ZoneId.of("Europe/Paris")).instant()).isEqualTo(T0);
    }

    @Test
    void aRunningClockNeverGoesBackAndCanBeFrozen() {
        SandboxClock clock = SandboxClock.running(T0, 1000);
        Instant a = clock.instant();
        Instant b = clock.instant();

        assertThat(b).isAfterOrEqualTo(a).isAfterOrEqualTo(T0);
        clock.setSpeed(0);
        Instant frozen = clock.instant();
        assertThat(clock.instant()).isEqualTo(frozen);
    }

    @Test
    void theBucketFillsAndLeaksByTheShopsClock() {
        SandboxClock clock = SandboxClock.frozenAt(T0);
        LeakyBucket bucket = new LeakyBucket(4, 2, clock);

        for (int i = 0; i < 4; i++) {
            assertThat(bucket.tryTake()).isTrue();
        }
        assertThat(bucket.tryTake()).isFalse();
        assertThat(bucket.header()).isEqualTo("4/4");
        clock.advance(Duration.ofMillis(500));
        assertThat(bucket.header()).isEqualTo("3/4");
        assertThat(bucket.tryTake()).isTrue();
        assertThat(bucket.tryTake()).isFalse();
        clock.advance(Duration.ofSeconds(10));
        assertThat(bucket.header()).isEqualTo("0/4");
    }

    @Test
    void aBucketNotEnforcingCountsButNeverRefuses() {
        LeakyBucket bucket = new LeakyBucket(2, 1, SandboxClock.frozenAt(T0));
        bucket.setEnforcing(false);

        for (int i = 0; i < 5; i++) {
            assertThat(bucket.tryTake()).isTrue();
        }
        assertThat(bucket.header()).isEqualTo("2/2");
        bucket.drain();
        assertThat(bucket.header()).isEqualTo("0/2");
    }

    @Test
    void shopChangesStampUpdatedAtFromTheClock() {
        SandboxClock clock = SandboxClock.frozenAt(T0);
        SandboxShop shop = new SandboxShop(clock);
        SandboxOrder o = shop.add(new OrderGenerator(3).next(T0.minusSeconds(3600)).withPayment(SandboxOrder.Payment.PAID, null)
                .withLines(new OrderGenerator(3).next(T0).lines()));

        clock.advance(Duration.ofMinutes(1));
        SandboxOrder cancelled = shop.cancel(o.id());

        assertThat(cancelled.updatedAt()).isEqualTo(T0.plusSeconds(60));
        assertThat(cancelled.cancelledAt()).isEqualTo(T0.plusSeconds(60));
        assertThat(cancelled.payment()).isEqualTo(SandboxOrder.Payment.REFUNDED);
        assertThat(cancelled.currentTotal()).isZero();
        assertThat(cancelled.open()).isFalse();
    }
}
