package golive.cli;

import golive.sandbox.SandboxOrder;
import golive.sandbox.SandboxShop;
import golive.sandbox.shopify.ShopifySandbox;
import golive.store.Database;
import golive.sync.AutoSync;
import golive.testkit.Await;
import golive.testkit.Launchpad;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/** Issue 8 at the CLI: secrets in a URL, bad option values, spreadsheet formulas, a runner that answers. */
class CliIntegrityTest {
    static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss");

    @TempDir
    Path dir;
    SandboxShop shop;
    ShopifySandbox server;
    CliRunner cli;
    ZoneId zone;
    Instant cutoff;

    @BeforeEach
    void setUp() {
        shop = new SandboxShop(Clock.systemUTC());
        server = Launchpad.unthrottled(new ShopifySandbox(shop).start());
        zone = shop.zone();
        cli = new CliRunner(dir.resolve("golive"), Map.of("GOLIVE_CART_TOKEN", server.access().token()));
        cutoff = Instant.now().truncatedTo(ChronoUnit.SECONDS).minus(Duration.ofHours(2));
    }

    @AfterEach
    void tearDown() {
        server.close();
    }

    void walkToReady() {
        assertThat(cli.run("cart", "connect", "--kind", "shopify", "--url", server.baseUrl().toString()).exit()).isZero();
        assertThat(cli.run("cart", "test").exit()).isZero();
        String at = LOCAL.format(cutoff.atZone(zone));
        assertThat(cli.run("plan", "cutoff", "--at", at).exit()).isZero();
        assertThat(cli.run("open-orders", "none", "--reason", "all shipped").exit()).isZero();
        assertThat(cli.run("plan", "import-from", "--at", at).exit()).isZero();
    }

    /** An order placed now: after the runner's last cursor, as a live order would be. */
    SandboxOrder order(String sku, String title) {
        return shop.add(SandboxOrder.draft(Instant.now().truncatedTo(ChronoUnit.SECONDS), "x@example.com",
                List.of(new SandboxOrder.Line(sku, title, null, 1, new BigDecimal("4.00"), 0))));
    }

    @Test
    void aStoreUrlCarryingASecretIsRefusedAndNothingIsStored() throws Exception {
        String secret = "shpat_inurl1234567890abcdef";
        String hostPort = server.baseUrl().getAuthority();
        for (String url : new String[] {"http://admin:" + secret + "@" + hostPort, "http://" + hostPort + "/?token=" + secret,
                "http://" + hostPort + "/#" + secret}) {
            CliRunner.Result r = cli.run("cart", "connect", "--kind", "shopify", "--url", url, "--json");
            assertThat(r.exit()).as(url).isEqualTo(2);
            assertThat(r.json().at("/error/code").asText()).isEqualTo("BAD_URL");
            assertThat(r.out() + r.err()).as("the refusal does not echo the secret").doesNotContain(secret);
        }
        assertThat(cli.run("status", "--json").json().at("/steps/0/done").asBoolean()).isFalse();
        for (Path f : Files.walk(dir).filter(Files::isRegularFile).toList()) {
            assertThat(new String(Files.readAllBytes(f), StandardCharsets.ISO_8859_1)).as(f.toString()).doesNotContain(secret);
        }
    }

    @Test
    void everyBadOptionValueExitsTwoNamingWhatWasExpected() {
        CliRunner.Result undo = cli.run("open-orders", "undo", "abc", "--json");
        assertThat(undo.exit()).isEqualTo(2);
        assertThat(undo.json().at("/error/code").asText()).isEqualTo("BAD_VALUE");
        assertThat(undo.json().at("/error/message").asText()).contains("abc");
        CliRunner.Result limit = cli.run("log", "--limit", "many", "--json");
        assertThat(limit.exit()).isEqualTo(2);
        assertThat(limit.json().at("/error/message").asText()).contains("many").contains("--limit");
    }

