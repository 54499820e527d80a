package golive.reliability;

import golive.domain.CartKind;
import golive.rehearsal.RehearsalSandbox;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static golive.reliability.SyncCrashDrill.Kill.at;

/**
 * The fast part of the crash drill, every cart: {@code sync run} killed with -9 after a page
 * commit or during the cursor update (the carts take turns), then during a needs-attention update,
 * restarted each time. The full twenty points per cart, and this drill twenty times over, run in
 * {@code -Preliability} ({@link CrashMatrixTest}).
 */
class CrashSafetyTest {
    /** The first kill of each cart: one that leaves orders in the store for the cart to cancel. */
    private static final Map<CartKind, String> FIRST = Map.of(CartKind.SHOPIFY, "sync.page-committed#2",
            CartKind.WOOCOMMERCE, "sync.cursor-update#1", CartKind.BIGCOMMERCE, "sync.page-committed#1",
            CartKind.MAGENTO, "sync.cursor-update#1", CartKind.PRESTASHOP, "sync.page-committed#1");

    @TempDir
    Path dir;

    static List<CartKind> carts() {
        return RehearsalSandbox.kinds();
    }

    /** Two kills: {@link #FIRST}, then, once the cart cancelled imported orders and took new ones, in a needs-attention update. */
    static List<SyncCrashDrill.Kill> fast(CartKind kind) {
        return List.of(at(FIRST.get(kind)), at("sync.attention-update#1", d -> {
            d.cancelImported(3);
            d.newOrders(5);
        }));
    }

    @ParameterizedTest
    @MethodSource("carts")
    void killedMinusNineMidRunAndDuringAnAttentionUpdateThenRerunHoldsEveryImportableOrderOnce(CartKind kind) throws Exception {
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
