package golive.sync;

import golive.domain.Order;
import golive.sandbox.Fault;
import golive.sandbox.SandboxOrder;
import golive.sandbox.SandboxShop;
import golive.sandbox.shopify.ShopifySandbox;
import golive.store.Database;
import golive.store.OrderStore;
import golive.store.SyncStateStore;
import golive.testkit.Launchpad;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.File;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A real {@code sync run} process killed with -9 in the middle of a run: the next run, from
 * another process, finishes the job with no order lost and none twice.
 */
class KillDuringSyncTest {
    @TempDir
    Path dir;

    @Test
    void killMinusNineMidRunThenRerunLosesAndDuplicatesNothing() throws Exception {
        Path dbPath = dir.resolve("golive");
        Instant cutoff = Instant.now().truncatedTo(ChronoUnit.SECONDS).minus(Duration.ofHours(5));
        SandboxShop shop = new SandboxShop(Clock.systemUTC());
        int total = 2_000;
        try (ShopifySandbox server = new ShopifySandbox(shop).start()) {
            Launchpad.unthrottled(server);
            for (int i = 0; i < total; i++) {
                shop.add(SandboxOrder.draft(cutoff.plusSeconds(i * 5L), "k@example.com",
                        List.of(new SandboxOrder.Line("K", "Kettle", null, 1, new BigDecimal("30.00"), 0))));
            }
            try (Database db = Database.open(dbPath)) {
                Launchpad.onDatabaseWithServer(db, shop, server).readyToSync(cutoff, cutoff);
            }
            // every page is slow, so the kill lands between pages of one run
            server.faults().always(new Fault.Slow(Duration.ofMillis(400)));
            Process runner = new ProcessBuilder(javaBin(), "-Dgolive.lease.heartbeat=PT1S", "-cp", System.getProperty("java.class.path"), "golive.Main",
                    "--db", dbPath.toString(), "sync", "run", "--every", "2s")
                    .redirectErrorStream(true).redirectOutput(dir.resolve("runner.out").toFile()).start();
            long imported = 0;
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
            while (imported < 500 && System.nanoTime() < deadline) {
                Thread.sleep(200);
                try (Database db = Database.open(dbPath)) {
                    imported = db.read(new OrderStore()::all).size();
                }
            }
            Path said = dir.resolve("runner.out");
            assertThat(imported).as(() -> "orders committed before the kill; the runner said:\n" + read(said)).isBetween(250L, (long) total - 1);
            runner.destroyForcibly(); // SIGKILL: no shutdown hook, no lease release
            assertThat(runner.waitFor(10, TimeUnit.SECONDS)).isTrue();
            server.faults().clear();

            try (Database db = Database.open(dbPath)) {
                SyncStateStore.State st = db.read(new SyncStateStore()::load);
                assertThat(st.cursor()).as("a run that did not complete never moves the cursor").isNull();
                assertThat(st.watermark()).as("'Last Order from' moves only when a run completes").isNull();
                SyncStateStore.Run killed = db.read(c -> new SyncStateStore().recentRuns(c, 1)).get(0);
                assertThat(killed.imported()).as("the killed run's counts were written with each page").isGreaterThanOrEqualTo((int) imported);
                Launchpad pad = Launchpad.onDatabaseWithServer(db, shop, server);
                SyncEngine engine = new SyncEngine(pad.cutover, SyncLease.oneShot(db));
                // the dead runner's lease lapses three heartbeats after its last
                SyncResult r = null;
                long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
                while (r == null) {
                    try {
                        r = engine.run("now", e -> { });
                    } catch (golive.launch.Refusal leaseHeld) {
                        assertThat(System.nanoTime()).isLessThan(until);
                        Thread.sleep(500);
                    }
                }
                SyncStateStore.State after = db.read(new SyncStateStore()::load);
                Instant dbNow = db.read(new SyncStateStore()::databaseNow);
                List<SyncStateStore.Run> runs = db.read(c -> new SyncStateStore().recentRuns(c, 5));
                assertThat(runs).filteredOn(x -> x.id() == killed.id())
                        .extracting(x -> x.outcomeIn(after, dbNow)).containsExactly("INTERRUPTED");
                List<Order> orders = db.read(new OrderStore()::all);
                assertThat(orders).hasSize(total);
                List<String> ids = new ArrayList<>(orders.stream().map(Order::cartOrderId).toList());
                assertThat(ids).doesNotHaveDuplicates();
                assertThat(r.counts().alreadyImported()).as("what the killed run committed stays, once").isGreaterThanOrEqualTo((int) imported);
                assertThat(r.counts().imported() + r.counts().alreadyImported()).isEqualTo(total);
            }
        }
    }

    private static String read(Path file) {
        try {
            return java.nio.file.Files.readString(file);
        } catch (java.io.IOException e) {
            return e.toString();
        }
    }

    private static String javaBin() {
        return Path.of(System.getProperty("java.home"), "bin", "java" + (File.separatorChar == '\\' ? ".exe" : "")).toString();
    }
}
