package golive.bench;

import golive.cart.CartOrder;
import golive.cart.Lifecycle;
import golive.domain.CartKind;
import golive.domain.Money;
import golive.domain.OrderNumbers;
import golive.store.Database;
import golive.store.ReconciliationStore;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.lang.management.ManagementFactory;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The reconciliation's matching at 10,000, 100,000 and 1,000,000 cart orders against as many store
 * orders, on a file H2 store: the cart's orders staged in pages of 250 exactly as the reconciler
 * stages them (timed as "staging"), then {@link ReconciliationStore#decide} — the pairing and
 * bucketing by set operations in SQL — timed as "matching". Half the store is migrated (paired by
 * number, time and total), half synced (paired by cart id); one order in a thousand is deleted
 * from the store (missing) and one migrated order in a thousand has another total (suspect), so
 * every rule runs. Run by hand with {@code mvn -B verify -Pbench} (the profile caps the heap at
 * 512 MB); prints its figures and asserts the buckets, never time.
 */
@Tag("bench")
class ReconcileBenchmark {
    static final String SHOP = "bench-shop.myshopify.com";
    static final Instant START = Instant.parse("2026-01-01T00:00:00Z");
    static final Duration EVERY = Duration.ofSeconds(10);
    static final int PAGE = 250;

    @TempDir
    Path dir;

    @Test
    void theMatchingGrowsLinearlyToAMillionOrders() {
        run(10_000); // warm-up: the JIT, H2's caches
        List<Figures> all = new ArrayList<>();
        for (int n : Integer.getInteger("bench.sizes", 0) > 0 ? new int[] {Integer.getInteger("bench.sizes")} : new int[] {10_000, 100_000, 1_000_000}) {
            Figures f = run(n);
            all.add(f);
            System.out.printf("%nBENCH reconcile %,d cart vs %,d store orders: staging %.1f s, matching %.1f s "
                            + "(%.2f µs/order), peak heap %d MB (max %d MB)%n", n, n, f.staging, f.matching,
                    f.matching * 1e6 / n, f.peakHeapMb, Runtime.getRuntime().maxMemory() / (1024 * 1024));
        }
        Figures floor = all.get(0);
        for (Figures f : all) {
            System.out.printf("BENCH reconcile %,9d: matching cost per order %.2fx that at 10,000%n", f.orders,
                    (f.matching / f.orders) / (floor.matching / floor.orders));
        }
    }

    private Figures run(int n) {
        try (Database db = Database.open(dir.resolve("recon-" + n + "-" + System.nanoTime()))) {
            int half = n / 2;
            Instant cutoff = START.plus(EVERY.multipliedBy(half));
            fillStore(db, n, half);
            ReconciliationStore store = new ReconciliationStore();
            Instant to = START.plus(EVERY.multipliedBy(n + 1));
            long id = db.inTransaction(c -> store.begin(c, Instant.now(), START, null));
            long t0 = System.nanoTime();
            for (int from = 0; from < n; from += PAGE) {
                List<CartOrder> page = new ArrayList<>(PAGE);
                for (int i = from; i < Math.min(n, from + PAGE); i++) {
                    page.add(cartOrder(i));
                }
                db.inTransaction(c -> {
                    store.stage(c, id, page, o -> OrderNumbers.normalise(CartKind.SHOPIFY, o.number()));
                    return null;
                });
            }
            double staging = (System.nanoTime() - t0) / 1e9;
            ReconciliationStore.Rules rules = new ReconciliationStore.Rules(SHOP, cutoff, cutoff, false,
                    EnumSet.of(Lifecycle.OPEN, Lifecycle.PARTIALLY_FULFILLED), null, null);
            System.gc();
            HeapWatch heap = HeapWatch.start();
            long t1 = System.nanoTime();
            db.inTransaction(c -> {
                store.decide(c, id, rules, START, to);
                return null;
            });
            double matching = (System.nanoTime() - t1) / 1e9;
            Map<String, long[]> counts = db.read(c -> store.counts(c, id));
            long peak = heap.stop();
            long missing = (n - half + 999) / 1000;
            long suspect = (half + 999) / 1000;
            assertThat(counts.get("missing")[0]).isEqualTo(missing);
            assertThat(counts.get("suspect")[0]).isEqualTo(suspect);
            assertThat(counts.get("migrated")[0]).isEqualTo(half - suspect);
            assertThat(counts.get("synced")[0]).isEqualTo(n - half - missing);
            return new Figures(n, staging, matching, peak);
        }
    }

    /** Order i of the cart: created every 10 s from START, number #(1000 + i), open. */
    private static CartOrder cartOrder(int i) {
        Instant at = START.plus(EVERY.multipliedBy(i));
        return new CartOrder(String.valueOf(10_000_000L + i), "#" + (1000 + i), at, at, new Money(total(i), "USD"), null,
                Lifecycle.OPEN, "paid, unfulfilled", List.of());
    }

    private static BigDecimal total(int i) {
        return BigDecimal.valueOf(1000 + i % 9000, 2);
    }

    /** The store: orders below {@code half} migrated (no cart id), the rest synced; every 1000th synced one absent, every 1000th migrated one off by a cent. */
    private static void fillStore(Database db, int n, int half) {
        db.inTransaction(c -> {
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO orders (source, shop_key, cart_order_id, order_number, "
                    + "order_number_norm, created_at, doc_type, status, currency, total, imported_at) VALUES (?, ?, ?, ?, ?, ?, "
                    + "'SALES_ORDER', 'OPEN', 'USD', ?, ?)")) {
                int batch = 0;
                for (int i = 0; i < n; i++) {
                    boolean migrated = i < half;
                    if (!migrated && (i - half) % 1000 == 0) {
                        continue; // deleted from the store: missing
                    }
                    CartOrder o = cartOrder(i);
                    ps.setString(1, migrated ? "migrated" : "cart");
                    ps.setString(2, SHOP);
                    ps.setString(3, migrated ? null : o.id());
                    ps.setString(4, o.number());
                    ps.setString(5, OrderNumbers.normalise(CartKind.SHOPIFY, o.number()));
                    ps.setObject(6, o.createdAt().atOffset(java.time.ZoneOffset.UTC));
                    ps.setBigDecimal(7, migrated && i % 1000 == 0 ? o.total().amount().add(new BigDecimal("0.01")) : o.total().amount());
                    ps.setTimestamp(8, Timestamp.from(Instant.now()));
                    ps.addBatch();
                    if (++batch % 5000 == 0) {
                        ps.executeBatch();
                    }
                }
                ps.executeBatch();
            }
            return null;
        });
    }

    record Figures(int orders, double staging, double matching, long peakHeapMb) {
    }

    /** The most heap in use (live and garbage alike) seen every 10 ms while it runs; the cap (-Xmx) is the bound. */
    static final class HeapWatch {
        private final java.util.concurrent.atomic.AtomicLong peak = new java.util.concurrent.atomic.AtomicLong();
        private volatile boolean running = true;
        private final Thread thread = new Thread(() -> {
            while (running) {
                peak.accumulateAndGet(ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed(), Math::max);
                try {
                    Thread.sleep(10);
                } catch (InterruptedException e) {
                    return;
                }
            }
        }, "heap-watch");

        static HeapWatch start() {
            HeapWatch w = new HeapWatch();
            w.thread.setDaemon(true);
            w.thread.start();
            return w;
        }

        long stop() {
            running = false;
            thread.interrupt();
            return peak.get() / (1024 * 1024);
        }
    }
}
