package golive.cart.bigcommerce;

import golive.cart.CartConfig;
import golive.cart.CartOrder;
import golive.cart.CheckResult;
import golive.cart.ConnectionReport;
import golive.cart.Lifecycle;
import golive.cart.http.HttpSettings;
import golive.cart.http.RetryPolicy;
import golive.domain.CartKind;
import golive.domain.OrderLine;
import golive.sandbox.SandboxRequest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/**
 * The recorded BigCommerce payloads (the spec's orders 100, 218 and 247 in pages of two, then the
 * 204 past the end; order 100's products; the store and time endpoints; the missing-scope 403)
 * replayed to the connector. Order 100's products stand in for every order's (the recording has
 * only that order's).
 */
class BigCommerceFixtureTest {
    private static final Instant SINCE = Instant.parse("2018-01-01T00:00:00Z");
    private static final Clock LOCAL = Clock.fixed(Instant.parse("2025-01-03T14:20:11Z"), ZoneOffset.UTC);
    private static FixtureReplay replay;
    private static List<CartOrder> read;

    @BeforeAll
    static void readThePages() {
        replay = new FixtureReplay(BigCommerceFixtureTest::route);
        read = BigCommerceRig.drain(connector(replay).updatedSince(SINCE));
    }

    @AfterAll
    static void stop() {
        replay.close();
    }

    private static String route(SandboxRequest r) {
        String p = r.path();
        if (p.endsWith("/v2/orders") && "1".equals(r.params().get("limit"))) {
            return "error-403-missing-scope"; // the connection test's probe: a token without the Orders scope
        }
        if (p.endsWith("/v2/orders")) {
            String minId = r.params().get("min_id");
            return minId == null ? "orders-page1" : minId.equals("219") ? "orders-page2" : "orders-page3-empty";
        }
        if (p.endsWith("/products")) {
            return "order-100-products";
        }
        return p.endsWith("/v2/time") ? "time" : p.endsWith("/v2/store") ? "store" : "error-403-missing-scope";
    }

    private static BigCommerceConnector connector(FixtureReplay server) {
        CartConfig config = new CartConfig(CartKind.BIGCOMMERCE, URI.create(server.apiPath()),
                Map.of(CartConfig.TOKEN, "fixturetoken0000000000000000000"), null);
        return new BigCommerceConnector(config, LOCAL, HttpSettings.defaults().withRetry(RetryPolicy.fast(2)), 2);
    }

    @Test
    void theThreeRecordedOrdersAreReadOverTwoPagesTheSecondShortOneEndingTheList() {
        assertThat(read).extracting(CartOrder::id, CartOrder::number, CartOrder::lifecycle).containsExactly(
                tuple("100", "100", Lifecycle.OPEN), tuple("218", "218", Lifecycle.PENDING_PAYMENT), tuple("247", "247", Lifecycle.TEST));
        List<SandboxRequest> pages = replay.requests.stream().filter(r -> r.path().endsWith("/v2/orders")).toList();
        assertThat(pages).extracting(SandboxRequest::rawQuery).containsExactly(
                "min_date_modified=2018-01-01T00%3A00%3A00%2B00%3A00&sort=id%3Aasc&limit=2",
                "min_date_modified=2018-01-01T00%3A00%3A00%2B00%3A00&sort=id%3Aasc&limit=2&min_id=219");
        assertThat(pages).allMatch(r -> r.header("X-Auth-Token").orElse("").equals("fixturetoken0000000000000000000"));
        assertThat(replay.requests).filteredOn(r -> r.path().endsWith("/products")).extracting(SandboxRequest::path)
                .as("247 was paid through the Test Payment Gateway: a test order, never imported, its lines not read")
                .containsExactly("/stores/abc123/v2/orders/100/products", "/stores/abc123/v2/orders/218/products");
    }

    @Test
    void theRecorded204IsTheEndOfTheListAndItsEmptyBodyIsNeverParsed() {
        try (FixtureReplay server = new FixtureReplay(r -> "orders-page3-empty")) {
            golive.cart.OrderPages pages = connector(server).updatedSince(SINCE);

            assertThat(pages.next().size()).isZero();
            assertThat(pages.hasNext()).isFalse();
            assertThat(pages.clock().cart()).isEqualTo(Instant.parse("2025-01-03T14:20:13Z"));
            assertThat(server.requests).hasSize(1);
        }
    }

    @Test
    void order100IsMappedFromItsRawTokens() {
        CartOrder o = read.get(0);

        assertThat(o.createdAt()).isEqualTo(Instant.parse("2018-01-10T21:05:30Z"));
        assertThat(o.updatedAt()).isEqualTo(Instant.parse("2018-12-05T20:16:55Z"));
        assertThat(o.total().amount()).isEqualTo(new BigDecimal("361.9500"));
        assertThat(o.total().currency()).isEqualTo("USD");
        assertThat(o.email()).isEqualTo("janedoe@example.com");
        assertThat(o.cartStatus()).isEqualTo("Awaiting Fulfillment, payment authorized");
        assertThat(o.lines()).containsExactly(
                new OrderLine("S-ORAN", "Fog Linen Chambray Towel - Beige Stripe", new BigDecimal("1"), new BigDecimal("55.9900")),
                new OrderLine("ABS", "Able Brewing System", new BigDecimal("1"), new BigDecimal("0.0000")));
    }

    @Test
    void theOtherTwoKeepTheirOwnTotalsAndStates() {
        assertThat(read.get(1).total().amount()).isEqualTo(new BigDecimal("69.8400"));
        assertThat(read.get(1).cartStatus()).startsWith("Awaiting Payment");
        assertThat(read.get(2).total().amount()).isEqualTo(new BigDecimal("1008.74"));
        assertThat(read.get(2).exclusion()).isEqualTo("test");
        assertThat(read.get(2).lines()).isEmpty();
        assertThat(read.get(2).createdAt()).isEqualTo(Instant.parse("2019-06-20T16:07:08Z"));
    }

    @Test
    void theConnectionTestReadsTheRecordedStoreAndTheMissingScopeInItsOwnWords() {
        try (FixtureReplay server = new FixtureReplay(BigCommerceFixtureTest::route)) {
            ConnectionReport report = connector(server).test();

            assertThat(report.storeZone()).isEqualTo("America/Chicago");
            assertThat(report.currency()).isEqualTo("USD");
            assertThat(report.clockSkew()).as("time.json against this computer's clock").isEqualTo(
                    java.time.Duration.between(LOCAL.instant(), Instant.ofEpochSecond(1735913411)));
            assertThat(report.checks()).filteredOn(c -> c.id().equals("read_orders")).singleElement()
                    .extracting(CheckResult::detail).asString().startsWith("You don't have a required scope to access the endpoint.");
        }
    }
}
