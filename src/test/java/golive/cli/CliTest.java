package golive.cli;

import com.fasterxml.jackson.databind.JsonNode;
import golive.sandbox.Fault;
import golive.sandbox.SandboxShop;
import golive.sandbox.shopify.ShopifySandbox;
import golive.testkit.Launchpad;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The CLI contract of DESIGN.md: commands, exit codes and JSON shapes, against the sandbox and a file database. */
class CliTest {
    static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss");

    @TempDir
    Path dir;
    SandboxShop shop;
    ShopifySandbox server;
    CliRunner cli;
    String token;
    ZoneId zone;
    Instant cutoff;

    @BeforeEach
    void setUp() {
        shop = new SandboxShop(Clock.systemUTC());
        server = new ShopifySandbox(shop).start();
        Launchpad.unthrottled(server);
        token = server.access().token();
        zone = shop.zone();
        cli = new CliRunner(dir.resolve("golive"), Map.of("GOLIVE_CART_TOKEN", token));
        cutoff = Instant.now().truncatedTo(ChronoUnit.SECONDS).minus(Duration.ofHours(2));
    }

    @AfterEach
    void tearDown() {
        server.close();
    }

    String local(Instant t) {
        return LOCAL.format(t.atZone(zone));
    }

    void connectAndTest() {
        assertThat(cli.run("cart", "connect", "--kind", "shopify", "--url", server.baseUrl().toString()).exit()).isZero();
        assertThat(cli.run("cart", "test").exit()).isZero();
    }

    void walkToReady() {
        connectAndTest();
        assertThat(cli.run("plan", "cutoff", "--at", local(cutoff)).exit()).isZero();
        assertThat(cli.run("open-orders", "none", "--reason", "all shipped before go-live").exit()).isZero();
        assertThat(cli.run("plan", "import-from", "--at", local(cutoff)).exit()).isZero();
    }

    @Test
    void aShopifyStoreGoesThroughAllSixStepsAndSyncs() {
        Launchpad.class.getName(); // same sandbox as the engine tests
        walkToReady();
        for (int i = 0; i < 5; i++) {
            shop.add(golive.sandbox.SandboxOrder.draft(cutoff.plusSeconds(i * 60L), "b@example.com",
                    List.of(new golive.sandbox.SandboxOrder.Line("S", "Widget", null, 2, new java.math.BigDecimal("10.50"), 0))));
        }
        CliRunner.Result start = cli.run("sync", "start", "--every", "5m", "--json");
        assertThat(start.exit()).isZero();
        CliRunner.Result now = cli.run("sync", "now", "--json");
        assertThat(now.exit()).as(now.out() + now.err()).isZero();
        assertThat(now.json().at("/counts/imported").asInt()).isEqualTo(5);

        JsonNode export = cli.run("orders", "export", "--format", "json").json();
        assertThat(export.isArray()).isTrue();
        assertThat(export).hasSize(5);
        JsonNode first = export.get(0);
        for (String f : List.of("source", "cart_order_id", "order_number", "created_at", "doc_type", "status", "currency",
                "total", "customer_email", "needs_attention", "lines")) {
            assertThat(first.has(f)).as(f).isTrue();
        }
        assertThat(first.get("source").asText()).isEqualTo("cart");
        assertThat(first.get("status").asText()).isEqualTo("PENDING");
        assertThat(first.get("doc_type").asText()).isEqualTo("sales-order");
        assertThat(first.get("total").isTextual()).isTrue();
        assertThat(first.get("total").asText()).matches("\\d+\\.\\d{2}");
        assertThat(first.get("created_at").asText()).endsWith("Z");
        assertThat(first.at("/lines/0/sku").asText()).isEqualTo("S");

        JsonNode status = cli.run("status", "--json").json();
        assertThat(status.get("steps")).hasSize(6);
        assertThat(status.at("/steps/0/id").asText()).isEqualTo("connect");
        assertThat(status.at("/guard/ready").asBoolean()).isTrue();
        assertThat(status.at("/sync/status").asText()).isEqualTo("RUNNING");
        assertThat(status.at("/sync/runnerAlive").asBoolean()).isFalse();
        assertThat(status.at("/sync/watermark").asText()).isEqualTo(cutoff.plusSeconds(240).toString());
        assertThat(status.at("/steps/5/done").asBoolean()).isFalse(); // RUNNING with no live runner is a problem

        // the list: newest first, searched, filtered, in store time; a bad filter exits 2 saying what it expects
        JsonNode list = cli.run("orders", "list", "--source", "cart", "--limit", "2", "--json").json();
        assertThat(list.get("matching").asInt()).isEqualTo(5);
        assertThat(list.get("orders")).hasSize(2);
        assertThat(list.at("/orders/0/created_at").asText()).isEqualTo(cutoff.plusSeconds(240).toString());
        String number = list.at("/orders/1/order_number").asText();
        CliRunner.Result found = cli.run("orders", "list", "--search", number);
        assertThat(found.out()).contains(number).contains("1 of 1 matching").contains(zone.getId());
        assertThat(cli.run("orders", "list", "--source", "migrated", "--json").json().get("matching").asInt()).isZero();
        assertThat(cli.run("orders", "list", "--attention", "--json").json().get("matching").asInt()).isZero();
        CliRunner.Result bad = cli.run("orders", "list", "--source", "shop");
        assertThat(bad.exit()).isEqualTo(2);
        assertThat(bad.err()).contains("expected migrated or cart");

        CliRunner.Result csv = cli.run("orders", "export", "--format", "csv", "--out", dir.resolve("orders.csv").toString(), "--json");
        assertThat(csv.json().get("orders").asInt()).isEqualTo(5);
        assertThat(cli.run("log", "--json").json().get("entries").size()).isGreaterThanOrEqualTo(6);
        CliRunner.Result backup = cli.run("backup", "--out", dir.resolve("backup.zip").toString());
        assertThat(backup.exit()).isZero();
        assertThat(dir.resolve("backup.zip")).exists();
    }

