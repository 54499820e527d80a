package golive.cart.magento;

import golive.cart.CartConfig;
import golive.cart.CheckResult;
import golive.cart.ConnectionReport;
import golive.sandbox.SandboxOrder;
import golive.sandbox.magento.MagentoIntegrations;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Step 2 against the Magento face. Magento answers one 401 for every cause, so the check tells apart
 * what it can: a token refused outright (wrong, or not taken as Bearer: both causes and both fixes
 * named), a token accepted whose integration lacks Sales (storeConfigs passed, orders not: "it is the
 * resource access"), and OAuth signing that passes where Bearer is off.
 */
class MagentoConnectionCheckTest {
    final MagentoRig rig = new MagentoRig();

    @AfterEach
    void tearDown() {
        rig.close();
    }

    @Test
    void aGoodTokenPassesEveryCheck() {
        rig.shop.zone(ZoneId.of("Australia/Sydney")).currency("AUD");
        rig.shop.add(SandboxOrder.draft(MagentoRig.NOW.minusSeconds(60), "a@example.com",
                List.of(new SandboxOrder.Line("SKU", "Mug", null, 1, new BigDecimal("9.50"), 0))));
        ConnectionReport r = rig.connector().test();
        assertThat(r.checks()).extracting(CheckResult::id).containsExactly("reachable", "credentials", "read_orders", "orders_page",
                "store_info", "clock_skew");
        assertThat(r.passed()).as(r.checks().toString()).isTrue();
        assertThat(r.storeZone()).isEqualTo("Australia/Sydney");
        assertThat(r.currency()).isEqualTo("AUD");
        assertThat(r.clockSkew()).isZero();
        assertThat(rig.orderSearches()).singleElement().asString().contains("searchCriteria[pageSize]=1");
    }

    @Test
    void aWrongTokenNamesBothCausesAndBothFixes() {
        String wrong = "0".repeat(32);
        ConnectionReport r = rig.connector(Map.of(CartConfig.TOKEN, wrong)).test();
        CheckResult credentials = check(r, "credentials");
        assertThat(credentials.outcome()).isEqualTo(CheckResult.Outcome.FAIL);
        assertThat(credentials.detail()).startsWith("The consumer isn't authorized to access Magento_Backend::stores.")
                .contains("Allow OAuth Access Tokens to be used as standalone Bearer tokens")
                .contains("Sales › Operations › Orders › Actions › View")
                .contains("copy it again").doesNotContain(wrong);
        assertThat(r.checks()).extracting(CheckResult::id).containsExactly("reachable", "credentials");
    }

    @Test
    void aGoodTokenTheStoreWillNotTakeAsBearerReadsTheSameAndOAuthSigningThenPasses() {
        rig.sandbox.bearerTokens(false);
        ConnectionReport bearer = rig.connector().test();
        assertThat(check(bearer, "credentials").outcome()).isEqualTo(CheckResult.Outcome.FAIL);
        assertThat(check(bearer, "credentials").detail()).contains("Bearer tokens").contains("consumer key, consumer secret and access token secret");
        ConnectionReport signed = rig.oauth(rig.sandbox.integrations().current()).test();
        assertThat(signed.passed()).as(signed.checks().toString()).isTrue();
        assertThat(check(signed, "credentials").detail()).contains("OAuth signature was accepted");
        assertThat(rig.sandbox.requestLog()).noneMatch(l -> l.contains("oauth_")); // the signature travels in the header only
    }

    @Test
    void aWrongTokenSecretOverOAuthIsRefusedWithTheOAuthCauses() {
        rig.sandbox.bearerTokens(false);
        MagentoIntegrations.Integration i = rig.sandbox.integrations().current();
        ConnectionReport r = rig.oauth(new MagentoIntegrations.Integration(i.consumerKey(), i.consumerSecret(), i.accessToken(),
                "1".repeat(32), true)).test();
        assertThat(check(r, "credentials").detail()).contains("same integration").contains("Reauthorize").doesNotContain("1".repeat(32));
    }

    @Test
    void anIntegrationWithoutSalesIsToldItIsTheResourceAccess() {
        MagentoIntegrations.Integration noSales = rig.sandbox.integrations().add(false);
        ConnectionReport r = rig.connector(Map.of(CartConfig.TOKEN, noSales.accessToken())).test();
        assertThat(check(r, "credentials").outcome()).isEqualTo(CheckResult.Outcome.PASS);
        CheckResult read = check(r, "read_orders");
        assertThat(read.outcome()).isEqualTo(CheckResult.Outcome.FAIL);
        assertThat(read.detail()).startsWith("The consumer isn't authorized to access Magento_Sales::actions_view.")
                .contains("the integration lacks access to orders").contains("Sales › Operations › Orders › Actions › View")
                .doesNotContain("Bearer");
    }

    @Test
    void aClockFarOffIsWarned() {
        ConnectionReport r = rig.connector(Map.of(CartConfig.TOKEN, rig.sandbox.integrations().current().accessToken()),
                Clock.fixed(MagentoRig.NOW.minus(Duration.ofMinutes(10)), ZoneOffset.UTC)).test();
        assertThat(check(r, "clock_skew").outcome()).isEqualTo(CheckResult.Outcome.WARN);
        assertThat(r.clockSkew()).isEqualTo(Duration.ofMinutes(10));
    }

    @Test
    void anAddressWithoutTheRestApiFailsReachable() {
        CartConfig config = new CartConfig(golive.domain.CartKind.MAGENTO, java.net.URI.create(rig.sandbox.baseUrl() + "/shop"),
                Map.of(CartConfig.TOKEN, rig.sandbox.integrations().current().accessToken()), null);
        ConnectionReport r = new MagentoConnector(config, rig.storeClock, golive.testkit.Launchpad.fastHttp()).test();
        assertThat(r.checks()).singleElement().satisfies(c -> {
            assertThat(c.id()).isEqualTo("reachable");
            assertThat(c.detail()).contains("no Magento REST API at /rest/V1/");
        });
    }

    private static CheckResult check(ConnectionReport r, String id) {
        return r.checks().stream().filter(c -> c.id().equals(id)).findFirst().orElseThrow(() -> new AssertionError(id + " in " + r.checks()));
    }
}
