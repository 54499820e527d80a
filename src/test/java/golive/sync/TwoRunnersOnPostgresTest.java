package golive.sync;

import golive.domain.Order;
import golive.sandbox.Fault;
import golive.sandbox.SandboxOrder;
import golive.sandbox.SandboxShop;
import golive.sandbox.shopify.ShopifySandbox;
import golive.store.Database;
import golive.store.OrderStore;
import golive.store.SharedLogin;
import golive.store.SyncStateStore;
import golive.testkit.Launchpad;
import golive.testkit.PostgresCluster;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two real {@code sync run} processes on two connections to one PostgreSQL database (as a server and a
 * laptop would be): one imports, the other waits on the lease; the first is killed with -9 mid-run and
 * the second takes over. Every order is imported exactly once.
 */
class TwoRunnersOnPostgresTest {
    @TempDir
    Path dir;

    @Test
    void twoRunnerProcessesOnOneSharedDatabaseNeverImportAnOrderTwice() throws Exception {
        PostgresCluster cluster = PostgresCluster.shared();
        SharedLogin login = cluster.newDatabase();
        Instant cutoff = Instant.now().truncatedTo(ChronoUnit.SECONDS).minus(Duration.ofHours(5));
        SandboxShop shop = new SandboxShop(Clock.systemUTC());
        int total = 600;
        try (ShopifySandbox server = new ShopifySandbox(shop).start(); Database db = Database.openShared(login)) {
            Launchpad.unthrottled(server);
            for (int i = 0; i < total; i++) {
                shop.add(SandboxOrder.draft(cutoff.plusSeconds(i * 5L), "r@example.com",
                        List.of(new SandboxOrder.Line("R", "Radio", null, 1, new BigDecimal("12.00"), 0))));
            }
            Launchpad.onDatabaseWithServer(db, shop, server).readyToSync(cutoff, cutoff);
            server.faults().always(new Fault.Slow(Duration.ofMillis(200)));

            Process first = runner(login, cluster, "first");
            awaitImported(db, 200, first);
            Process second = runner(login, cluster, "second");
            first.destroyForcibly(); // SIGKILL mid-run: its lease lapses three heartbeats later
            assertThat(first.waitFor(10, TimeUnit.SECONDS)).isTrue();
            server.faults().clear();
            awaitImported(db, total, second);
            second.destroy();
            assertThat(second.waitFor(20, TimeUnit.SECONDS)).isTrue();

            List<Order> orders = db.read(new OrderStore()::all);
            assertThat(orders).hasSize(total);
            assertThat(orders.stream().map(Order::cartOrderId).distinct()).hasSize(total);
            List<SyncStateStore.Run> runs = db.read(c -> new SyncStateStore().recentRuns(c, 50));
            assertThat(runs.stream().map(SyncStateStore.Run::holder).distinct().count())
                    .as("both processes ran imports").isGreaterThanOrEqualTo(2);
        }
    }

    private Process runner(SharedLogin login, PostgresCluster cluster, String name) throws Exception {
        ProcessBuilder pb = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Dgolive.lease.heartbeat=PT1S", "-Duser.home=" + dir, "-cp", System.getProperty("java.class.path"), "golive.Main",
                "--db", login.url(), "sync", "run", "--every", "1s")
                .redirectErrorStream(true).redirectOutput(dir.resolve(name + ".out").toFile());
        Map<String, String> env = pb.environment();
        env.put(SharedLogin.USER_ENV, cluster.user());
        env.put(SharedLogin.PASSWORD_ENV, cluster.password());
        env.put(SharedLogin.KEY_FILE_ENV, login.keyFile().toString());
        return pb.start();
    }

    private void awaitImported(Database db, int atLeast, Process runner) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(90);
        while (db.read(new OrderStore()::all).size() < atLeast) {
            assertThat(System.nanoTime()).as(() -> "the runners said:\n" + said()).isLessThan(deadline);
            assertThat(runner.isAlive()).as(() -> "the runner exited:\n" + said()).isTrue();
            Thread.sleep(200);
        }
    }

    private String said() {
        try (var files = Files.list(dir)) {
            StringBuilder out = new StringBuilder();
            for (Path p : files.filter(f -> f.toString().endsWith(".out")).toList()) {
                out.append(p.getFileName()).append(":\n").append(Files.readString(p)).append('\n');
            }
            return out.toString();
        } catch (java.io.IOException e) {
            return e.toString();
        }
    }
}