    @Test
    void everyGuardRefusalExitsThreeAndListsEveryProblem() {
        CliRunner.Result r = cli.run("sync", "start", "--json");
        assertThat(r.exit()).isEqualTo(3);
        List<String> codes = new ArrayList<>();
        r.json().at("/error/problems").forEach(p -> codes.add(p.get("code").asText()));
        assertThat(codes).containsExactly("CART_NOT_CONNECTED", "CUTOFF_NOT_CONFIRMED", "OPEN_ORDERS_NOT_IMPORTED", "IMPORT_FROM_NOT_SET");
        assertThat(r.json().at("/error/code").asText()).isEqualTo("CART_NOT_CONNECTED");

        for (String[] write : new String[][] {{"sync", "now"}, {"sync", "run", "--every", "1s"}, {"sync", "import", "--order", "1"}}) {
            assertThat(cli.run(write).exit()).as(String.join(" ", write)).isEqualTo(3);
        }

        cli.run("cart", "connect", "--kind", "shopify", "--url", server.baseUrl().toString());
        assertThat(codes(cli.run("sync", "start", "--json"))).contains("CONNECTION_NOT_TESTED");
        server.access().revokeToken();
        CliRunner.Result failed = cli.run("cart", "test", "--json");
        assertThat(failed.exit()).isEqualTo(3);
        assertThat(failed.json().toString()).contains("Invalid API key");
        assertThat(codes(cli.run("sync", "start", "--json"))).contains("CONNECTION_TEST_FAILED");

        server.access().token(token);
        cli.run("cart", "test");
        // new credentials after a passing test: stale until tested again
        cli.run("cart", "connect", "--kind", "shopify", "--url", server.baseUrl().toString(), "--token", "shpat_other");
        assertThat(codes(cli.run("sync", "start", "--json"))).contains("CONNECTION_TEST_STALE");
        cli.run("cart", "connect", "--kind", "shopify", "--url", server.baseUrl().toString());
        cli.run("cart", "test");

        cli.run("plan", "cutoff", "--at", local(cutoff));
        cli.run("open-orders", "none", "--reason", "nothing open");
        CliRunner.Result gap = cli.run("plan", "import-from", "--at", local(cutoff.plusSeconds(3600)), "--json");
        assertThat(gap.exit()).isZero();
        assertThat(gap.json().get("relation").asText()).isEqualTo("gap");
        assertThat(codes(cli.run("sync", "start", "--json"))).containsExactly("GAP_NOT_ACCEPTED");
        cli.run("plan", "import-from", "--at", local(cutoff.minusSeconds(3600)));
        assertThat(codes(cli.run("sync", "start", "--json"))).containsExactly("OVERLAP_NOT_ACCEPTED");
        assertThat(cli.run("plan", "import-from", "--at", local(cutoff.minusSeconds(3600)), "--accept-overlap").exit()).isZero();

        CliRunner.Result byName = cli.run("sync", "import", "--order", "#1001", "--json");
        assertThat(byName.exit()).as(byName.out()).isEqualTo(2);

        server.access().scopes("read_orders");
        cli.run("cart", "test");
        cli.run("plan", "import-from", "--at", local(Instant.now().minus(Duration.ofDays(70))), "--accept-overlap");
        assertThat(codes(cli.run("sync", "start", "--json"))).containsExactly("SCOPE_INSUFFICIENT");
        cli.run("plan", "import-from", "--at", local(cutoff));
        assertThat(cli.run("sync", "start").exit()).isZero();
        assertThat(cli.run("status", "--json").exit()).isZero();
    }

    private static List<String> codes(CliRunner.Result r) {
        assertThat(r.exit()).as(r.out()).isEqualTo(3);
        List<String> codes = new ArrayList<>();
        r.json().at("/error/problems").forEach(p -> codes.add(p.get("code").asText()));
        return codes;
    }

