package golive.cart.shopify;

import golive.cart.CartConfig;
import golive.cart.CartException;
import golive.cart.CartOrder;
import golive.cart.CheckResult;
import golive.cart.ConnectionReport;
import golive.cart.Lifecycle;
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
import java.nio.charset.StandardCharsets;
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

/** The connector against the documented Shopify GraphQL and token-grant shapes, replayed on loopback. */
class ShopifyFixtureTest {
    private static final Instant RECORDED = Instant.parse("2025-01-03T14:20:11Z");
    private final List<Duration> sleeps = new CopyOnWriteArrayList<>();
    private FixtureReplay replay;

    @AfterEach
    void close() {
        replay.close();
    }

    private ShopifyConnector connector(Function<SandboxRequest, String> route, Map<String, String> secrets) {
        replay = new FixtureReplay(route);
        CartConfig config = new CartConfig(CartKind.SHOPIFY, URI.create(replay.baseUrl()), secrets, "2025-01");
        return new ShopifyConnector(config, Clock.fixed(RECORDED, ZoneOffset.UTC),
                HttpSettings.defaults().withRetry(RetryPolicy.fast(3)).withSleeper(sleeps::add));
    }

    private ShopifyConnector connector(Function<SandboxRequest, String> route) {
        return connector(route, Map.of(CartConfig.TOKEN, "shpat_fixture00000000000000"));
    }

    private static String body(SandboxRequest r) {
        return new String(r.body(), StandardCharsets.UTF_8);
    }

    /** The shop, its scopes and one page of orders, then the end: what a connection test and a walk ask for. */
    private static String shop(SandboxRequest r) {
        if (r.path().equals("/admin/oauth/access_token")) {
            return "token-grant";
        }
        String q = body(r);
        return q.contains("query Shop") ? "graphql-shop" : q.contains("\"after\":\"") ? "graphql-orders-last-page" : "graphql-orders-page";
    }

    @Test
    void theDocumentedOrderPageMapsOntoCartOrders() {
        ShopifyConnector c = connector(ShopifyFixtureTest::shop);

        List<CartOrder> read = SandboxRig.drain(c.updatedSince(Instant.parse("2026-11-20T00:00:00Z")));

        assertThat(read).singleElement().satisfies(o -> {
            assertThat(o.id()).as("the numeric legacyResourceId, as the export holds it").isEqualTo("5300000101");
            assertThat(o.number()).isEqualTo("#1042");
            assertThat(o.createdAt()).isEqualTo(Instant.parse("2026-11-20T23:00:00Z"));
            assertThat(o.updatedAt()).isEqualTo(Instant.parse("2026-11-21T02:14:09Z"));
            assertThat(o.total()).isEqualTo(new Money(new BigDecimal("74.50"), "USD"));
            assertThat(o.email()).isEqualTo("ann.buyer@example.com");
            assertThat(o.lifecycle()).isEqualTo(Lifecycle.PARTIALLY_FULFILLED);
            assertThat(o.cartStatus()).isEqualTo("paid, partially fulfilled");
            assertThat(o.lines()).containsExactly(
                    new OrderLine("MUG-BLUE", "Mug - Blue", new BigDecimal("2"), new BigDecimal("35.00")),
                    new OrderLine("CARD", "Gift card envelope", new BigDecimal("1"), new BigDecimal("4.50")));
        });
        assertThat(replay.requests).hasSize(2);
        assertThat(body(replay.requests.get(1))).contains("\"after\":\"eyJsYXN0X2lkIjo1MzAwMDAwMTAxLCJsYXN0X3ZhbHVlIjoiNTMwMDAwMDEwMSJ9\"");
        assertThat(replay.requests.get(0).header("X-Shopify-Access-Token")).contains("shpat_fixture00000000000000");
        assertThat(replay.requests.get(0).path()).isEqualTo("/admin/api/2025-01/graphql.json");
    }

