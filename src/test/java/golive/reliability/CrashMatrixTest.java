package golive.reliability;

import golive.domain.CartKind;
import golive.rehearsal.RehearsalSandbox;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.TestFactory;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Stream;

import static golive.reliability.SyncCrashDrill.Kill.at;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The full crash drill ({@code mvn -B verify -Preliability}): per cart, {@code sync run} killed
 * with -9 at twenty distinct points (before the first page, during page reads, during and after
 * page commits, during the cursor update, during needs-attention updates, while the lease is
 * renewed, in a later run of the same process), restarted each time while the cart takes and
 * cancels orders; then the fast drill of {@link CrashSafetyTest} twenty times over per cart.
 * {@code -Dreliability.loops=N} repeats the full drill N times (default 1),
 * {@code -Dreliability.fastLoops=N} the fast one (default 20).
 */
@Tag("reliability")
class CrashMatrixTest {
    static final List<SyncCrashDrill.Kill> TWENTY = List.of(
            at("sync.run-started#1"),
            at("cart.response#1"),
            at("sync.page-commit#1"),
            at("sync.page-committed#1"),
            at("cart.response#3"),
            at("sync.page-commit#2"),
            at("sync.page-committed#2"),
            at("sync.lease-renew#1"),
            at("sync.page-committed#3"),
            at("sync.cursor-update#1"),
            at("sync.lease-renew#2", d -> d.newOrders(20)),
            at("sync.attention-update#1", d -> d.cancelImported(5)),
            at("sync.attention-update#3", d -> d.cancelImported(5)),
            at("sync.page-commit#3", d -> d.newOrders(20)),
            at("sync.run-started#2"),
            at("sync.cursor-update#2", d -> d.newOrders(10)),
            at("sync.lease-renew#3"),
            at("cart.response#2", d -> {
                d.cancelImported(3);
                d.newOrders(10);
            }),
            at("sync.attention-update#2", d -> d.cancelImported(3)),
            at("sync.run-started#3"));

    @TestFactory
    List<DynamicTest> twentyKillPointsPerCart() {
        assertThat(TWENTY.stream().map(SyncCrashDrill.Kill::point).distinct()).hasSize(20);
        return drills(Integer.getInteger("reliability.loops", 1), "twenty points", 600, kind -> TWENTY);
    }

    @TestFactory
    List<DynamicTest> theFastDrillTwentyTimesPerCart() {
        return drills(Integer.getInteger("reliability.fastLoops", 20), "fast drill", 200, CrashSafetyTest::fast);
    }

    private static List<DynamicTest> drills(int loops, String what, int orders, Function<CartKind, List<SyncCrashDrill.Kill>> kills) {
        List<DynamicTest> tests = new ArrayList<>();
        for (int loop = 1; loop <= loops; loop++) {
            for (CartKind kind : RehearsalSandbox.kinds()) {
                tests.add(DynamicTest.dynamicTest(kind.id() + " " + what + " " + loop + "/" + loops, () -> {
                    Path dir = Files.createTempDirectory("golive-crash-");
                    try (SyncCrashDrill drill = new SyncCrashDrill(kind, dir, orders)) {
                        drill.run(kills.apply(kind));
                        drill.finish();
                    }
                    deleteTree(dir); // kept when the drill failed, to look at
                }));
            }
        }
        return tests;
    }

    private static void deleteTree(Path dir) throws IOException {
        try (Stream<Path> all = Files.walk(dir)) {
            for (Path p : all.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
