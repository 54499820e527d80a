package golive.openorders;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import golive.cli.Cli;
import golive.sandbox.SandboxOrder;
import golive.sandbox.SandboxShop;
import golive.sandbox.shopify.ShopifySandbox;
import golive.testkit.Launchpad;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static golive.sandbox.shopify.ShopifySandbox.orderName;
import static org.assertj.core.api.Assertions.assertThat;

/** {@code open-orders import | undo | check | none} through the real command line, on a file database. */
class OpenOrdersCliTest {
    @TempDir
    Path dir;
    SandboxShop shop;
    ShopifySandbox server;
    Instant cutoff;

    record Run(int exit, String out, String err) {
        JsonNode json() throws Exception {
            return new ObjectMapper().readTree(out);
        }
    }

    @BeforeEach
    void setUp() {
        shop = new SandboxShop(Clock.systemUTC());
        server = Launchpad.unthrottled(new ShopifySandbox(shop).start());
        cutoff = Instant.now().truncatedTo(ChronoUnit.SECONDS).minus(Duration.ofHours(1));
    }

    @AfterEach
    void tearDown() {
        server.close();
    }

    Run cli(String... args) {
        List<String> all = new ArrayList<>(List.of(args));
        all.add("--db");
        all.add(dir.resolve("golive").toString());
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exit = Cli.run(all.toArray(String[]::new), new PrintWriter(out), new PrintWriter(err),
                Map.of("GOLIVE_CART_TOKEN", server.access().token()), Clock.systemUTC());
        return new Run(exit, out.toString(), err.toString());
    }

    void readyForStepFour() {
        assertThat(cli("cart", "connect", "--kind", "shopify", "--url", server.baseUrl().toString()).exit()).isZero();
        assertThat(cli("cart", "test").exit()).isZero();
        String at = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss").format(cutoff.atZone(shop.zone()));
        assertThat(cli("plan", "cutoff", "--at", at).exit()).isZero();
    }

    Path file(String name, String text) throws Exception {
        return Files.writeString(dir.resolve(name), text);
    }

    SandboxOrder cartOrder(Instant created) {
        return shop.add(SandboxOrder.draft(created, "b@example.com",
                List.of(new SandboxOrder.Line("SKU-1", "Widget", null, 1, new BigDecimal("19.99"), 0))));
    }

    @Test
    void importPreviewsThenCommitsAndTheOrdersExportAsMigrated() throws Exception {
        readyForStepFour();
        SandboxOrder a = cartOrder(cutoff.minus(Duration.ofDays(1)));
        Path f = file("open.csv", new Template()
                .row(orderName(a), Long.toString(a.id()), a.createdAt().toString(), "USD", a.total().toPlainString(), "SKU-1", "Widget", "1", "19.99")
                .text());

        Run dry = cli("open-orders", "import", f.toString(), "--dry-run");
        assertThat(dry.exit()).as(dry.err()).isZero();
        assertThat(dry.out()).contains("1 open, 1 line(s)", "USD 21.19", "Check against the cart", "passed", "Dry run: nothing was written");
        assertThat(cli("status", "--json").json().at("/orders/migrated").asLong()).isZero();

        Run commit = cli("open-orders", "import", f.toString(), "--json");
        assertThat(commit.exit()).as(commit.out() + commit.err()).isZero();
        JsonNode j = commit.json();
        assertThat(j.get("written").asBoolean()).isTrue();
        long batch = j.get("batchId").asLong();
        assertThat(j.at("/preview/orders").asLong()).isEqualTo(1);
        assertThat(j.at("/preview/totals/USD").asText()).isEqualTo("21.19");
        assertThat(j.at("/check/passed").asBoolean()).isTrue();

        JsonNode export = cli("orders", "export", "--format", "json").json();
        assertThat(export).hasSize(1);
        assertThat(export.get(0).get("source").asText()).isEqualTo("migrated");
        assertThat(export.get(0).get("cart_order_id").asText()).isEqualTo(Long.toString(a.id()));
        assertThat(export.get(0).at("/lines/0/sku").asText()).isEqualTo("SKU-1");

        Run none = cli("open-orders", "none", "--reason", "x", "--json");
        assertThat(none.exit()).isEqualTo(3);
        assertThat(none.json().at("/error/code").asText()).isEqualTo("OPEN_ORDERS_BATCH_EXISTS");

        Run again = cli("open-orders", "import", f.toString());
        assertThat(again.exit()).isZero();
        assertThat(again.out()).contains("already in store  1", "Nothing new to import");

        Run undo = cli("open-orders", "undo", Long.toString(batch), "--json");
        assertThat(undo.exit()).isZero();
        assertThat(undo.json().get("ordersDeleted").asInt()).isEqualTo(1);
        assertThat(cli("open-orders", "undo", Long.toString(batch)).exit()).isEqualTo(2);
    }

