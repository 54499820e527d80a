package golive.cart.shopify;

import golive.cart.CartConfig;
import golive.cart.CartConnectors;
import golive.cart.CartException;
import golive.cart.CartOrder;
import golive.cart.CheckResult;
import golive.cart.ConnectionReport;
import golive.cart.OrderPages;
import golive.cart.http.HttpSettings;
import golive.cart.http.RetryPolicy;
import golive.domain.CartKind;
import golive.sandbox.OrderGenerator;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A Dev Dashboard app's client credentials: the grant, expiring tokens renewed mid-sync, a wrong secret, a legacy token still working. */
class ShopifyAccessTokenTest {
    private static final Instant DAY_AGO = SandboxRig.NOW.minus(Duration.ofDays(1));
    private final SandboxRig rig = new SandboxRig();

    @AfterEach
    void close() {
        rig.close();
    }

    /** An app connector whose clock is the shop's (as in a rehearsal): expiry is judged alike on both sides. */
    private ShopifyConnector app(String secret) {
        CartConfig config = new CartConfig(CartKind.SHOPIFY, rig.sandbox.baseUrl(),
                Map.of(CartConfig.KEY, rig.sandbox.access().clientId(), CartConfig.SECRET, secret), null);
        HttpSettings settings = HttpSettings.defaults().withRetry(RetryPolicy.fast(3)).withSleeper(rig.sleeper);
        return (ShopifyConnector) CartConnectors.open(config, rig.shopClock, settings);
    }

    private ShopifyConnector app() {
        return app(rig.sandbox.access().clientSecret());
    }

    @Test
    void theAppsClientIdAndSecretPassTheConnectionTestWithAGrantedToken() {
        ConnectionReport report = app().test();

        assertThat(report.passed()).isTrue();
        assertThat(report.checks()).filteredOn(c -> c.id().equals("credentials")).extracting(CheckResult::detail)
                .singleElement().asString().contains("client ID and secret were accepted");
        assertThat(rig.sandbox.access().grants()).isEqualTo(1);
        assertThat(rig.sandbox.requestLog().get(0)).startsWith("POST /admin/oauth/access_token");
    }

    @ParameterizedTest(name = "a new grant revokes the earlier tokens: {0}")
    @ValueSource(booleans = {false, true})
    void tokensThatExpireEveryFewSecondsAreRenewedMidSyncAndNothingIsMissed(boolean grantRevokesEarlier) {
        rig.sandbox.access().tokenLifetime(Duration.ofSeconds(4)).grantRevokesEarlier(grantRevokesEarlier);
        rig.sandbox.points().configure(2000, 100); // pacing waits move the shop's clock: tokens expire under the walk
        new OrderGenerator(9).fill(rig.shop, 2000, DAY_AGO, SandboxRig.NOW);
        ShopifyConnector wizard = app();
        ShopifyConnector runner = app(); // another process with its own token, as the wizard and 'sync run' are

        OrderPages pages = runner.updatedSince(DAY_AGO);
        List<CartOrder> read = new java.util.ArrayList<>();
        while (pages.hasNext()) {
            read.addAll(pages.next().orders());
            assertThat(wizard.countOpenCreated(null, null)).isPositive(); // the other holder asks a grant too
        }

        assertThat(read).extracting(CartOrder::id).doesNotHaveDuplicates().hasSize(2000);
        assertThat(rig.sleeps.stream().reduce(Duration.ZERO, Duration::plus)).as("the walk outlived many tokens")
                .isGreaterThan(Duration.ofSeconds(20));
        assertThat(rig.sandbox.access().grants()).isGreaterThan(4);
    }

    @Test
    void aTokenRevokedByAGrantElsewhereIsRenewedOnceOnThe401() {
        rig.sandbox.access().grantRevokesEarlier(true);
        ShopifyConnector wizard = app();
        ShopifyConnector runner = app();
        assertThat(wizard.countOpenCreated(null, null)).isZero();
        assertThat(runner.countOpenCreated(null, null)).isZero(); // its grant revoked the wizard's token

        assertThat(wizard.countOpenCreated(null, null)).isZero();

        assertThat(rig.sandbox.requestLog()).filteredOn(l -> l.endsWith("401")).hasSize(1);
        assertThat(rig.sandbox.access().grants()).isEqualTo(3);
    }

    @Test
    void aWrongSecretDuringARunIsRejectedCredentialsAndNeverRetried() {
        new OrderGenerator(1).fill(rig.shop, 3, DAY_AGO, SandboxRig.NOW);
        ShopifyConnector c = app("shpss_wrong0000000000");

        assertThatThrownBy(() -> c.updatedSince(DAY_AGO).next()).isInstanceOfSatisfying(CartException.Rejected.class,
                e -> assertThat(e.getMessage()).contains("invalid_client").doesNotContain("shpss_wrong0000000000"));
        assertThat(rig.sandbox.requestLog()).hasSize(1);
    }

    @Test
    void aRotatedSecretEndsTheTokensItGaveAndIsRejected() {
        ShopifyConnector c = app();
        assertThat(c.countOpenCreated(null, null)).isZero();
        rig.sandbox.access().rotateSecret();

        assertThatThrownBy(() -> c.countOpenCreated(null, null)).isInstanceOf(CartException.Rejected.class)
                .hasMessageContaining("invalid_client");
    }

    @Test
    void aLegacyTokenStillWorksWithoutAGrant() {
        new OrderGenerator(1).fill(rig.shop, 3, DAY_AGO, SandboxRig.NOW);

        assertThat(SandboxRig.drain(rig.connector().updatedSince(DAY_AGO))).hasSize(3);
        assertThat(rig.sandbox.access().grants()).isZero();
    }
}
