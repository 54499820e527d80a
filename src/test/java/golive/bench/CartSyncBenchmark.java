package golive.bench;

import golive.cart.http.HttpSettings;
import golive.cart.http.Sleeper;
import golive.domain.CartKind;
import golive.launch.Cutover;
import golive.rehearsal.RehearsalSandbox;
import golive.sandbox.OrderGenerator;
import golive.sandbox.SandboxClock;
import golive.sandbox.SandboxOrder;
import golive.sandbox.SandboxShop;
import golive.sandbox.bigcommerce.BigCommerceSandbox;
import golive.store.Database;
import golive.sync.SyncEngine;
import golive.sync.SyncLease;
import golive.sync.SyncResult;
import golive.testkit.SandboxCart;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Each cart's sync with its rate limit off: N importable orders from its sandbox face into a fresh
 * file H2 store, for N = 10,000 and 100,000 (and 1,000,000 with {@code -Dbench.million=true}).
 * Prints orders/s, peak heap and the cost per order against the same cart's 10,000 run (linear
 * or better is 1.0 or under), and the CPU the sandbox spent serving. {@code -Dbench.carts=BIGCOMMERCE,MAGENTO}
 * runs only those carts. Asserts only that every order is imported once, never time.
 */
@Tag("bench")
class CartSyncBenchmark {
    /** Seconds per order of each cart's 10,000 run, the base of the larger runs' ratios (sizes run in order). */
    private static final Map<CartKind, Double> BASE = new EnumMap<>(CartKind.class);

    static final double SPEED = Double.parseDouble(System.getProperty("bench.speed", "50"));

    @TempDir
    Path dir;

