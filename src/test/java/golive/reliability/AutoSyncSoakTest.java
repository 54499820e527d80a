package golive.reliability;

import com.sun.management.UnixOperatingSystemMXBean;
import golive.domain.CartKind;
import golive.domain.Order;
import golive.launch.Cutover;
import golive.sandbox.SandboxClock;
import golive.store.Database;
import golive.store.OrderStore;
import golive.store.SyncStateStore;
import golive.sync.AutoSync;
import golive.testkit.Await;
import golive.testkit.Launchpad;
import golive.testkit.SandboxCart;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Auto Sync every 10 s for 30 minutes of store time at 15x (two minutes real), orders arriving all the
 * while ({@code -Preliability}, every cart): every order is imported once, and what the runner
 * holds stays flat — heap after a full GC and open file descriptors measured after the first five
 * minutes and at the end — and the database file grows by no more than the orders need.
 */
@Tag("reliability")
class AutoSyncSoakTest {
    private static final double SPEED = 15;
    private static final Duration STORE_TIME = Duration.ofMinutes(30);
    private static final Duration MEASURED_FROM = Duration.ofMinutes(5);
    /** H2's default: a chunk no longer needed is kept this long (real time) before its space is reused. */
    private static final long H2_RETENTION_MS = 45_000;

    @TempDir
    Path dir;

    @ParameterizedTest
    @MethodSource("golive.reliability.CrashSafetyTest#carts")
    void autoSyncEveryTenSecondsForHalfAnHourHoldsFlat(CartKind kind) throws Exception {
        Instant start = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        SandboxClock clock = SandboxClock.frozenAt(start);
        Path base = dir.resolve("golive");
        Set<String> placed = new HashSet<>();
        try (SandboxCart cart = new SandboxCart(kind, clock); Database db = Database.open(base)) {
            retainOldChunksForStoreTime(db);
            Cutover c = cart.readyToSync(cart.cutover(db, Launchpad.fastHttp()), start.minus(Duration.ofHours(1)), start.minus(Duration.ofHours(1)));
            c.startSync(Duration.ofSeconds(10));
            AutoSync runner = new AutoSync(c, e -> { });
            Thread thread = new Thread(runner::runUntilStopped, "soak-auto-sync");
            clock.setSpeed(SPEED);
            thread.start();
            Figures first = null;
            Instant end = start.plus(STORE_TIME);
            while (clock.instant().isBefore(end)) {
                placed.add(cart.id(cart.order(null))); // an order every 10 store seconds or so
                Thread.sleep(Math.round(10_000 / SPEED));
                if (first == null && clock.instant().isAfter(start.plus(MEASURED_FROM))) {
                    first = Figures.now(base);
                }
            }
            Await.until(() -> ids(db).containsAll(placed));
            Figures last = Figures.now(base);
            int runs = runs(db);
            runner.close();
            thread.join();
            List<String> ids = db.read(new OrderStore()::all).stream().map(Order::cartOrderId).toList();
            System.out.printf("SOAK-AUTOSYNC %s: %d runs, %d orders; after 5 min then at 30 min: heap %d -> %d MB, open files %d -> %d,"
                            + " database %d -> %d KB (%d bytes an order)%n", kind.id(), runs, ids.size(), first.heapMb(), last.heapMb(),
                    first.openFiles(), last.openFiles(), first.dbBytes() / 1024, last.dbBytes() / 1024,
                    (last.dbBytes() - first.dbBytes()) / Math.max(1, placed.size()));
            assertThat(ids).doesNotHaveDuplicates().containsExactlyInAnyOrderElementsOf(placed);
            // 180 are due; a run that takes longer than its 10 s of store time (0.7 s real) delays the next
            assertThat(runs).as("runs in 30 store minutes, one due every 10 s").isGreaterThanOrEqualTo(90);
            assertThat(last.heapMb()).as("heap after a full GC").isLessThanOrEqualTo(first.heapMb() + 32);
            assertThat(last.openFiles()).as("open file descriptors").isLessThanOrEqualTo(first.openFiles() + 8);
            // an order with its lines and index entries takes well under 1 KB; H2 writes in 4 KB blocks
            assertThat(last.dbBytes() - first.dbBytes()).as("database growth").isLessThanOrEqualTo(4096L * placed.size());
        }
    }

    /**
     * H2 reuses the space of a chunk no longer needed only 45 s (its clock: real time) after it was
     * superseded, and with {@code WRITE_DELAY=0} every commit writes one. At 15x a real 45 s is 11 store
     * minutes of commits, a third of the soak, so the file would grow by what 15x the commits leave
     * behind, not by what a day of Auto Sync leaves. Scaling the retention to the store's clock keeps
     * the 45 s of a real run.
     */
    private static void retainOldChunksForStoreTime(Database db) {
        db.inTransaction(c -> {
            try (var s = c.createStatement()) {
                s.execute("SET RETENTION_TIME " + Math.round(H2_RETENTION_MS / SPEED));
            }
            return null;
        });
    }

    private static int runs(Database db) {
        return db.read(c -> new SyncStateStore().recentRuns(c, 100_000)).size();
    }

    private static Set<String> ids(Database db) {
        return new HashSet<>(db.read(new OrderStore()::all).stream().map(Order::cartOrderId).toList());
    }

    record Figures(long heapMb, long openFiles, long dbBytes) {
        static Figures now(Path base) throws Exception {
            System.gc();
            long heap = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed() / (1024 * 1024);
            long files = ManagementFactory.getOperatingSystemMXBean() instanceof UnixOperatingSystemMXBean u ? u.getOpenFileDescriptorCount() : -1;
            return new Figures(heap, files, Files.size(base.resolveSibling(base.getFileName() + ".mv.db")));
        }
    }
}
