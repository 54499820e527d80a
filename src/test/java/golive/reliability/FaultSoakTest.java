package golive.reliability;

import golive.domain.CartKind;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import static org.assertj.core.api.Assertions.assertThat;

/** The fault soak, small, every cart: 200 orders through 50 faults; the full one (10,000 through 1,000) is in {@link FaultSoakMatrixTest}. */
class FaultSoakTest {
    @ParameterizedTest
    @MethodSource("golive.reliability.CrashSafetyTest#carts")
    void ordersSyncedThroughEveryKindOfFaultArriveOnceEach(CartKind kind) {
        FaultSoak.Figures f = FaultSoak.run(kind, 200, 50, 14);
        System.out.println(f.line());
        assertThat(f.byKind()).hasSizeGreaterThanOrEqualTo(6);
        assertThat(f.waited()).isPositive();
    }
}