    @Test
    void theDocumentedShopPassesAndTheServedVersionIsRecorded() {
        ConnectionReport report = connector(ShopifyFixtureTest::shop).test();

        assertThat(report.checks()).extracting(CheckResult::id, CheckResult::outcome).containsExactly(
                tuple("reachable", PASS), tuple("credentials", PASS), tuple("store_info", PASS),
                tuple("read_orders", PASS), tuple("read_all_orders", PASS), tuple("orders_page", PASS),
                tuple("clock_skew", PASS), tuple("api_version", PASS));
        assertThat(report.storeZone()).isEqualTo("America/New_York");
        assertThat(report.currency()).isEqualTo("USD");
        assertThat(report.apiVersionServed()).isEqualTo("2025-01");
    }

    @Test
    void theGrantIsAskedWithTheClientCredentialsAndItsTokenSent() {
        ShopifyConnector c = connector(ShopifyFixtureTest::shop,
                Map.of(CartConfig.KEY, "0f9d8c7b6a5e4d3c2b1a09f8e7d6c5b4", CartConfig.SECRET, "shpss_fixture000000"));

        assertThat(c.test().passed()).isTrue();

        SandboxRequest grant = replay.requests.get(0);
        assertThat(grant.method()).isEqualTo("POST");
        assertThat(grant.formBody()).containsEntry("grant_type", "client_credentials")
                .containsEntry("client_id", "0f9d8c7b6a5e4d3c2b1a09f8e7d6c5b4").containsEntry("client_secret", "shpss_fixture000000");
        assertThat(replay.requests.get(1).header("X-Shopify-Access-Token")).contains("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");
        assertThat(replay.requests).filteredOn(r -> r.path().endsWith("access_token")).hasSize(1);
    }

    @Test
    void theDocumentedInvalidClientFailsCredentialsInShopifysWordsAndIsNotRetried() {
        ConnectionReport report = connector(r -> "token-invalid-client",
                Map.of(CartConfig.KEY, "0f9d8c7b6a5e4d3c2b1a09f8e7d6c5b4", CartConfig.SECRET, "shpss_wrong0000000")).test();

        assertThat(report.checks()).extracting(CheckResult::id, CheckResult::outcome).containsExactly(
                tuple("reachable", PASS), tuple("credentials", FAIL));
        assertThat(report.checks().get(1).detail()).contains("invalid_client").contains("Client authentication failed")
                .contains("Dev Dashboard").doesNotContain("shpss_wrong0000000");
        assertThat(replay.requests).hasSize(1);
    }

    @Test
    void theRecorded401FailsCredentialsInTheCartsWords() {
        ConnectionReport report = connector(r -> "error-401").test();

        assertThat(report.checks()).extracting(CheckResult::id, CheckResult::outcome, CheckResult::detail).containsExactly(
                tuple("reachable", PASS, "127.0.0.1 answered"),
                tuple("credentials", FAIL, "[API] Invalid API key or access token (unrecognized login or wrong password)"));
        assertThat(replay.requests).hasSize(1);
    }

    @Test
    void theDocumentedThrottledAnswerIsWaitedOutAtItsRestoreRate() {
        AtomicInteger calls = new AtomicInteger();
        ShopifyConnector c = connector(r -> calls.incrementAndGet() == 1 ? "graphql-throttled" : shop(r));

        assertThat(SandboxRig.drain(c.updatedSince(RECORDED))).hasSize(1);
        // 752 asked, 666 available, 50 restored a second
        assertThat(sleeps).first().isEqualTo(Duration.ofMillis(1720));
    }

    @Test
    void theDocumentedMaxCostRefusalIsThisConnectorsBugNotTheCartsFault() {
        ShopifyConnector c = connector(r -> "graphql-max-cost");

        assertThatThrownBy(() -> c.updatedSince(RECORDED).next()).isInstanceOf(CartException.class)
                .isNotInstanceOf(CartException.Rejected.class).hasMessageContaining("costs more than Shopify allows")
                .hasMessageContaining("exceeds the single query max cost limit");
        assertThat(replay.requests).hasSize(1);
    }
}
