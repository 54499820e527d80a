package golive.cart.bigcommerce;

import golive.cart.CartConfig;
import golive.cart.CartConnectors;
import golive.cart.CheckResult;
import golive.cart.ConnectionReport;
import golive.domain.CartKind;
import golive.sandbox.bigcommerce.BigCommerceSandbox;
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

class BigCommerceConnectionCheckTest {
    private final BigCommerceRig rig = new BigCommerceRig();

    @AfterEach
    void close() {
        rig.close();
    }

    private static CheckResult check(ConnectionReport r, String id) {
        return r.checks().stream().filter(c -> c.id().equals(id)).findFirst().orElseThrow();
    }

    @Test
    void aGoodStorePassesEveryCheckInOrder() {
        rig.shop.zone(ZoneId.of("Pacific/Auckland")).currency("NZD");

        ConnectionReport report = rig.connector().test();

        assertThat(report.checks()).extracting(CheckResult::id, CheckResult::outcome).containsExactly(
                tuple("reachable", PASS), tuple("credentials", PASS), tuple("store_info", PASS),
                tuple("read_orders", PASS), tuple("orders_page", PASS), tuple("clock_skew", PASS));
        assertThat(report.passed()).isTrue();
        assertThat(report.storeZone()).isEqualTo("Pacific/Auckland");
        assertThat(report.currency()).isEqualTo("NZD");
        assertThat(report.clockSkew()).isEqualTo(Duration.ZERO);
        assertThat(check(report, "orders_page").detail()).contains("none yet");
        assertThat(rig.sandbox.requestLog()).extracting(r -> r.substring(0, r.indexOf(" ->")))
                .containsExactly("GET /stores/abc123/v2/time", "GET /stores/abc123/v2/store", "GET /stores/abc123/v2/orders?limit=1");
    }

    @Test
    void aWrongTokenFailsCredentialsInTheCartsWordsAndStops() {
        ConnectionReport report = new BigCommerceConnector(rig.config("wrongtoken000000000000000000000"), Clock.systemUTC(),
                rig.settings(4)).test();

        assertThat(report.checks()).extracting(CheckResult::id, CheckResult::outcome)
                .containsExactly(tuple("reachable", PASS), tuple("credentials", FAIL));
        assertThat(check(report, "credentials").detail()).startsWith("The access token is not valid for this store")
                .contains("HTTP 401");
        assertThat(rig.sandbox.requestCount()).as("never retried").isEqualTo(1);
    }

    @Test
    void aTokenWithoutTheOrdersScopeFailsReadOrdersInBigCommercesWordsAndSaysWhichScope() {
        rig.sandbox.scopes(BigCommerceSandbox.INFORMATION_SCOPE);

        ConnectionReport report = rig.connector().test();

        assertThat(report.checks()).extracting(CheckResult::id, CheckResult::outcome).containsExactly(
                tuple("reachable", PASS), tuple("credentials", PASS), tuple("store_info", PASS),
                tuple("read_orders", FAIL), tuple("clock_skew", PASS));
        assertThat(check(report, "read_orders").detail())
                .startsWith("You don't have a required scope to access the endpoint").contains("Orders to read-only");
        assertThat(report.passed()).isFalse();
    }

    @Test
    void aTokenWithoutTheInformationScopeStillHasItsOrdersChecked() {
        rig.sandbox.scopes(BigCommerceSandbox.ORDERS_SCOPE);

        ConnectionReport report = rig.connector().test();

        assertThat(report.checks()).extracting(CheckResult::id, CheckResult::outcome).containsExactly(
                tuple("reachable", PASS), tuple("credentials", PASS), tuple("store_info", FAIL),
                tuple("read_orders", PASS), tuple("orders_page", PASS));
        assertThat(check(report, "store_info").detail()).contains("Information & settings to read-only");
    }

    @Test
    void aClockFiveMinutesOffIsAWarningWithTheSkew() {
        Clock behind = Clock.fixed(BigCommerceRig.NOW.minus(Duration.ofMinutes(5)), ZoneOffset.UTC);

        ConnectionReport report = rig.connector(behind, 250, 4).test();

        assertThat(check(report, "clock_skew").outcome()).isEqualTo(WARN);
        assertThat(check(report, "clock_skew").detail()).contains("5 min ahead of");
        assertThat(report.clockSkew()).isEqualTo(Duration.ofMinutes(5));
        assertThat(report.passed()).isTrue();
    }

    @Test
    void aWrongStoreHashIsNotReachableAndAStoppedStoreIsUnavailable() {
        CartConfig otherStore = new CartConfig(CartKind.BIGCOMMERCE,
                URI.create(rig.sandbox.baseUrl().toString().replace("abc123", "zzz999")), Map.of(CartConfig.TOKEN, BigCommerceRig.TOKEN), null);
        ConnectionReport wrongHash = new BigCommerceConnector(otherStore, Clock.systemUTC(), rig.settings(2)).test();
        assertThat(check(wrongHash, "reachable").outcome()).isEqualTo(FAIL);
        assertThat(check(wrongHash, "reachable").detail()).contains("store hash").contains("404");

        rig.sandbox.stop();
        ConnectionReport down = rig.connector(Clock.systemUTC(), 250, 2).test();
        assertThat(down.checks()).extracting(CheckResult::id, CheckResult::outcome).containsExactly(tuple("reachable", FAIL));
    }

    @Test
    void theApiPathIsTakenWithV3V2OrNoVersionAndTheControlPanelAddressNamesIt() {
        for (String path : new String[] {"v3/", "v2/", "", "v3"}) {
            URI url = URI.create(rig.sandbox.baseUrl().toString().replace("v3/", path));
            assertThat(new BigCommerceConnector(new CartConfig(CartKind.BIGCOMMERCE, url, Map.of(CartConfig.TOKEN, BigCommerceRig.TOKEN),
                    null), Clock.systemUTC(), rig.settings(2)).test().passed()).as(url.toString()).isTrue();
        }
        assertThat(CartConnectors.storeUrl(CartKind.BIGCOMMERCE, URI.create("https://store-ABC123.mybigcommerce.com/manage/orders")))
                .isEqualTo(URI.create("https://api.bigcommerce.com/stores/abc123/v3/"));
        CartConfig storefront = new CartConfig(CartKind.BIGCOMMERCE, URI.create("https://www.my-awesome.store/"),
                Map.of(CartConfig.TOKEN, BigCommerceRig.TOKEN), null);
        assertThatThrownBy(() -> CartConnectors.open(storefront, Clock.systemUTC())).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("API Path").hasMessageContaining("Store-level API accounts");
    }

    @Test
    void aLineOfTheCredentialsFilePastedAsTheTokenIsRecognised() {
        java.util.function.Function<String, java.util.Optional<String>> problem = t -> CartConnectors.credentialProblem(
                new CartConfig(CartKind.BIGCOMMERCE, URI.create("https://probe.invalid"), Map.of(CartConfig.TOKEN, t), null));

        assertThat(problem.apply("ACCESS TOKEN: abcdef0123456789abcdef012345678")).get().asString()
                .contains("only the access token").doesNotContain("abcdef0123456789");
        assertThat(problem.apply("https://api.bigcommerce.com/stores/abc123/v3/")).get().asString().contains("store URL");
        assertThat(problem.apply("abcdef0123456789abcdef012345678")).isEmpty();
    }
}
