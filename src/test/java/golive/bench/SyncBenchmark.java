package golive.bench;

import golive.sandbox.OrderGenerator;
import golive.sandbox.SandboxShop;
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
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Sync of 20,000 orders from the local Shopify-like server into a file H2 store, with the rate
 * limit off and on. Run by hand: {@code mvn -B verify -Pbench}; prints its figures. Asserts
 * correctness only, never time.
 */
@Tag("bench")
class SyncBenchmark {
    static final int ORDERS = 20_000;

    @TempDir
    Path dir;

    @Test
    void syncTwentyThousandOrdersRateLimitOff() {
        Figures f = run(false);
        System.out.printf("%nBENCH sync %d orders, rate limit off: %.1f s, %.0f orders/s, %d requests, peak heap %d MB%n",
                ORDERS, f.seconds, ORDERS / f.seconds, f.requests, f.peakHeapMb);
    }

    @Test
    void syncTwentyThousandOrdersAgainstTheLeakyBucket() {
        Figures f = run(true);
        // the floor: the first 40 requests ride the bucket, every later one waits for a 2/s leak
        double floor = Math.max(0, f.requests - 40) / 2.0;
        System.out.printf("%nBENCH sync %d orders, bucket 40 @ 2/s: %.1f s for %d requests; floor %.1f s; ratio %.3f; "
                        + "429s served %d; peak heap %d MB%n",
                ORDERS, f.seconds, f.requests, floor, f.seconds / floor, f.throttled, f.peakHeapMb);
    }

    private Figures run(boolean rateLimited) {
        SandboxShop shop = new SandboxShop(Clock.systemUTC());
        Instant cutoff = Instant.now().truncatedTo(ChronoUnit.SECONDS).minus(Duration.ofDays(3));
        new OrderGenerator(42).fill(shop, ORDERS, cutoff, Instant.now().minus(Duration.ofMinutes(1)));
        // every generated order eligible, so every one is written
        shop.orders().forEach(o -> shop.edit(o.id(), x -> x.withLines(x.lines().stream().map(l -> l.withFulfilled(0)).toList()).withClosing(null, null).withTest(false)));
        try (ShopifySandbox server = new ShopifySandbox(shop).start(); Database db = Database.open(dir.resolve("bench-" + rateLimited))) {
            Launchpad pad = Launchpad.onDatabaseWithServer(db, shop, Launchpad.unthrottled(server)).readyToSync(cutoff, cutoff);
            if (rateLimited) {
                server.points().configure(2000, 100); // Shopify Standard
                server.points().drain();
                server.points().setEnforcing(true);
            }
            int before = server.requestCount();
            resetPeaks();
            long t0 = System.nanoTime();
            SyncResult r = new SyncEngine(pad.cutover, SyncLease.oneShot(db)).run("bench", e -> { });
            double seconds = (System.nanoTime() - t0) / 1e9;
            assertThat(r.counts().imported()).isEqualTo(ORDERS);
            int requests = server.requestCount() - before;
            long throttled = server.requestLog().stream().skip(before).filter(l -> l.contains(" 429")).count();
            return new Figures(seconds, requests, peakHeapMb(), throttled);
        }
    }

    record Figures(double seconds, int requests, long peakHeapMb, long throttled) {
    }

    private static void resetPeaks() {
        System.gc();
        ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
    }

    private static long peakHeapMb() {
        return ManagementFactory.getMemoryPoolMXBeans().stream().filter(p -> p.getType() == MemoryType.HEAP)
                .mapToLong(p -> p.getPeakUsage().getUsed()).sum() / (1024 * 1024);
    }
}
