package golive.cli;

import com.fasterxml.jackson.databind.JsonNode;
import golive.sandbox.SandboxOrder;
import golive.sandbox.SandboxShop;
import golive.sandbox.bigcommerce.BigCommerceSandbox;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The command line with a BigCommerce store: connect by API Path and token, test, and sync. */
class BigCommerceCliTest {
    @TempDir
    Path dir;
    SandboxShop shop;
    BigCommerceSandbox server;
    CliRunner cli;

    @BeforeEach
    void setUp() {
        shop = new SandboxShop(Clock.systemUTC()).zone(ZoneId.of("Pacific/Auckland")).currency("NZD");
        server = new BigCommerceSandbox(shop).quota(1_000_000, Duration.ofSeconds(30)).start();
        cli = new CliRunner(dir.resolve("golive"), Map.of("GOLIVE_CART_TOKEN", server.token()));
    }

    @AfterEach
    void tearDown() {
        server.close();
    }

    @Test
    void aBigCommerceStoreIsConnectedByItsApiPathTestedAndSynced() {
        CliRunner.Result storefront = cli.run("cart", "connect", "--kind", "bigcommerce", "--url", "https://www.my-awesome.store", "--json");
        assertThat(storefront.exit()).isEqualTo(2);
        assertThat(storefront.json().at("/error/message").asText()).contains("API Path");

        assertThat(cli.run("cart", "connect", "--kind", "bigcommerce", "--url", server.baseUrl().toString()).exit()).isZero();
        CliRunner.Result test = cli.run("cart", "test", "--json");
        assertThat(test.exit()).as(test.out() + test.err()).isZero();
        assertThat(test.out()).contains("Pacific/Auckland").contains("NZD");

        Instant cutoff = Instant.now().truncatedTo(ChronoUnit.SECONDS).minus(Duration.ofHours(2));
        String at = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss").format(cutoff.atZone(shop.zone()));
        assertThat(cli.run("plan", "cutoff", "--at", at).exit()).isZero();
        assertThat(cli.run("open-orders", "none", "--reason", "all shipped before go-live").exit()).isZero();
        assertThat(cli.run("plan", "import-from", "--at", at).exit()).isZero();
        shop.add(SandboxOrder.draft(cutoff.minusSeconds(1), "early@example.com", line()));
        SandboxOrder synced = shop.add(SandboxOrder.draft(cutoff, "b@example.com", line()));

        CliRunner.Result now = cli.run("sync", "now", "--json");
        assertThat(now.exit()).as(now.out() + now.err()).isZero();
        assertThat(now.json().at("/counts/imported").asInt()).isEqualTo(1);
        JsonNode export = cli.run("orders", "export", "--format", "json").json();
        assertThat(export).singleElement().satisfies(o -> {
            assertThat(o.get("cart_order_id").asText()).isEqualTo(Long.toString(synced.number()));
            assertThat(o.get("order_number").asText()).isEqualTo(Long.toString(synced.number()));
            assertThat(o.get("currency").asText()).isEqualTo("NZD");
            assertThat(new BigDecimal(o.get("total").asText())).isEqualByComparingTo(synced.total());
        });
    }

    @Test
    void aTokenWithoutTheOrdersScopeFailsTheTestInBigCommercesWords() {
        server.scopes(BigCommerceSandbox.INFORMATION_SCOPE);
        assertThat(cli.run("cart", "connect", "--kind", "bigcommerce", "--url", server.baseUrl().toString()).exit()).isZero();

        CliRunner.Result test = cli.run("cart", "test");

        assertThat(test.exit()).isEqualTo(3);
        assertThat(test.out() + test.err()).contains("You don't have a required scope to access the endpoint")
                .doesNotContain(server.token());
    }

    private static List<SandboxOrder.Line> line() {
        return List.of(new SandboxOrder.Line("S", "Widget", null, 2, new BigDecimal("10.50"), 0));
    }
}
