package golive.cli;

import com.fasterxml.jackson.databind.JsonNode;
import golive.cart.CartConfig;
import golive.domain.Order;
import golive.sandbox.Fault;
import golive.sandbox.SandboxOrder;
import golive.sandbox.SandboxShop;
import golive.sandbox.shopify.ShopifySandbox;
import golive.store.AuditLog;
import golive.store.CartStore;
import golive.store.Database;
import golive.store.OrderStore;
import golive.store.SecretStore;
import golive.store.SharedLogin;
import golive.store.SyncStateStore;
import golive.testkit.Await;
import golive.testkit.Launchpad;
import golive.testkit.PostgresCluster;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The shared store at the command line, on the run's real PostgreSQL: {@code --db URL} with the password and
 * key from the environment, {@code status} naming the server, {@code migrate-store}, and {@code backup} /
 * {@code restore} of both kinds, including a backup taken while a sync run is importing.
 */
class SharedStoreCliTest {
    static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss");

    @TempDir
    Path dir;
    final PostgresCluster cluster = PostgresCluster.shared();
    SandboxShop shop;
    ShopifySandbox server;
    Instant cutoff;
    Path teamKey;

    @BeforeEach
    void setUp() {
        shop = new SandboxShop(Clock.systemUTC());
        server = Launchpad.unthrottled(new ShopifySandbox(shop).start());
        cutoff = Instant.now().truncatedTo(ChronoUnit.SECONDS).minus(Duration.ofHours(2));
        teamKey = dir.resolve("team.key");
    }

    @AfterEach
    void tearDown() {
        server.close();
    }

    Map<String, String> env(Path keyFile) {
        Map<String, String> env = new HashMap<>(Map.of("GOLIVE_CART_TOKEN", server.access().token(),
                SharedLogin.USER_ENV, cluster.user(), SharedLogin.PASSWORD_ENV, cluster.password()));
        env.put(SharedLogin.KEY_FILE_ENV, keyFile.toString());
        return env;
    }

    /** The shared store {@code db} opened as the team does: its password, the team's key file. */
    Database withTeamKey(SharedLogin db) {
        return Database.openShared(SharedLogin.of(db.url(), cluster.user(), cluster.password(), teamKey));
    }

    /** An H2 store on file, ready to sync, with {@code n} orders imported by the CLI. */
    CliRunner h2StoreWithOrders(Path h2, int n) {
        CliRunner local = new CliRunner(h2, env(teamKey));
        walkToReady(local);
        orders(n);
        assertThat(local.run("sync", "now").exit()).isZero();
        return local;
    }

    void walkToReady(CliRunner cli) {
        ZoneId zone = shop.zone();
        assertThat(cli.run("cart", "connect", "--kind", "shopify", "--url", server.baseUrl().toString()).exit()).isZero();
        assertThat(cli.run("cart", "test").exit()).isZero();
        String at = LOCAL.format(cutoff.atZone(zone));
        assertThat(cli.run("plan", "cutoff", "--at", at).exit()).isZero();
        assertThat(cli.run("open-orders", "none", "--reason", "all shipped").exit()).isZero();
        assertThat(cli.run("plan", "import-from", "--at", at).exit()).isZero();
    }

    void orders(int n) {
        for (int i = 0; i < n; i++) {
            shop.add(SandboxOrder.draft(cutoff.plusSeconds(10L + i), "buyer@example.com",
                    List.of(new SandboxOrder.Line("SKU-" + i, "Widget", null, 1, new BigDecimal("9.50"), 0))));
        }
    }

    /** What must survive a move: every order with its lines, every audit entry, the batches, the secrets. */
    record Contents(List<Order> orders, List<AuditLog.Entry> audit, long batches, Optional<CartConfig> cart) {
        static Contents of(Database db) {
            CartStore carts = new CartStore(SecretStore.forDatabase(db));
            return db.read(c -> {
                long batches;
                try (var rs = c.createStatement().executeQuery("SELECT COUNT(*) FROM open_orders_batch")) {
                    rs.next();
                    batches = rs.getLong(1);
                }
                return new Contents(new OrderStore().all(c), AuditLog.recent(c, 100_000), batches, carts.load(c));
            });
        }
    }

    @Test
    void statusNamesTheSharedServerAndAUrlCarryingAPasswordIsRefused() {
        SharedLogin db = cluster.newDatabase();
        CliRunner pg = new CliRunner(db.url(), env(cluster.keyFile()));
        CliRunner.Result status = pg.run("status", "--json");
        assertThat(status.exit()).as(status.err()).isZero();
        assertThat(status.json().at("/database/kind").asText()).isEqualTo("postgresql");
        assertThat(status.json().at("/database/where").asText()).contains(db.server()).doesNotContain(cluster.password());

        CliRunner.Result refused = new CliRunner(db.url() + "?password=" + cluster.password(), env(cluster.keyFile()))
                .run("status", "--json");
        assertThat(refused.exit()).isEqualTo(2);
        assertThat(refused.out() + refused.err()).contains("password=").doesNotContain(cluster.password());
    }

