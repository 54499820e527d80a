package golive.cart.shopify;

import golive.cart.CartConfig;
import golive.cart.CartConnectors;
import golive.cart.CartException;
import golive.cart.CartOrder;
import golive.cart.OrderPages;
import golive.domain.CartKind;
import golive.sandbox.Fault;
import golive.sandbox.OrderGenerator;
import golive.sandbox.shopify.ShopifyGraphql;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ShopifyResilienceTest {
    private static final Instant DAY_AGO = SandboxRig.NOW.minus(Duration.ofDays(1));
    private final SandboxRig rig = new SandboxRig();

    @AfterEach
    void close() {
        rig.close();
    }

    private List<CartOrder> readAll() {
        return SandboxRig.drain(rig.connector().updatedSince(DAY_AGO));
    }

    @Test
    void a429BurstIsWaitedOutByRetryAfterAndSucceeds() {
        new OrderGenerator(1).fill(rig.shop, 5, DAY_AGO, SandboxRig.NOW);
        rig.sandbox.faults().next(3, Fault.tooManyRequests());

        assertThat(readAll()).hasSize(5);
        assertThat(rig.sleeps).containsExactly(Duration.ofSeconds(2), Duration.ofSeconds(2), Duration.ofSeconds(2));
        assertThat(rig.sandbox.requestLog()).hasSize(4);
    }

    @Test
    void aThrottledAnswerIsWaitedOutAtTheRestoreRateTheShopReportsAndAskedAgain() {
        new OrderGenerator(1).fill(rig.shop, 5, DAY_AGO, SandboxRig.NOW);
        rig.sandbox.points().configure(1000, 50); // a plan slower than Standard
        rig.sandbox.points().tryTake(990); // another app on the shop has spent the bucket

        assertThat(readAll()).hasSize(5);

        assertThat(rig.sandbox.graphqlCalls()).extracting(ShopifyGraphql.Call::errorCode).containsExactly("THROTTLED", null);
        int asked = rig.sandbox.graphqlCalls().get(0).requestedCost();
        // (asked - 10 available) / 50 a second
        assertThat(rig.sleeps).containsExactly(Duration.ofMillis((long) Math.ceil((asked - 10) / 50.0 * 1000)));
    }

    @Test
    void pacingFromTheReportedBucketAvoidsThrottledAnswers() {
        new OrderGenerator(2).fill(rig.shop, 1200, DAY_AGO, SandboxRig.NOW);
        ShopifyConnector c = rig.connector();

        assertThat(SandboxRig.drain(c.updatedSince(DAY_AGO))).hasSize(1200);

        assertThat(rig.sandbox.graphqlCalls()).hasSize(30).noneMatch(call -> call.errorCode() != null);
        assertThat(rig.sleeps).isNotEmpty();
        assertThat(c.pacedFor()).isEqualTo(rig.sleeps.stream().reduce(Duration.ZERO, Duration::plus));
    }

    @Test
    void a503ThenSuccess() {
        new OrderGenerator(1).fill(rig.shop, 5, DAY_AGO, SandboxRig.NOW);
        rig.sandbox.faults().next(Fault.serverError(503));

        assertThat(readAll()).hasSize(5);
        assertThat(rig.sandbox.requestLog()).hasSize(2).first().asString().endsWith("503");
    }

    @Test
    void truncatedJsonThenSuccess() {
        new OrderGenerator(1).fill(rig.shop, 5, DAY_AGO, SandboxRig.NOW);
        rig.sandbox.faults().next(Fault.truncatedJson());

        assertThat(readAll()).hasSize(5);
        assertThat(rig.sandbox.requestCount()).isEqualTo(2);
    }

    @Test
    void droppedAndCutConnectionsThenSuccess() {
        new OrderGenerator(1).fill(rig.shop, 5, DAY_AGO, SandboxRig.NOW);
        rig.sandbox.faults().next(Fault.drop()).next(Fault.cutBody());

        assertThat(readAll()).hasSize(5);
    }

    @Test
    void aSlowAnswerTimesOutAndIsRetried() {
        new OrderGenerator(1).fill(rig.shop, 2, DAY_AGO, SandboxRig.NOW);
        rig.sandbox.faults().next(Fault.slow(Duration.ofMillis(600)));
        CartConfig config = new CartConfig(CartKind.SHOPIFY, rig.sandbox.baseUrl(), Map.of(CartConfig.TOKEN, SandboxRig.TOKEN), null);
        var settings = golive.cart.http.HttpSettings.defaults().withRetry(golive.cart.http.RetryPolicy.fast(3))
                .withSleeper(rig.sleeper).withTimeouts(Duration.ofSeconds(2), Duration.ofMillis(150));

        assertThat(SandboxRig.drain(CartConnectors.open(config, Clock.systemUTC(), settings).updatedSince(DAY_AGO))).hasSize(2);
    }

    @Test
    void persistent503IsUnavailableAfterTheLastAttempt() {
        rig.sandbox.faults().always(Fault.serverError(503));
        OrderPages pages = rig.connector().updatedSince(DAY_AGO);

        assertThatThrownBy(pages::next).isInstanceOf(CartException.Unavailable.class)
                .hasMessageContaining("after 4 attempts").hasMessageContaining("503");
        assertThat(rig.sandbox.requestCount()).isEqualTo(4);
    }

    @Test
    void aRevokedTokenMidWalkIsRejectedAndNeverRetried() {
        new OrderGenerator(5).fill(rig.shop, 300, DAY_AGO, SandboxRig.NOW);
        OrderPages pages = rig.connector().updatedSince(DAY_AGO);
        pages.next();
        rig.sandbox.access().revokeToken();

        assertThatThrownBy(pages::next)
                .isInstanceOfSatisfying(CartException.Rejected.class, e -> assertThat(e.status()).isEqualTo(401))
                .hasMessage("[API] Invalid API key or access token (unrecognized login or wrong password)");
        assertThat(rig.sandbox.requestCount()).isEqualTo(2);
    }

    @Test
    void secretsNeverAppearInExceptionMessages() {
        rig.sandbox.faults().always(Fault.serverError(503));
        ShopifyConnector c = rig.connector();

        assertThatThrownBy(() -> c.countOpenCreated(null, null))
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain(SandboxRig.TOKEN));
        rig.sandbox.faults().clear();
        rig.sandbox.access().revokeToken();
        assertThatThrownBy(() -> c.order("1")).satisfies(e -> assertThat(e.getMessage()).doesNotContain(SandboxRig.TOKEN));
        // a config's toString names the secrets, never their values
        CartConfig config = new CartConfig(CartKind.SHOPIFY, URI.create("http://shop.example.com"),
                Map.of(CartConfig.TOKEN, SandboxRig.TOKEN), null);
        assertThatThrownBy(() -> CartConnectors.open(config, Clock.systemUTC()))
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain(SandboxRig.TOKEN));
    }
}
