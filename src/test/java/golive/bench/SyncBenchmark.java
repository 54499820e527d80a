package golive.bench;

import golive.cart.CartConfig;
import golive.cart.CartConnectors;
import golive.cart.http.HttpSettings;
import golive.cart.http.Sleeper;
import golive.cart.shopify.ShopifyConnector;
import golive.domain.CartKind;
import golive.launch.Cutover;
import golive.reconcile.Reconciler;
import golive.sandbox.SandboxClock;
import golive.sandbox.SandboxShop;
import golive.sandbox.shopify.ShopifyGraphql;
import golive.sandbox.shopify.ShopifySandbox;
import golive.store.Database;
import golive.sync.SyncEngine;
import golive.sync.SyncLease;
import golive.sync.SyncResult;
import golive.testkit.Launchpad;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Sync of 20,000 importable orders from the Shopify face of the sandbox into a file H2 store,
 * with the points bucket off and on. Run by hand: {@code mvn -B verify -Pbench}; prints its
 * figures and asserts correctness only, never time.
 *
 * <p>With the bucket on (Standard plan: 2,000 points restoring 100 a second) the run would take
 * an hour of real time, so the shop, its bucket and the client's waits all run on one compressed
 * clock ({@code -Dbench.speed}, default 50): every duration below is store time. The floor is
 * what the bucket allows for the points the run actually spent: those beyond the first full
 * bucket, divided by the restore rate.
 */
@Tag("bench")
class SyncBenchmark {
    static final int ORDERS = 20_000;
    static final double SPEED = Double.parseDouble(System.getProperty("bench.speed", "50"));
    static final int BUCKET = 2000;
    static final double RESTORE = 100;

    @TempDir
    Path dir;

    @Test
    void syncTwentyThousandOrdersWithTheLimitOff() {
        Figures f = run(false);
        System.out.printf("%nBENCH sync %d orders, limit off: %.1f s, %.0f orders/s, %d queries, %.1f points/order, peak heap %d MB%n",
                ORDERS, f.seconds, ORDERS / f.seconds, f.queries, f.points / ORDERS, f.peakHeapMb);
    }

    @Test
    void syncTwentyThousandOrdersAgainstThePointsBucket() {
        printAgainstTheFloor("sync", run(true));
    }

    /** The reconciliation's cart read is the sync's read (the same connector call, pages and pacing): timed the same way. */
    @Test
    void reconcileReadOfTwentyThousandOrdersAgainstThePointsBucket() {
        printAgainstTheFloor("reconcile read", run(true, true));
    }

    private static void printAgainstTheFloor(String what, Figures f) {
        double floor = Math.max(0, f.points - BUCKET) / RESTORE;
        System.out.printf("%nBENCH %s %d orders, bucket %d @ %.0f/s on a clock at %.0fx: %.0f s store time for %d queries, "
                        + "%.0f points (%.1f/order, page of %d); floor %.0f s; ratio %.3f; THROTTLED %d; peak heap %d MB%n",
                what, ORDERS, BUCKET, RESTORE, SPEED, f.seconds, f.queries, f.points, f.points / ORDERS, ShopifyConnector.PAGE_SIZE,
                floor, f.seconds / floor, f.throttled, f.peakHeapMb);
    }

    private Figures run(boolean limited) {
        return run(limited, false);
    }

    private Figures run(boolean limited, boolean reconcile) {
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        SandboxClock clock = SandboxClock.frozenAt(now);
        SandboxShop shop = new SandboxShop(clock);
        Instant cutoff = now.minus(Duration.ofDays(3));
        CartSyncBenchmark.fillImportable(shop, ORDERS, cutoff, now.minus(Duration.ofMinutes(1)));
        // one real second is SPEED store seconds, for the client's waits as for the bucket
        Sleeper compressed = d -> Sleeper.SYSTEM.sleep(Duration.ofNanos((long) (d.toNanos() / SPEED)));
        HttpSettings http = Launchpad.fastHttp().withSleeper(compressed);
        try (ShopifySandbox server = new ShopifySandbox(shop).start(); Database db = Database.open(dir.resolve("bench-" + limited))) {
            Launchpad.unthrottled(server);
            Cutover cutover = new Cutover(db, clock, c -> CartConnectors.open(c, clock, http));
            readyToSync(cutover, server, cutoff);
            if (limited) {
                server.points().configure(BUCKET, RESTORE);
                server.points().setEnforcing(true);
            }
            int before = server.graphqlCalls().size();
            resetPeaks();
            clock.setSpeed(limited ? SPEED : 0);
            long t0 = System.nanoTime();
            Instant s0 = clock.instant();
            if (reconcile) {
                assertThat(new Reconciler(cutover).run(null, page -> { }).run().cartOrders()).isEqualTo(ORDERS);
            } else {
                SyncResult r = new SyncEngine(cutover, SyncLease.oneShot(db)).run("bench", e -> { });
                assertThat(r.counts().imported()).isEqualTo(ORDERS);
            }
            double seconds = limited ? Duration.between(s0, clock.instant()).toMillis() / 1000.0 : (System.nanoTime() - t0) / 1e9;
            List<ShopifyGraphql.Call> calls = server.graphqlCalls().subList(before, server.graphqlCalls().size());
            double points = calls.stream().mapToDouble(ShopifyGraphql.Call::actualCost).sum();
            long throttled = calls.stream().filter(c -> "THROTTLED".equals(c.errorCode())).count();
            return new Figures(seconds, calls.size(), points, peakHeapMb(), throttled);
        }
    }

    private static void readyToSync(Cutover cutover, ShopifySandbox server, Instant cutoff) {
        cutover.connect(new CartConfig(CartKind.SHOPIFY, server.baseUrl(),
                Map.of(CartConfig.KEY, server.access().clientId(), CartConfig.SECRET, server.access().clientSecret()), null));
        assertThat(cutover.test().passed()).isTrue();
        cutover.setCutoff(cutoff, server.shop().zone());
        cutover.declareNoOpenOrders("benchmark: nothing open");
        cutover.setImportFrom(cutoff, server.shop().zone(), true, true);
    }

    record Figures(double seconds, int queries, double points, long peakHeapMb, long throttled) {
    }

    static void resetPeaks() {
        System.gc();
        ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
    }

    /** The sum of the heap pools' peaks since {@link #resetPeaks()}. */
    static long peakHeapMb() {
        return ManagementFactory.getMemoryPoolMXBeans().stream().filter(p -> p.getType() == MemoryType.HEAP)
                .mapToLong(p -> p.getPeakUsage().getUsed()).sum() / (1024 * 1024);
    }
}
