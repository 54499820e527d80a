package golive.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import golive.sandbox.SandboxOrder;
import golive.sandbox.SandboxShop;
import golive.sandbox.shopify.ShopifySandbox;
import golive.testkit.Launchpad;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code reconcile}, {@code reconcile import-missing} and {@code ack} from the command line, against the sandbox. */
class ReconcileCliTest {
    @TempDir
    Path dir;
    SandboxShop shop;
    ShopifySandbox server;
    CliRunner cli;

    @BeforeEach
    void setUp() {
        shop = new SandboxShop(Clock.systemUTC());
        server = Launchpad.unthrottled(new ShopifySandbox(shop).start());
        cli = new CliRunner(dir.resolve("golive"), Map.of("GOLIVE_CART_KEY", server.access().clientId(),
                "GOLIVE_CART_SECRET", server.access().clientSecret()));
    }

    @AfterEach
    void tearDown() {
        server.close();
    }

    @Test
    void aMissingOrderFailsTheRunUntilImportedAndTheReportNamesNoSecret() throws Exception {
        Instant cutoff = Instant.now().truncatedTo(ChronoUnit.SECONDS).minus(Duration.ofHours(2));
        String at = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss").format(cutoff.atZone(shop.zone()));
        assertThat(cli.run("reconcile").exit()).isEqualTo(ExitCode.REFUSED); // nothing connected yet
        assertThat(cli.run("cart", "connect", "--kind", "shopify", "--url", server.baseUrl().toString()).exit()).isZero();
        assertThat(cli.run("cart", "test").exit()).isZero();
        assertThat(cli.run("plan", "cutoff", "--at", at).exit()).isZero();
        assertThat(cli.run("open-orders", "none", "--reason", "all shipped before go-live").exit()).isZero();
        assertThat(cli.run("plan", "import-from", "--at", at).exit()).isZero();
        assertThat(cli.run("sync", "now").exit()).isZero();
        SandboxOrder late = shop.add(SandboxOrder.draft(cutoff.plus(Duration.ofMinutes(30)), "buyer@example.com",
                List.of(new SandboxOrder.Line("SKU-1", "Widget", null, 1, new BigDecimal("19.99"), 0))));

        Path report = dir.resolve("reconciliation.json");
        CliRunner.Result failing = cli.run("reconcile", "--format", "json", "--out", report.toString());
        assertThat(failing.exit()).as(failing.err()).isEqualTo(ExitCode.REFUSED);
        assertThat(failing.out()).contains("NOT CLEAN: 1 missing");
        JsonNode json = new ObjectMapper().readTree(report.toFile());
        assertThat(json.get("clean").asBoolean()).isFalse();
        assertThat(json.at("/orders/missing/0/cart_order_id").asText()).isEqualTo(String.valueOf(late.id()));
        String written = Files.readString(report);
        assertThat(written).doesNotContain(server.access().clientSecret()).doesNotContain(server.access().clientId());

        CliRunner.Result imported = cli.run("reconcile", "import-missing");
        assertThat(imported.exit()).as(imported.err()).isZero();
        assertThat(imported.out()).contains(late.id() + "): imported");
        CliRunner.Result clean = cli.run("reconcile", "--json");
        assertThat(clean.exit()).as(clean.err()).isZero();
        assertThat(new ObjectMapper().readTree(clean.out()).at("/buckets/synced/count").asLong()).isEqualTo(1);

        // the go-live report, as a self-contained HTML file and as a PDF read back with PDFBox
        Path html = dir.resolve("go-live.html");
        Path pdf = dir.resolve("go-live.pdf");
        assertThat(cli.run("reconcile", "--format", "html", "--out", html.toString()).exit()).isZero();
        assertThat(cli.run("reconcile", "--format", "pdf", "--out", pdf.toString()).exit()).isZero();
        String shots = System.getProperty("golive.screenshots");
        if (shots != null) {
            Files.createDirectories(Path.of(shots));
            Files.copy(pdf, Path.of(shots, "go-live-report.pdf"), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        }
        String page = Files.readString(html);
        assertThat(page).contains("<h2>Store and cart</h2>", "<h2>Settings</h2>", "<h2>Reconciliation</h2>", "<h2>Who did what",
                "data:image/png;base64,", "CLEAN: every cart order is accounted for", "Import Orders from", "open-orders");
        String text;
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            text = new PDFTextStripper().getText(doc);
            assertThat(doc.getPage(0).getResources().getXObjectNames()).as("the timeline picture").isNotEmpty();
        }
        assertThat(text).contains("Store and cart", "Settings", "Reconciliation", "Who did what", "CLEAN", "Cut-off:", "sync.import-order");
        for (String file : List.of(page, text, Files.readString(report))) {
            assertThat(file).doesNotContain(server.access().clientSecret()).doesNotContain(server.access().clientId());
        }
        assertThat(cli.run("reconcile", "--format", "pdf").exit()).isEqualTo(ExitCode.BAD_INPUT);
    }

    @Test
    void badValuesExitTwoWithWhatWasExpected() {
        CliRunner.Result format = cli.run("reconcile", "--format", "xml");
        assertThat(format.exit()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(format.err()).contains("expected text, json, html or pdf");
        CliRunner.Result kind = cli.run("ack", "lost", "123", "--reason", "x");
        assertThat(kind.exit()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(kind.err()).contains("missing, duplicate, suspect, orphan, attention, set-aside");
        CliRunner.Result confirm = cli.run("reconcile", "import-missing", "--confirm-before-import-from", "--reason", "x");
        assertThat(confirm.exit()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(confirm.err()).contains("--order ID");
    }
}
