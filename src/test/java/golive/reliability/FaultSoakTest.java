package golive.reliability;

import golive.domain.CartKind;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import static org.assertj.core.api.Assertions.assertThat;

/** {@link FaultSoak}, every cart: 200 orders through 50 faults in {@code mvn -B verify}, 10,000 through 1,000 in {@code -Preliability}. */
class FaultSoakTest {
    @ParameterizedTest
    @MethodSource("golive.reliability.CrashSafetyTest#carts")
    void ordersSyncedThroughEveryKindOfFaultArriveOnceEach(CartKind kind) {
        FaultSoak.Figures f = soak(kind, 200, 50);
        assertThat(f.byKind()).hasSizeGreaterThanOrEqualTo(6);
        assertThat(f.waited()).isPositive();
    }

    @Tag("reliability")
    @ParameterizedTest
    @MethodSource("golive.reliability.CrashSafetyTest#carts")
    void tenThousandOrdersThroughAThousandFaultsArriveOnceEach(CartKind kind) {
        FaultSoak.Figures f = soak(kind, 10_000, 1_000);
        assertThat(f.faults()).isGreaterThanOrEqualTo(1_000);
        assertThat(f.byKind()).hasSizeGreaterThanOrEqualTo(FaultSoak.MIX.size() - 1);
    }

    private static FaultSoak.Figures soak(CartKind kind, int orders, int faults) {
        FaultSoak.Figures f = FaultSoak.run(kind, orders, faults, 14);
        System.out.println(f.line());
        return f;
    }
}