    static Stream<Arguments> runs() {
        List<Integer> sizes = Boolean.getBoolean("bench.million") ? List.of(10_000, 100_000, 1_000_000) : List.of(10_000, 100_000);
        String only = System.getProperty("bench.carts", "");
        return RehearsalSandbox.kinds().stream()
                .filter(k -> only.isBlank() || List.of(only.toUpperCase().split(",")).contains(k.name()))
                .flatMap(k -> sizes.stream().map(n -> Arguments.of(k, n)));
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("runs")
    void syncWithTheLimitOff(CartKind kind, int orders) {
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        SandboxClock clock = SandboxClock.frozenAt(now);
        Instant cutoff = now.minus(Duration.ofDays(3));
        try (SandboxCart cart = new SandboxCart(kind, clock); Database db = Database.open(dir.resolve("bench"))) {
            limitOff(cart);
            fillImportable(cart.shop, orders, cutoff, now.minus(Duration.ofMinutes(1)));
            Cutover cutover = cart.readyToSync(db, cutoff, cutoff);
            SyncBenchmark.resetPeaks();
            long t0 = System.nanoTime();
            SyncResult r = new SyncEngine(cutover, SyncLease.oneShot(db)).run("bench", e -> { });
            double seconds = (System.nanoTime() - t0) / 1e9;
            assertThat(r.counts().imported()).isEqualTo(orders);
            List<Long> stored = db.read(c -> {
                try (var rs = c.createStatement().executeQuery("SELECT COUNT(*), COUNT(DISTINCT cart_order_id) FROM orders")) {
                    rs.next();
                    return List.of(rs.getLong(1), rs.getLong(2));
                }
            });
            assertThat(stored).as("orders in the store, distinct cart ids").containsExactly((long) orders, (long) orders);
            double sandbox = sandboxCpuSeconds();
            double perOrder = seconds / orders;
            BASE.putIfAbsent(kind, perOrder);
            System.out.printf("%nBENCH sync %s %,d orders, limit off: %.1f s, %.0f orders/s, peak heap %d MB, cost per order %.2fx the 10,000 run; "
                    + "sandbox CPU %.1f s%n", kind, orders, seconds, orders / seconds, SyncBenchmark.peakHeapMb(), perOrder / BASE.get(kind), sandbox);
        }
    }

    /**
     * BigCommerce against its window quota (Standard plan: 150 requests per 30 s) on a clock at
     * {@code -Dbench.speed} (default 50) for the shop, its windows and the client's waits alike.
     * The floor is what the quota allows for the requests the run made: those beyond the first
     * full window, at 150 per 30 s.
     */
    @Test
    void bigCommerceAgainstItsWindowQuota() {
        int orders = 10_000;
        int quota = 150;
        Duration window = Duration.ofSeconds(30);
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        SandboxClock clock = SandboxClock.frozenAt(now);
        Instant cutoff = now.minus(Duration.ofDays(3));
        Sleeper compressed = d -> Sleeper.SYSTEM.sleep(Duration.ofNanos((long) (d.toNanos() / SPEED)));
        try (SandboxCart cart = new SandboxCart(CartKind.BIGCOMMERCE, clock); Database db = Database.open(dir.resolve("bench"))) {
            BigCommerceSandbox server = (BigCommerceSandbox) cart.face;
            fillImportable(cart.shop, orders, cutoff, now.minus(Duration.ofMinutes(1)));
            Cutover cutover = cart.readyToSync(cart.cutover(db, HttpSettings.defaults().withSleeper(compressed)), cutoff, cutoff);
            server.quota(quota, window);
            int before = server.requestCount();
            clock.setSpeed(SPEED);
            Instant s0 = clock.instant();
            SyncResult r = new SyncEngine(cutover, SyncLease.oneShot(db)).run("bench", e -> { });
            double seconds = Duration.between(s0, clock.instant()).toMillis() / 1000.0;
            assertThat(r.counts().imported()).isEqualTo(orders);
            int requests = server.requestCount() - before;
            double floor = Math.max(0, requests - quota) / (quota / (double) window.toSeconds());
            System.out.printf("%nBENCH sync BIGCOMMERCE %,d orders, quota %d per %d s on a clock at %.0fx: %.0f s store time for %d requests; "
                    + "floor %.0f s; ratio %.3f%n", orders, quota, window.toSeconds(), SPEED, seconds, requests, floor, seconds / floor);
        }
    }

    /**
     * The same sync of 10,000 new orders into a store that already holds 10,000, 100,000 and then
     * 1,000,000 of the shop's orders (earlier syncs, written straight in SQL: three lines each), one
     * store growing per cart: what a big store costs each page's at-most-once lookups and inserts.
     */
    @ParameterizedTest(name = "{0}")
    @MethodSource("carts")
    void syncTenThousandIntoAStoreThatHoldsMany(CartKind kind) {
        int fresh = 10_000;
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        SandboxClock clock = SandboxClock.frozenAt(now);
        Instant cutoff = now.minus(Duration.ofDays(3));
        try (SandboxCart cart = new SandboxCart(kind, clock); Database db = Database.open(dir.resolve("bench"))) {
            limitOff(cart);
            Cutover cutover = cart.readyToSync(db, cutoff, cutoff);
            String shopKey = cutover.cartConfig().orElseThrow().shopKey();
            long held = 0;
            Double base = null;
            Double baseNet = null;
            for (long size : List.of(10_000L, 100_000L, 1_000_000L)) {
                held += StoreFill.cartOrders(db, shopKey, size - held);
                Instant from = clock.instant();
                clock.advance(Duration.ofHours(1));
                fillImportable(cart.shop, fresh, from.plusSeconds(1), clock.instant().minusSeconds(1));
                // the run starts 20 minutes after the fill, so the next run's window (from this start less
                // its 15-minute overlap) holds only the next 10,000, not these again
                clock.advance(Duration.ofMinutes(20));
                System.gc(); // the fill's garbage is not the run's to collect
                SyncBenchmark.resetPeaks();
                double sandbox0 = sandboxCpuSeconds();
                long t0 = System.nanoTime();
                SyncResult r = new SyncEngine(cutover, SyncLease.oneShot(db)).run("bench", e -> { });
                double seconds = (System.nanoTime() - t0) / 1e9;
                // the shop grows by 10,000 a step too, and some faces count their whole matching range per page
                double net = seconds - (sandboxCpuSeconds() - sandbox0);
                assertThat(r.counts().fetched()).as("orders read: the new ones only").isEqualTo(fresh);
                assertThat(r.counts().imported()).as("new orders imported").isEqualTo(fresh);
                held += fresh;
                assertThat(StoreFill.distinctCartIds(db)).as("distinct orders in the store").isEqualTo(held);
                base = base == null ? seconds : base;
                baseNet = baseNet == null ? net : baseNet;
                System.out.printf("%nBENCH sync %s %,d new orders into a store holding %,d: %.1f s, %.0f orders/s, peak heap %d MB, "
                        + "cost per order %.2fx the 10,000-order store, net of the sandbox's CPU %.2fx%n", kind, fresh, size, seconds,
                        fresh / seconds, SyncBenchmark.peakHeapMb(), seconds / base, net / baseNet);
            }
        }
    }

    /** BigCommerce's window quota set beyond reach (the frozen clock never turns the window); the other faces have no limit on by default. */
    private static void limitOff(SandboxCart cart) {
        if (cart.face instanceof BigCommerceSandbox b) {
            b.quota(Integer.MAX_VALUE, Duration.ofSeconds(30));
        }
    }

    static Stream<CartKind> carts() {
        return runs().map(a -> (CartKind) a.get()[0]).distinct();
    }

    /** Generated orders, each made eligible (paid, unfulfilled, open, not a test) so every one is written. */
    static void fillImportable(SandboxShop shop, int orders, Instant from, Instant to) {
        new OrderGenerator(42).fill(shop, orders, from, to).forEach(o -> shop.edit(o.id(), x -> x.withLines(x.lines().stream().map(l -> l.withFulfilled(0)).toList())
                .withClosing(null, null).withTest(false).withPayment(SandboxOrder.Payment.PAID, null).withHold(SandboxOrder.Hold.NONE)));
    }

    /** CPU time of the sandbox's serving threads (in this JVM, on the same two cores), to tell the fake's cost from the sync's. */
    private static double sandboxCpuSeconds() {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        return Thread.getAllStackTraces().keySet().stream().filter(t -> t.getName().startsWith("sandbox-http"))
                .mapToLong(t -> Math.max(0, threads.getThreadCpuTime(t.getId()))).sum() / 1e9;
    }
}