    @Test
    void aPasswordFileOthersMayReadIsRefusedAndAnOwnerOnlyOneIsUsed() throws Exception {
        SharedLogin db = cluster.newDatabase();
        Path file = dir.resolve("db-password");
        Files.writeString(file, cluster.password() + "\n");
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-r--r--"));
        Map<String, String> env = env(cluster.keyFile());
        env.remove(SharedLogin.PASSWORD_ENV);
        env.put(SharedLogin.PASSWORD_FILE_ENV, file.toString());
        CliRunner.Result open = new CliRunner(db.url(), env).run("status");
        assertThat(open.exit()).isEqualTo(2);
        assertThat(open.err()).contains("chmod 600");
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
        CliRunner.Result ok = new CliRunner(db.url(), env).run("status");
        assertThat(ok.exit()).as(ok.err()).isZero();
    }

    @Test
    void aSharedStoreOpenedWithAnotherKeySaysSoAndKeepsItsSecrets() throws Exception {
        SharedLogin db = cluster.newDatabase();
        CliRunner team = new CliRunner(db.url(), env(teamKey));
        walkToReady(team);
        byte[] sealed = secretsBlob(db);

        Path otherKey = dir.resolve("other.key");
        Files.write(otherKey, new byte[32]);
        CliRunner stranger = new CliRunner(db.url(), env(otherKey));
        CliRunner.Result r = stranger.run("cart", "connect", "--kind", "shopify", "--url", server.baseUrl().toString());
        assertThat(r.exit()).isEqualTo(5);
        assertThat(r.err()).contains("is not the key this shared database's cart secrets were sealed with");
        CliRunner.Result missing = new CliRunner(db.url(), env(dir.resolve("absent.key"))).run("status");
        assertThat(missing.exit()).isEqualTo(5);
        assertThat(missing.err()).contains("there is no key file at");
        assertThat(dir.resolve("absent.key")).doesNotExist();
        assertThat(secretsBlob(db)).as("the stored secrets are untouched").isEqualTo(sealed);
        assertThat(team.run("cart", "test").exit()).as("the team's key still opens them").isZero();
    }

    byte[] secretsBlob(SharedLogin db) {
        try (Database d = withTeamKey(db)) {
            return d.read(c -> {
                try (var rs = c.createStatement().executeQuery("SELECT secrets_enc FROM cart_config")) {
                    rs.next();
                    return rs.getBytes(1);
                }
            });
        }
    }

    @Test
    void migrateStoreMovesEveryOrderBatchAuditEntryAndSecretToPostgres() {
        Path h2 = dir.resolve("golive");
        CliRunner local = h2StoreWithOrders(h2, 40);
        Contents before;
        try (Database d = Database.open(h2)) {
            before = Contents.of(d);
        }
        assertThat(before.orders()).hasSize(40);

        SharedLogin target = cluster.emptyDatabase();
        CliRunner.Result moved = local.run("migrate-store", "--to", target.url(), "--json");
        assertThat(moved.exit()).as(moved.out() + moved.err()).isZero();
        assertThat(moved.json().get("orders").asLong()).isEqualTo(40);
        assertThat(teamKey).as("the H2 store's key became the team's").hasSameBinaryContentAs(SecretStore.keyFile(h2));

        try (Database pg = withTeamKey(target)) {
            Contents after = Contents.of(pg);
            assertThat(after.orders()).isEqualTo(before.orders());
            assertThat(after.audit()).isEqualTo(before.audit());
            assertThat(after.batches()).isEqualTo(before.batches()).isPositive();
            assertThat(after.cart()).isEqualTo(before.cart()).isPresent();
        }
        CliRunner shared = new CliRunner(target.url(), env(teamKey));
        assertThat(shared.run("cart", "test").exit()).as("the connection test passes with the moved secrets").isZero();
        shop.add(SandboxOrder.draft(Instant.now().truncatedTo(ChronoUnit.SECONDS), "late@example.com",
                List.of(new SandboxOrder.Line("LATE", "Placed after the move", null, 1, new BigDecimal("3.00"), 0))));
        CliRunner.Result more = shared.run("sync", "now", "--json");
        assertThat(more.exit()).as(more.out() + more.err()).isZero();
        assertThat(shared.run("status", "--json").json().at("/orders/cart").asLong()).as("new ids follow the moved ones").isEqualTo(41);
        assertThat(local.run("migrate-store", "--to", target.url()).exit()).as("never over a store that holds data").isEqualTo(2);
    }