    @Test
    void badInputExitsTwoWithAClearMessage() {
        assertThat(cli.run("cart", "connect", "--kind", "shopify", "--url", "http://shop.example.com").exit()).isEqualTo(2);
        CliRunner.Result insecure = cli.run("cart", "connect", "--kind", "shopify", "--url", "http://shop.example.com", "--json");
        assertThat(insecure.json().at("/error/code").asText()).isEqualTo("INSECURE_URL");
        assertThat(cli.run("cart", "connect", "--kind", "bogus", "--url", "https://x.myshopify.com").exit()).isEqualTo(2);
        CliRunner.Result date = cli.run("plan", "cutoff", "--at", "20/11/2026", "--zone", "UTC", "--json");
        assertThat(date.exit()).isEqualTo(2);
        assertThat(date.json().at("/error/message").asText()).contains("YYYY-MM-DDTHH:MM");
        assertThat(cli.run("plan", "cutoff", "--at", "2026-03-08T02:30", "--zone", "America/New_York").exit()).isEqualTo(2);
        assertThat(cli.run("plan", "cutoff", "--at", "2026-11-01T01:30", "--zone", "America/New_York").exit()).isEqualTo(2);
        assertThat(cli.run("plan", "cutoff", "--at", "2026-11-01T01:30", "--zone", "America/New_York", "--offset", "-04:00").exit()).isZero();
        assertThat(cli.run("plan", "cutoff", "--at", "2026-11-20T00:00").exit()).as("no zone and no tested store zone").isEqualTo(2);
        assertThat(cli.run("sync", "start", "--every", "5 minutes").exit()).isEqualTo(2);
        assertThat(cli.run("plan", "import-as", "receipt").exit()).isEqualTo(2);
        assertThat(cli.run("orders", "export", "--format", "json", "--out", dir.resolve("no/such/folder/x.json").toString()).exit())
                .isEqualTo(2);
    }

    @Test
    void usageErrorsExitOneAndGlobalOptionsGoAnywhere() {
        assertThat(cli.run("sync", "sideways").exit()).isEqualTo(1);
        CliRunner.Result json = cli.run("--json", "cart", "frobnicate");
        assertThat(json.exit()).isEqualTo(1);
        assertThat(json.json().at("/error/code").asText()).isEqualTo("USAGE");
        // --json before the subcommand, --db after it (the runner appends it)
        assertThat(cli.run("--json", "status").json().has("steps")).isTrue();
    }

    @Test
    void anUnreachableCartExitsFour() {
        cli.run("cart", "connect", "--kind", "shopify", "--url", server.baseUrl().toString());
        server.close();
        CliRunner.Result r = cli.run("cart", "test", "--json");
        assertThat(r.exit()).isEqualTo(4);
        assertThat(r.json().get("passed").asBoolean()).isFalse();
    }

    @Test
    void secretsNeverAppearInOutputsExportsLogsOrTheDatabaseFile() throws Exception {
        walkToReady();
        cli.run("sync", "start");
        shop.add(golive.sandbox.SandboxOrder.draft(cutoff.plusSeconds(5), "x@example.com",
                List.of(new golive.sandbox.SandboxOrder.Line("S", "W", null, 1, java.math.BigDecimal.TEN, 0))));
        StringBuilder all = new StringBuilder();
        for (String[] args : new String[][] {{"status", "--json"}, {"status"}, {"log"}, {"sync", "now"},
                {"orders", "export", "--format", "json"}, {"orders", "export", "--format", "csv"}, {"cart", "test", "--json"}}) {
            CliRunner.Result r = cli.run(args);
            all.append(r.out()).append(r.err());
        }
        server.access().revokeToken();
        CliRunner.Result rejected = cli.run("sync", "now", "--json");
        assertThat(rejected.exit()).isEqualTo(3);
        all.append(rejected.out()).append(rejected.err());
        assertThat(all.toString()).doesNotContain(token);
        for (Path f : Files.walk(dir).filter(Files::isRegularFile).toList()) {
            if (!f.getFileName().toString().endsWith(".key")) {
                assertThat(new String(Files.readAllBytes(f), java.nio.charset.StandardCharsets.ISO_8859_1)).as(f.toString()).doesNotContain(token);
            }
        }
        Path log = Path.of("target/golive-test.log");
        if (Files.exists(log)) {
            assertThat(Files.readString(log)).doesNotContain(token);
        }
        assertThat(cli.run("cart", "disconnect").exit()).isZero();
        assertThat(cli.run("status", "--json").json().at("/steps/0/done").asBoolean()).isFalse();
    }

    @Test
    void theCartsRetryableFaultsAreRetriedFromTheCli() {
        walkToReady();
        server.faults().next(new Fault.RateLimited("0.1")).next(new Fault.Status(502));
        assertThat(cli.run("sync", "now", "--dry-run").exit()).isZero();
    }
}
