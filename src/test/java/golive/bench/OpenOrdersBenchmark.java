package golive.bench;

import golive.openorders.ImportReport;
import golive.openorders.ImportRequest;
import golive.openorders.OpenOrdersImporter;
import golive.sandbox.SandboxShop;
import golive.sandbox.shopify.ShopifySandbox;
import golive.store.Database;
import golive.testkit.Launchpad;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * 100,000 open orders (~300,000 lines) in the template format: the importer (stream, validate,
 * dedupe, batch-insert, one transaction) against H2's own bulk load of the same rows
 * ({@code INSERT INTO ... SELECT * FROM CSVREAD(...)}) into a typed table, each into a fresh
 * file database, in one child JVM capped at {@code -Xmx256m} (so "it fits" is proven, not
 * estimated). A small warm-up run of both goes first. Run by hand:
 * {@code mvn -B -o test -Pbench -Dtest=OpenOrdersBenchmark}; prints a BENCH line. Asserts
 * correctness only, never time.
 */
@Tag("bench")
class OpenOrdersBenchmark {
    static final int ORDERS = 100_000;
    static final String HEAP = "-Xmx256m";
    static final int ROUNDS = 3;

    @TempDir
    Path dir;

    @Test
    void importHundredThousandOrdersAgainstH2BulkLoad() throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process p = new ProcessBuilder(java, HEAP, "-cp", System.getProperty("java.class.path"), Child.class.getName(),
                dir.toString()).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        int exit = p.waitFor();
        System.out.println(out.lines().filter(l -> l.startsWith("BENCH") || l.startsWith("  ") || l.contains("Exception"))
                .reduce("", (a, b) -> a + "\n" + b));
        assertThat(exit).as(out).isZero();
        assertThat(out).contains("BENCH open-orders");
    }

    /** The measured run, in a JVM of its own. */
    static final class Child {
        public static void main(String[] args) throws Exception {
            Path dir = Path.of(args[0]);
            ZoneId zone = ZoneId.of("America/New_York");
            Instant cutoff = Instant.now().truncatedTo(ChronoUnit.SECONDS);
            Path warm = dir.resolve("warm.csv");
            Path big = dir.resolve("open-orders-100k.csv");
            OpenOrdersTemplate.write(warm, 10_000, cutoff, zone, 1, OpenOrdersTemplate.SHOP_IDS);
            long lines = OpenOrdersTemplate.write(big, ORDERS, cutoff, zone, 42, OpenOrdersTemplate.SHOP_IDS);

            bulk(dir.resolve("h2-warm"), warm);
            ours(dir.resolve("ours-warm"), warm, cutoff, zone);

            // alternate the two, three rounds each, and keep the medians: the machine may be shared
            List<Figures> h2 = new ArrayList<>();
            List<Figures> ours = new ArrayList<>();
            for (int round = 0; round < ROUNDS; round++) {
                h2.add(bulk(dir.resolve("h2-" + round), big));
                ours.add(ours(dir.resolve("ours-" + round), big, cutoff, zone));
                System.out.printf("  round %d: golive %.2f s wall / %.2f s cpu, peak heap %d MB; H2 bulk %.2f s wall / %.2f s cpu, "
                                + "peak heap %d MB%n", round + 1, ours.get(round).seconds, ours.get(round).cpuSeconds,
                        ours.get(round).peakMb, h2.get(round).seconds, h2.get(round).cpuSeconds, h2.get(round).peakMb);
            }
            Figures a = median(ours);
            Figures b = median(h2);
            if (b.rows != lines || a.rows != ORDERS) {
                throw new AssertionError("rows: H2 " + b.rows + " of " + lines + ", ours " + a.rows + " of " + ORDERS);
            }
            System.out.printf("BENCH open-orders import %d orders / %d lines (%.1f MB template CSV), %s, median of %d: "
                            + "golive %.2f s (cpu %.2f s, peak heap %d MB), H2 CSVREAD bulk load %.2f s (cpu %.2f s, peak heap %d MB); "
                            + "ratio %.2f wall, %.2f cpu%n",
                    ORDERS, lines, Files.size(big) / 1e6, HEAP, ROUNDS, a.seconds, a.cpuSeconds, a.peakMb, b.seconds, b.cpuSeconds,
                    b.peakMb, a.seconds / b.seconds, a.cpuSeconds / b.cpuSeconds);
        }

        static Figures median(List<Figures> runs) {
            List<Figures> sorted = new ArrayList<>(runs);
            sorted.sort(java.util.Comparator.comparingDouble(Figures::seconds));
            Figures m = sorted.get(sorted.size() / 2);
            long peak = runs.stream().mapToLong(Figures::peakMb).max().orElse(0);
            return new Figures(m.seconds, m.cpuSeconds, peak, m.rows);
        }

        /** Wall and process CPU time (all threads: ours writes on a second one, and GC counts), the peak heap, rows written. */
        record Figures(double seconds, double cpuSeconds, long peakMb, long rows) {
        }

        private static double cpu() {
            return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime() / 1e9;
        }

        /** H2's own bulk load into one typed table: the floor for reading and storing these rows. */
        static Figures bulk(Path db, Path csv) throws Exception {
            try (Connection c = DriverManager.getConnection("jdbc:h2:file:" + db.toAbsolutePath(), "sa", "");
                 Statement s = c.createStatement()) {
                s.execute("CREATE TABLE bulk (order_number VARCHAR(100), cart_order_id VARCHAR(64), created_at TIMESTAMP, "
                        + "customer_email VARCHAR(320), customer_name VARCHAR(300), currency VARCHAR(8), order_total DECIMAL(19,4), "
                        + "status VARCHAR(20), sku VARCHAR(200), description VARCHAR(1000), quantity DECIMAL(19,4), "
                        + "unit_price DECIMAL(19,4), ship_to_name VARCHAR(300), ship_to_company VARCHAR(300), "
                        + "ship_to_address1 VARCHAR(500), ship_to_address2 VARCHAR(500), ship_to_city VARCHAR(200), "
                        + "ship_to_region VARCHAR(200), ship_to_postcode VARCHAR(50), ship_to_country VARCHAR(100), "
                        + "ship_to_phone VARCHAR(100))");
                resetPeaks();
                double cpu0 = cpu();
                long t0 = System.nanoTime();
                long rows = s.executeUpdate("INSERT INTO bulk SELECT * FROM CSVREAD('" + csv.toAbsolutePath()
                        + "', NULL, 'charset=UTF-8')");
                double seconds = (System.nanoTime() - t0) / 1e9;
                return new Figures(seconds, cpu() - cpu0, peakHeapMb(), rows);
            }
        }

        static Figures ours(Path dbPath, Path csv, Instant cutoff, ZoneId zone) {
            SandboxShop shop = new SandboxShop(Clock.systemUTC()).zone(zone);
            try (ShopifySandbox server = new ShopifySandbox(shop).start(); Database db = Database.open(dbPath)) {
                Launchpad pad = Launchpad.onDatabaseWithServer(db, shop, Launchpad.unthrottled(server));
                pad.cutover.connect(pad.config());
                pad.cutover.setCutoff(cutoff, zone);
                resetPeaks();
                double cpu0 = cpu();
                long t0 = System.nanoTime();
                ImportReport r = new OpenOrdersImporter(pad.cutover).commit(ImportRequest.of(csv));
                double seconds = (System.nanoTime() - t0) / 1e9;
                if (!r.written() || r.errorCount() > 0) {
                    throw new AssertionError("import failed: " + r.problems());
                }
                return new Figures(seconds, cpu() - cpu0, peakHeapMb(), r.summary().newOrders());
            }
        }

        /** Heap in use, sampled every 5 ms: the sum of each pool's own peak would count peaks that never coincided. */
        private static final AtomicLong PEAK = new AtomicLong();

        static {
            Thread sampler = new Thread(() -> {
                MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
                while (true) {
                    PEAK.accumulateAndGet(memory.getHeapMemoryUsage().getUsed(), Math::max);
                    LockSupport.parkNanos(5_000_000);
                }
            }, "heap-sampler");
            sampler.setDaemon(true);
            sampler.start();
        }

        private static void resetPeaks() {
            System.gc();
            PEAK.set(0);
        }

        private static long peakHeapMb() {
            return PEAK.get() / (1024 * 1024);
        }
    }
}