    @Test
    void aBackupTakenWhileASyncRunImportsRestoresIntoH2AndIntoAnEmptyPostgres() throws Exception {
        SharedLogin db = cluster.newDatabase();
        CliRunner pg = new CliRunner(db.url(), env(teamKey));
        walkToReady(pg);
        orders(600);
        server.faults().always(new Fault.Slow(Duration.ofMillis(150)));
        CompletableFuture<CliRunner.Result> run = CompletableFuture.supplyAsync(() -> pg.run("sync", "now"));
        try (Database watch = withTeamKey(db)) {
            Await.until(() -> watch.read(new OrderStore()::all).size() >= 100);
        }
        Path backup = dir.resolve("shop.golive-export");
        CliRunner.Result b = pg.run("backup", "--out", backup.toString(), "--json");
        assertThat(b.exit()).as(b.out() + b.err()).isZero();
        server.faults().clear();
        assertThat(run.get().exit()).isZero();

        Path restoredH2 = dir.resolve("restored/golive");
        CliRunner h2 = new CliRunner(restoredH2, env(teamKey));
        CliRunner.Result toH2 = h2.run("restore", "--from", backup.toString(), "--json");
        assertThat(toH2.exit()).as(toH2.out() + toH2.err()).isZero();
        assertThat(toH2.json().get("secretsReadable").asBoolean()).isTrue();
        assertThat(h2.run("status").exit()).isZero();
        assertThat(h2.run("cart", "test").exit()).as("the team key was placed beside the restored store").isZero();
        try (Database d = Database.open(restoredH2)) {
            assertConsistentMidRun(d);
        }

        SharedLogin empty = cluster.emptyDatabase();
        CliRunner toPg = new CliRunner(empty.url(), env(teamKey));
        CliRunner.Result r = toPg.run("restore", "--from", backup.toString(), "--json");
        assertThat(r.exit()).as(r.out() + r.err()).isZero();
        assertThat(toPg.run("status").exit()).isZero();
        try (Database d = withTeamKey(empty)) {
            assertConsistentMidRun(d);
            assertThat(Contents.of(d).audit()).hasSizeGreaterThanOrEqualTo(5);
        }
        assertThat(toPg.run("restore", "--from", backup.toString()).exit()).as("never over a store that holds data").isEqualTo(2);
        assertThat(h2.run("restore", "--from", backup.toString()).exit()).as("never over an existing H2 file").isEqualTo(2);
    }

    /** A snapshot from the middle of a run: some orders, each whole, exactly the ones the run's counts say. */
    static void assertConsistentMidRun(Database d) {
        List<Order> orders = d.read(new OrderStore()::all);
        assertThat(orders).hasSizeBetween(100, 599);
        assertThat(orders).allSatisfy(o -> assertThat(o.lines()).hasSize(1));
        SyncStateStore.Run run = d.read(c -> new SyncStateStore().recentRuns(c, 1)).get(0);
        assertThat(run.imported()).as("the run's counts were committed with its pages").isEqualTo(orders.size());
        assertThat(orders.stream().map(Order::cartOrderId).distinct()).hasSize(orders.size());
    }

    @Test
    void aFileThatIsNeitherABackupNorAnExportIsBadInputAndLeavesNothing() throws Exception {
        Path notes = dir.resolve("notes.txt");
        Files.writeString(notes, "not a backup");
        Path fake = dir.resolve("fake.golive-export");
        try (var gz = new java.util.zip.GZIPOutputStream(Files.newOutputStream(fake))) {
            gz.write("{\"format\":\"something-else\"}".getBytes(java.nio.charset.StandardCharsets.UTF_8));
        }
        Path target = dir.resolve("new/golive");
        Map<String, String> env = env(teamKey);
        env.remove(SharedLogin.KEY_FILE_ENV);
        for (Path file : List.of(notes, fake)) {
            CliRunner.Result r = new CliRunner(target, env).run("restore", "--from", file.toString());
            assertThat(r.exit()).as(r.err()).isEqualTo(2);
            assertThat(r.err()).containsAnyOf("expected a backup zip", "not a readable Cart Go-Live export");
            assertThat(target.resolveSibling("golive.mv.db")).doesNotExist();
        }
    }

    @Test
    void anH2BackupZipRestoresIntoANewH2PathOnly() {
        Path h2 = dir.resolve("golive");
        CliRunner local = h2StoreWithOrders(h2, 5);
        Path zip = dir.resolve("backup.zip");
        assertThat(local.run("backup", "--out", zip.toString()).exit()).isZero();

        Path copy = dir.resolve("copy/golive");
        CliRunner restored = new CliRunner(copy, Map.of("GOLIVE_CART_TOKEN", server.access().token()));
        CliRunner.Result r = restored.run("restore", "--from", zip.toString(), "--key-file", SecretStore.keyFile(h2).toString(), "--json");
        assertThat(r.exit()).as(r.out() + r.err()).isZero();
        JsonNode json = r.json();
        assertThat(json.get("orders").asLong()).isEqualTo(5);
        assertThat(json.get("secretsReadable").asBoolean()).isTrue();
        assertThat(restored.run("status").exit()).isZero();
        assertThat(restored.run("restore", "--from", zip.toString()).exit()).isEqualTo(2);
        assertThat(new CliRunner(cluster.emptyDatabase().url(), env(teamKey)).run("restore", "--from", zip.toString()).exit())
                .as("a zip is H2's own format").isEqualTo(2);
    }
}