    @Test
    void aThreeMegabyteFieldInTheOpenOrdersFileNamesLineAndColumnAndWritesNothing() throws Exception {
        walkToReadyButOpenOrders();
        String header = "order_number,cart_order_id,created_at,customer_email,customer_name,currency,order_total,status,sku,"
                + "description,quantity,unit_price";
        String created = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss").format(cutoff.minusSeconds(3600).atZone(zone));
        Path file = Files.writeString(dir.resolve("open.csv"), header + "\n#1,1," + created + ",a@example.com,Ann,USD,4.00,,SKU,"
                + "x".repeat(3 * 1024 * 1024) + ",1,4.00\n");
        CliRunner.Result r = cli.run("open-orders", "import", file.toString(), "--json");
        assertThat(r.exit()).isEqualTo(2);
        com.fasterxml.jackson.databind.JsonNode problem = r.json().at("/error/problems/0");
        assertThat(problem.get("line").asInt()).isEqualTo(2);
        assertThat(problem.get("column").asText()).isEqualTo("description");
        assertThat(problem.get("kind").asText()).isEqualTo("TOO_LONG");
        assertThat(cli.run("status", "--json").json().at("/steps/3/done").asBoolean()).isFalse();
    }

    void walkToReadyButOpenOrders() {
        assertThat(cli.run("cart", "connect", "--kind", "shopify", "--url", server.baseUrl().toString()).exit()).isZero();
        assertThat(cli.run("cart", "test").exit()).isZero();
        assertThat(cli.run("plan", "cutoff", "--at", LOCAL.format(cutoff.atZone(zone))).exit()).isZero();
    }

    @Test
    void csvExportsHandSpreadsheetsNoFormula() throws Exception {
        walkToReady();
        order("@SUM(A1)", "=HYPERLINK(\"http://evil.example\",\"click\")");
        order("-5", "-cmd|' /C calc'!A0");
        order("+SKU", "\tTabbed");
        assertThat(cli.run("sync", "now").exit()).isZero();
        Path out = dir.resolve("orders.csv");
        assertThat(cli.run("orders", "export", "--format", "csv", "--out", out.toString()).exit()).isZero();
        String csv = Files.readString(out);
        assertThat(csv).contains("'@SUM(A1)", "'=HYPERLINK", "'-cmd|", "'+SKU", "'\tTabbed");
        assertThat(csv).doesNotContain(",@SUM", ",=HYPERLINK", ",\"=HYPERLINK", ",-cmd");
        assertThat(csv).as("a number is left as it is").contains(",-5,");
    }

    @Test
    void syncNowFromAnotherProcessAsksTheRunnerAndPrintsItsAnswer() throws Exception {
        walkToReady();
        assertThat(cli.run("sync", "start", "--every", "1h").exit()).isZero();
        try (Database db = Database.open(dir.resolve("golive"))) {
            Launchpad runnerSide = Launchpad.onDatabaseWithServer(db, shop, server);
            AutoSync runner = new AutoSync(runnerSide.cutover, e -> { });
            CompletableFuture<AutoSync.Exit> exit = CompletableFuture.supplyAsync(runner::runUntilStopped);
            Await.until(() -> cli.run("status", "--json").json().at("/sync/lastSuccess").isTextual());
            order("SKU-1", "Widget");
            CliRunner.Result now = cli.run("sync", "now");
            assertThat(now.exit()).as(now.err()).isZero();
            assertThat(now.out()).contains("asked it to import now").containsIgnoringCase("imported 1");
            SandboxOrder another = order("SKU-2", "Gadget");
            CliRunner.Result one = cli.run("sync", "import", "--order", String.valueOf(another.id()), "--json");
            assertThat(one.exit()).as(one.err()).isZero();
            assertThat(cli.run("orders", "export", "--format", "json").json().size()).isEqualTo(2);
            runner.close();
            assertThat(exit.get(10, TimeUnit.SECONDS)).isEqualTo(AutoSync.Exit.CLOSED);
        }
    }
}
