package golive.reliability;

import golive.domain.CartKind;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.nio.file.Path;

/** {@link ConcurrencyDrill}: one cart in {@code mvn -B verify}, every cart in {@code -Preliability}. */
class ConcurrencyTest {
    @TempDir
    Path dir;

    @Test
    void theWizardTwoRunnersATerminalAPlanChangeAndADisconnectOnOneStoreImportEachOrderOnce() throws Exception {
        ConcurrencyDrill.run(CartKind.WOOCOMMERCE, dir);
    }

    @Tag("reliability")
    @ParameterizedTest
    @MethodSource("golive.reliability.CrashSafetyTest#carts")
    void everyCart(CartKind kind) throws Exception {
        ConcurrencyDrill.run(kind, dir);
    }
}
