package golive.cart.shopify;

import golive.cart.CartConfig;
import golive.cart.CheckResult;
import golive.cart.ConnectionReport;
import golive.cart.http.HttpSettings;
import golive.domain.CartKind;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Map;

import static golive.cart.CheckResult.Outcome.FAIL;
import static golive.cart.CheckResult.Outcome.PASS;
import static golive.cart.CheckResult.Outcome.WARN;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

class ShopifyConnectionCheckTest {
    private final SandboxRig rig = new SandboxRig();

    @AfterEach
    void close() {
        rig.close();
    }

    private static CheckResult check(ConnectionReport r, String id) {
        return r.checks().stream().filter(c -> c.id().equals(id)).findFirst().orElseThrow();
    }

    @Test
    void aGoodShopPassesEveryCheckInOrder() {
        rig.shop.zone(ZoneId.of("Europe/Berlin")).currency("EUR");

        ConnectionReport report = rig.connector().test();

        assertThat(report.checks()).extracting(CheckResult::id, CheckResult::outcome).containsExactly(
                tuple("reachable", PASS), tuple("credentials", PASS), tuple("store_info", PASS),
                tuple("read_orders", PASS), tuple("read_all_orders", PASS), tuple("orders_page", PASS),
                tuple("clock_skew", PASS), tuple("api_version", PASS));
        assertThat(report.passed()).isTrue();
        assertThat(report.storeZone()).isEqualTo("Europe/Berlin");
        assertThat(report.currency()).isEqualTo("EUR");
        assertThat(report.apiVersionServed()).isEqualTo(ShopifyConnector.DEFAULT_API_VERSION);
        assertThat(report.historyLimitDays()).isNull();
        assertThat(report.clockSkew()).isEqualTo(Duration.ZERO);
    }

    @Test
    void aWrongTokenFailsCredentialsWithTheCartsMessageAndStops() {
        rig.sandbox.access().token("shpat_someoneelse000000000000");

        ConnectionReport report = rig.connector().test();

        assertThat(report.checks()).extracting(CheckResult::id, CheckResult::outcome)
                .containsExactly(tuple("reachable", PASS), tuple("credentials", FAIL));
        assertThat(check(report, "credentials").detail())
                .isEqualTo("[API] Invalid API key or access token (unrecognized login or wrong password)");
        assertThat(report.passed()).isFalse();
    }

    @Test
    void anUnreachableShopFailsOnlyReachability() {
        rig.sandbox.stop();

        ConnectionReport report = rig.connector().test();

        assertThat(report.checks()).extracting(CheckResult::id, CheckResult::outcome).containsExactly(tuple("reachable", FAIL));
        assertThat(report.checks().get(0).detail()).contains("127.0.0.1").contains("unavailable");
    }

    @Test
    void withoutReadOrdersTheScopeAndThePageFail() {
        rig.sandbox.access().scopes("read_products");

        ConnectionReport report = rig.connector().test();

        assertThat(check(report, "read_orders").outcome()).isEqualTo(FAIL);
        assertThat(check(report, "read_orders").detail()).contains("read_orders").contains("read_products")
                .contains("Dev Dashboard").contains("install the app");
        assertThat(report.checks()).extracting(CheckResult::id).doesNotContain("read_all_orders", "orders_page");
        assertThat(report.passed()).isFalse();
    }

    @Test
    void writeOrdersImpliesReadOrders() {
        rig.sandbox.access().scopes("write_orders", "read_all_orders");

        assertThat(check(rig.connector().test(), "read_orders").outcome()).isEqualTo(PASS);
    }

    @Test
    void withoutReadAllOrdersTheHistoryIsLimitedTo60Days() {
        rig.sandbox.access().scopes("read_orders");

        ConnectionReport report = rig.connector().test();

        assertThat(check(report, "read_all_orders").outcome()).isEqualTo(WARN);
        assertThat(check(report, "read_all_orders").detail()).contains("60 days");
        assertThat(report.historyLimitDays()).isEqualTo(60);
        assertThat(report.passed()).isTrue();
    }

    @Test
    void aSkewedClockWarnsWithTheFigure() {
        Clock local = Clock.fixed(SandboxRig.NOW.minus(Duration.ofMinutes(5).plusSeconds(3)), ZoneOffset.UTC);

        ConnectionReport report = rig.connector(local, null, 2).test();

        assertThat(check(report, "clock_skew").outcome()).isEqualTo(WARN);
        assertThat(check(report, "clock_skew").detail()).contains("5 min 3 s ahead of this computer's");
        assertThat(report.clockSkew()).isEqualTo(Duration.ofSeconds(303));
        assertThat(report.passed()).isTrue();
    }

    @Test
    void aSmallSkewPasses() {
        Clock local = Clock.fixed(SandboxRig.NOW.plusSeconds(90), ZoneOffset.UTC);

        ConnectionReport report = rig.connector(local, null, 2).test();

        assertThat(check(report, "clock_skew").outcome()).isEqualTo(PASS);
        assertThat(report.clockSkew()).isEqualTo(Duration.ofSeconds(-90));
    }

    @Test
    void anotherServedVersionWarns() {
        rig.sandbox.serveApiVersion("2025-01");

        ConnectionReport report = rig.connector(Clock.fixed(SandboxRig.NOW, ZoneOffset.UTC), "2023-04", 2).test();

        assertThat(check(report, "api_version").outcome()).isEqualTo(WARN);
        assertThat(check(report, "api_version").detail()).contains("2023-04").contains("2025-01");
        assertThat(report.apiVersionServed()).isEqualTo("2025-01");
        assertThat(rig.sandbox.requestLog()).anyMatch(l -> l.startsWith("POST /admin/api/2023-04/graphql.json"));
    }

    @Test
    void plainHttpToARemoteShopIsRefused() {
        CartConfig config = new CartConfig(CartKind.SHOPIFY, URI.create("http://shop.example.com"),
                Map.of(CartConfig.TOKEN, SandboxRig.TOKEN), null);

        assertThatThrownBy(() -> new ShopifyConnector(config, Clock.systemUTC(), HttpSettings.defaults()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("plain http:// is refused");
    }
}