    @Test
    void aBadFileExitsTwoAndNamesEveryProblem() throws Exception {
        readyForStepFour();
        String before = Rig.LOCAL.format(cutoff.minus(Duration.ofDays(1)).atZone(shop.zone()));
        Path f = file("orders.csv", new Template()
                .row("A", "", before, "USD", "1", "S", "d", "1", "1")
                .row("B", "", before, "USD", "1", "S", "d", "-2", "1")
                .row("C", "", "yesterday", "USD", "1", "S", "d", "1", "1").text());
        Run text = cli("open-orders", "import", f.toString());
        assertThat(text.exit()).isEqualTo(2);
        assertThat(text.err()).contains(f + ":3: column 'quantity': quantity -2 is negative; expected 0 or more")
                .contains(f + ":4: column 'created_at': 'yesterday' is not a date").contains("nothing was written");

        Run json = cli("open-orders", "import", f.toString(), "--json");
        assertThat(json.exit()).isEqualTo(2);
        JsonNode e = json.json().get("error");
        assertThat(e.get("code").asText()).isEqualTo("BAD_FILE");
        assertThat(e.get("problems")).hasSize(2);
        JsonNode p = e.get("problems").get(0);
        assertThat(p.get("file").asText()).isEqualTo(f.toString());
        assertThat(p.get("line").asInt()).isEqualTo(3);
        assertThat(p.get("column").asText()).isEqualTo("quantity");
        assertThat(p.get("message").asText()).contains("negative");
        assertThat(cli("status", "--json").json().at("/orders/migrated").asLong()).isZero();

        assertThat(cli("open-orders", "import", dir.resolve("nope.csv").toString(), "--json").json().at("/error/code").asText())
                .isEqualTo("OPEN_ORDERS_FILE_UNREADABLE");
        assertThat(cli("open-orders", "import", f.toString(), "--format", "excel").exit()).isEqualTo(2);
        assertThat(cli("open-orders", "import", f.toString(), "--format", "mapped").exit()).isEqualTo(2);
    }

    @Test
    void checkExitsThreeWhenTheCartHasOpenOrdersTheFileMissed() throws Exception {
        readyForStepFour();
        SandboxOrder a = cartOrder(cutoff.minus(Duration.ofDays(1)));
        SandboxOrder missed = cartOrder(cutoff.minus(Duration.ofHours(3)));
        Path f = file("open.csv", new Template()
                .row(orderName(a), Long.toString(a.id()), a.createdAt().toString(), "USD", "21.19", "SKU-1", "Widget", "1", "19.99").text());
        Run commit = cli("open-orders", "import", f.toString());
        assertThat(commit.exit()).isZero();
        assertThat(commit.out()).contains("FAILED", "not migrated", orderName(missed));

        Run check = cli("open-orders", "check", "--json");
        assertThat(check.exit()).isEqualTo(3);
        JsonNode e = check.json().get("error");
        assertThat(e.get("code").asText()).isEqualTo("OPEN_ORDERS_CHECK_FAILED");
        assertThat(e.at("/check/missingFromFile/count").asInt()).isEqualTo(1);
        assertThat(e.at("/check/missingFromFile/orders/0/cartOrderId").asText()).isEqualTo(Long.toString(missed.id()));

        Run textCheck = cli("open-orders", "check");
        assertThat(textCheck.exit()).isEqualTo(3);
        assertThat(textCheck.out()).contains(orderName(missed));
    }

    @Test
    void importNeedsAConnectedCartAndACutoff() throws Exception {
        Path f = file("open.csv", new Template().row("A", "", "2025-01-01 10:00", "USD", "1", "S", "d", "1", "1").text());
        Run r = cli("open-orders", "import", f.toString(), "--json");
        assertThat(r.exit()).isEqualTo(3);
        assertThat(r.json().at("/error/code").asText()).isEqualTo("CART_NOT_CONNECTED");
        cli("cart", "connect", "--kind", "shopify", "--url", server.baseUrl().toString());
        assertThat(cli("open-orders", "import", f.toString(), "--json").json().at("/error/code").asText())
                .isEqualTo("CUTOFF_NOT_CONFIRMED");
        assertThat(cli("open-orders", "check", "--json").json().at("/error/code").asText()).isEqualTo("CONNECTION_NOT_TESTED");
    }
}
