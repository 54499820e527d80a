package golive.cart.shopify;

import golive.cart.CartConfig;
import golive.cart.CartException;
import golive.cart.CartOrder;
import golive.cart.Lifecycle;
import golive.cart.CheckResult;
import golive.cart.ConnectionReport;
import golive.cart.http.HttpSettings;
import golive.cart.http.RetryPolicy;
import golive.domain.CartKind;
import golive.domain.Money;
import golive.domain.OrderLine;
import golive.sandbox.SandboxRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

import static golive.cart.CheckResult.Outcome.FAIL;
import static golive.cart.CheckResult.Outcome.PASS;
import static golive.cart.CheckResult.Outcome.WARN;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

/** The connector against the recorded Shopify bodies and headers, replayed on loopback. */
class ShopifyFixtureTest {
    private static final Instant RECORDED = Instant.parse("2025-01-03T14:20:11Z");
    private final List<Duration> sleeps = new CopyOnWriteArrayList<>();
    private FixtureReplay replay;

    @AfterEach
    void close() {
        replay.close();
    }

    private ShopifyConnector connector(Function<SandboxRequest, String> route, String version) {
        replay = new FixtureReplay(route);
        CartConfig config = new CartConfig(CartKind.SHOPIFY, URI.create(replay.baseUrl()),
                Map.of(CartConfig.TOKEN, "shpat_fixture00000000000000"), version);
        return new ShopifyConnector(config, Clock.fixed(RECORDED, ZoneOffset.UTC),
                HttpSettings.defaults().withRetry(RetryPolicy.fast(3)).withSleeper(sleeps::add));
    }

    private static String orders(SandboxRequest r) {
        return r.rawQuery().contains("page_info") ? "orders-page2" : "orders-page1";
    }

    @Test
    void recordedPagesMapOntoCartOrders() {
        ShopifyConnector c = connector(ShopifyFixtureTest::orders, "2025-01");

        List<CartOrder> read = SandboxRig.drain(c.updatedSince(Instant.parse("2025-01-01T05:00:00Z")));

        assertThat(read).extracting(CartOrder::id).containsExactly("1073459975", "1073459969", "450789469");
        CartOrder o1003 = read.get(0);
        assertThat(o1003.number()).isEqualTo("#1003");
        assertThat(o1003.createdAt()).isEqualTo(Instant.parse("2025-01-03T14:15:42Z"));
        assertThat(o1003.updatedAt()).isEqualTo(Instant.parse("2025-01-03T14:15:44Z"));
        assertThat(o1003.total()).isEqualTo(new Money(new BigDecimal("426.87"), "USD"));
        assertThat(o1003.email()).isEqualTo("jane.roe@example.com");
        assertThat(o1003.cartStatus()).isEqualTo("paid, unfulfilled");
        assertThat(o1003.lifecycle()).isEqualTo(Lifecycle.OPEN);
        assertThat(o1003.lines()).containsExactly(
                new OrderLine("IPOD2008RED", "IPod Nano - 8gb - red", new BigDecimal("2"), new BigDecimal("199.00")));
        assertThat(read.get(1).email()).as("#1002 has an empty email").isNull();
        CartOrder o1001 = read.get(2);
        assertThat(o1001.total().amount()).as("current total after the refund").isEqualTo(new BigDecimal("199.65"));
        assertThat(o1001.lifecycle()).as("partially refunded stays open").isEqualTo(Lifecycle.OPEN);
        assertThat(o1001.cartStatus()).startsWith("partially_refunded");
        assertThat(o1001.lines()).as("refunded lines have current_quantity 0")
                .extracting(OrderLine::sku).containsExactly("IPOD2008RED");
        // the second request is the recorded Link, exactly as given
        assertThat(replay.requests.get(1).target()).isEqualTo("/admin/api/2025-01/orders.json?limit=2&page_info="
                + "eyJkaXJlY3Rpb24iOiJuZXh0IiwibGFzdF9pZCI6MTA3MzQ1OTk2OSwibGFzdF92YWx1ZSI6IjIwMjUtMDEtMDIgMTY6MzA6NTkuMDAwMDAwIn0");
        assertThat(replay.requests.get(0).header("X-Shopify-Access-Token")).contains("shpat_fixture00000000000000");
    }

    @Test
    void theRecordedShopPassesWithAWarningForTheMissingAllOrdersScopeAndTheVersion() {
        ShopifyConnector c = connector(r -> r.path().endsWith("shop.json") ? "shop"
                : r.path().endsWith("access_scopes.json") ? "access-scopes" : "orders-page1", null);

        ConnectionReport report = c.test();

        assertThat(report.checks()).extracting(CheckResult::id, CheckResult::outcome).containsExactly(
                tuple("reachable", PASS), tuple("credentials", PASS), tuple("store_info", PASS),
                tuple("read_orders", PASS), tuple("read_all_orders", WARN), tuple("orders_page", PASS),
                tuple("clock_skew", PASS), tuple("api_version", WARN));
        assertThat(report.storeZone()).isEqualTo("America/New_York");
        assertThat(report.currency()).isEqualTo("USD");
        assertThat(report.historyLimitDays()).isEqualTo(60);
        assertThat(report.apiVersionServed()).isEqualTo("2025-01");
        assertThat(report.clockSkew()).isZero();
        assertThat(report.passed()).isTrue();
    }

    @Test
    void theRecorded401FailsCredentialsInTheCartsWords() {
        ConnectionReport report = connector(r -> "error-401", null).test();

        assertThat(report.checks()).extracting(CheckResult::id, CheckResult::outcome, CheckResult::detail).containsExactly(
                tuple("reachable", PASS, "127.0.0.1 answered"),
                tuple("credentials", FAIL, "[API] Invalid API key or access token (unrecognized login or wrong password)"));
        assertThat(replay.requests).hasSize(1);
    }

    @Test
    void theRecorded403FailsTheOrdersPage() {
        ConnectionReport report = connector(r -> r.path().endsWith("shop.json") ? "shop"
                : r.path().endsWith("access_scopes.json") ? "access-scopes" : "error-403-missing-scope", null).test();

        assertThat(report.checks()).filteredOn(ch -> ch.id().equals("orders_page"))
                .extracting(CheckResult::outcome, CheckResult::detail)
                .containsExactly(tuple(FAIL, "[API] This action requires merchant approval for read_orders scope."));
    }

    @Test
    void theRecorded429IsWaitedOut() {
        AtomicInteger calls = new AtomicInteger();
        ShopifyConnector c = connector(r -> calls.incrementAndGet() == 1 ? "error-429" : orders(r), "2025-01");

        assertThat(SandboxRig.drain(c.updatedSince(RECORDED))).hasSize(3);
        assertThat(sleeps).first().isEqualTo(Duration.ofMillis(50)); // Retry-After 2.0, capped by the fast policy
    }

    @Test
    void theRecordedPageInfoRefusalIsABadRequestInTheCartsWords() {
        ShopifyConnector c = connector(r -> "error-400-page-info-with-filter", "2025-01");

        assertThatThrownBy(() -> c.updatedSince(RECORDED).next())
                .isInstanceOf(CartException.BadRequest.class)
                .hasMessageEndingWith("HTTP 400: created_at_min cannot be passed when page_info is present.");
        assertThat(replay.requests).hasSize(1);
    }
}
