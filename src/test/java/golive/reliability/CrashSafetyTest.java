package golive.reliability;

import golive.domain.CartKind;
import golive.rehearsal.RehearsalSandbox;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.nio.file.Path;
import java.util.List;

import static golive.reliability.SyncCrashDrill.Kill.at;

/**
 * The fast part of the crash drill, every cart: {@code sync run} killed with -9 at one point per
 * cart (the carts take turns: after a page commit, in the cursor update, during a page read,
 * inside a page commit, in a needs-attention update), then a run completes. The full twenty points
 * per cart, and this drill twenty times over, run in {@code -Preliability} ({@link CrashMatrixTest}).
 */
class CrashSafetyTest {
    @TempDir
    Path dir;

    static List<CartKind> carts() {
        return RehearsalSandbox.kinds();
    }

    /** One kill per cart; the needs-attention one after a first import here and the cart cancelling three of its orders. */
    static List<SyncCrashDrill.Kill> fast(CartKind kind) {
        return List.of(switch (kind) {
            case SHOPIFY -> at("sync.page-committed#2");
            case WOOCOMMERCE -> at("sync.cursor-update#1");
            case BIGCOMMERCE -> at("cart.response#2");
            case MAGENTO -> at("sync.page-commit#1");
            case PRESTASHOP -> at("sync.attention-update#1", d -> {
                d.syncHere();
                d.cancelImported(3);
                d.newOrders(5);
            });
        });
    }

    @ParameterizedTest
    @MethodSource("carts")
    void killedMinusNineAtAPointThenRerunHoldsEveryImportableOrderOnce(CartKind kind) throws Exception {
        try (SyncCrashDrill drill = new SyncCrashDrill(kind, dir, 200)) {
            drill.run(fast(kind));
            drill.finish();
        }
    }

    @org.junit.jupiter.api.Test
    void openOrdersImportKilledMinusNineDuringItsCommitLeavesTheStoreAsItWasThenImportsWhole() throws Exception {
        OpenOrdersCrashDrill.run(CartKind.SHOPIFY, dir, 2_000);
    }
}
