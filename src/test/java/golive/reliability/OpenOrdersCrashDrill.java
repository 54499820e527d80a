package golive.reliability;

import golive.crash.KillPoint;
import golive.domain.CartKind;
import golive.store.Database;
import golive.testkit.ChildProcess;
import golive.testkit.SandboxCart;
import golive.testkit.StoreSnapshot;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code open-orders import} as a process of its own, killed with -9 inside its one transaction
 * (every order and line written, the batch and the audit entry too, not yet committed): the store
 * is exactly as before; the same import run again brings the whole file, once.
 */
final class OpenOrdersCrashDrill {
    private OpenOrdersCrashDrill() {
    }

    static void run(CartKind kind, Path dir, int orders) throws Exception {
        Path db = dir.resolve("golive");
        Path file = dir.resolve("open-orders.csv");
        Instant cutoff = Instant.now().truncatedTo(ChronoUnit.SECONDS).minus(Duration.ofHours(1));
        try (SandboxCart cart = new SandboxCart(kind)) {
            try (Database d = Database.open(db)) {
                var c = cart.cutover(d);
                c.connect(cart.config());
                assertThat(c.test().passed()).isTrue();
                c.setCutoff(cutoff, ZoneOffset.UTC);
            }
            write(file, orders, cutoff);
            StoreSnapshot before = StoreSnapshot.of(db);

            try (ChildProcess importer = ChildProcess.start(List.of("golive.killAt=open-orders.commit"),
                    "--db", db.toString(), "open-orders", "import", file.toString())) {
                importer.killAtPoint(120);
                assertThat(importer.output()).contains(KillPoint.SAID + "open-orders.commit#1");
            }
            assertThat(StoreSnapshot.of(db)).as("the store after an import killed in its commit").isEqualTo(before);

            try (ChildProcess importer = ChildProcess.start(List.of(), "--db", db.toString(), "open-orders", "import", file.toString())) {
                assertThat(importer.waitFor(120)).as(importer::output).isZero();
            }
            StoreSnapshot after = StoreSnapshot.of(db);
            assertThat(after.count("orders")).isEqualTo(orders);
            assertThat(after.count("order_line")).isEqualTo(orders);
            assertThat(after.count("open_orders_batch")).isEqualTo(1);
        }
    }

    /** The template file: one line per order, all open, created before the cut-off. */
    private static void write(Path file, int orders, Instant cutoff) throws IOException {
        try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            w.write("order_number,created_at,customer_email,currency,order_total,status,sku,description,quantity,unit_price\n");
            for (int i = 0; i < orders; i++) {
                w.write("SO-" + (10_000 + i) + "," + cutoff.minusSeconds(60L * (orders - i)) + ",o" + i + "@example.com,USD,39.98,open,"
                        + "SKU-" + i + ",Widget,2,19.99\n");
            }
        }
    }
}
