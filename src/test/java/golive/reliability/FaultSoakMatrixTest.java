package golive.reliability;

import golive.domain.CartKind;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import static org.assertj.core.api.Assertions.assertThat;

/** The fault soak in full ({@code -Preliability}): per cart, 10,000 orders through at least 1,000 injected faults. */
@Tag("reliability")
class FaultSoakMatrixTest {
    @ParameterizedTest
    @MethodSource("golive.reliability.CrashSafetyTest#carts")
    void tenThousandOrdersThroughAThousandFaultsArriveOnceEach(CartKind kind) {
        FaultSoak.Figures f = FaultSoak.run(kind, 10_000, 1_000, 14);
        System.out.println(f.line());
        assertThat(f.faults()).isGreaterThanOrEqualTo(1_000);
        assertThat(f.byKind()).hasSizeGreaterThanOrEqualTo(FaultSoak.MIX.size() - 1);
    }
}
