package golive.cart.bigcommerce;

import golive.cart.CartConfig;
import golive.cart.CartConnectors;
import golive.cart.CartException;
import golive.cart.CartOrder;
import golive.cart.OrderPages;
import golive.domain.CartKind;
import golive.sandbox.Fault;
import golive.sandbox.OrderGenerator;
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

class BigCommerceResilienceTest {
    private static final Instant DAY_AGO = BigCommerceRig.NOW.minus(Duration.ofDays(1));
    private final BigCommerceRig rig = new BigCommerceRig();

    @AfterEach
    void close() {
        rig.close();
    }

    private List<CartOrder> readAll() {
        return BigCommerceRig.drain(rig.connector().updatedSince(DAY_AGO));
    }

    /** The waits longer than the transport's millisecond backoff: the quota's. */
    private List<Duration> quotaWaits() {
        return rig.sleeps.stream().filter(d -> d.compareTo(Duration.ofMillis(8)) > 0).toList();
    }

    @Test
    void a429WithTheQuotaHeadersWaitsTheirResetAndSucceeds() {
        new OrderGenerator(1).fill(rig.shop, 3, DAY_AGO, BigCommerceRig.NOW);
        rig.sandbox.faults().next(2, new Fault.RateLimited("15.0"));

        assertThat(readAll()).hasSize(3);
        assertThat(quotaWaits()).containsExactly(Duration.ofSeconds(15), Duration.ofSeconds(15));
        assertThat(rig.requests("/v2/orders?")).hasSize(3).first().asString().endsWith("429");
    }

    @Test
    void theQuotaIsPacedFromItsHeadersSoNoRequestIsRefused() {
        new OrderGenerator(2).fill(rig.shop, 40, DAY_AGO, BigCommerceRig.NOW);
        rig.sandbox.quota(30, Duration.ofSeconds(30));
        BigCommerceConnector c = rig.connector(10);

        assertThat(BigCommerceRig.drain(c.updatedSince(DAY_AGO))).hasSize(40);

        assertThat(rig.sandbox.requestLog()).noneMatch(r -> r.endsWith("429"));
        assertThat(quotaWaits()).isNotEmpty().allMatch(d -> d.compareTo(Duration.ofSeconds(30)) <= 0);
        assertThat(c.pacedFor()).isEqualTo(quotaWaits().stream().reduce(Duration.ZERO, Duration::plus));
    }

    @Test
    void aQuotaOtherAppsSpentIs429AndWaitedOutUntilItsWindowResets() {
        new OrderGenerator(3).fill(rig.shop, 2, DAY_AGO, BigCommerceRig.NOW);
        rig.sandbox.quota(150, Duration.ofSeconds(30));
        rig.sandbox.spendQuota(150);

        assertThat(readAll()).hasSize(2);
        assertThat(rig.sandbox.requestLog().get(0)).endsWith("429");
        assertThat(quotaWaits()).containsExactly(Duration.ofSeconds(30));
    }

    @Test
    void a429WithoutTheQuotaHeadersIsPlatformLoadAndBacksOff() {
        new OrderGenerator(1).fill(rig.shop, 3, DAY_AGO, BigCommerceRig.NOW);
        rig.sandbox.faults().next(2, new Fault.Status(429));

        assertThat(readAll()).hasSize(3);
        assertThat(quotaWaits()).isEmpty();
        assertThat(rig.sleeps).containsExactly(Duration.ofMillis(1), Duration.ofMillis(2));
    }

    @Test
    void serverErrorsAHostsHtmlPageTruncatedJsonAndDroppedConnectionsAreRetried() {
        new OrderGenerator(1).fill(rig.shop, 3, DAY_AGO, BigCommerceRig.NOW);
        rig.sandbox.faults().next(new Fault.Status(503)).next(new Fault.HtmlError(503, null))
                .next(Fault.truncatedJson()).next(Fault.drop()).next(Fault.cutBody());

        assertThat(BigCommerceRig.drain(rig.connector(Clock.systemUTC(), 250, 6).updatedSince(DAY_AGO))).hasSize(3);
        assertThat(rig.sandbox.requestLog().subList(0, 4)).allMatch(r -> r.contains("/v2/orders?"));
    }

    @Test
    void persistent503IsUnavailableAfterTheLastAttempt() {
        rig.sandbox.faults().always(Fault.serverError(503));
        OrderPages pages = rig.connector().updatedSince(DAY_AGO);

        assertThatThrownBy(pages::next).isInstanceOf(CartException.Unavailable.class)
                .hasMessageContaining("after 4 attempts").hasMessageContaining("503").hasMessageContaining("Internal Server Error");
        assertThat(rig.sandbox.requestCount()).isEqualTo(4);
    }

    @Test
    void aTokenRevokedMidWalkIsRejectedInTheCartsWordsAndNeverRetried() {
        new OrderGenerator(5).fill(rig.shop, 12, DAY_AGO, BigCommerceRig.NOW.minusSeconds(60));
        OrderPages pages = rig.connector(5).updatedSince(DAY_AGO);
        pages.next();
        int before = rig.sandbox.requestCount();
        rig.sandbox.revokeAccess();

        assertThatThrownBy(pages::next)
                .isInstanceOfSatisfying(CartException.Rejected.class, e -> assertThat(e.status()).isEqualTo(401))
                .hasMessage("The access token is not valid for this store");
        assertThat(rig.sandbox.requestCount()).isEqualTo(before + 1);
    }

    @Test
    void secretsNeverAppearInExceptionMessages() {
        rig.sandbox.faults().always(Fault.serverError(503));
        BigCommerceConnector c = rig.connector();

        assertThatThrownBy(() -> c.countOpenCreated(null, null))
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain(BigCommerceRig.TOKEN));
        rig.sandbox.faults().clear();
        rig.sandbox.revokeAccess();
        assertThatThrownBy(() -> c.order("1")).satisfies(e -> assertThat(e.getMessage()).doesNotContain(BigCommerceRig.TOKEN));
        CartConfig remote = new CartConfig(CartKind.BIGCOMMERCE, URI.create("http://api.bigcommerce.com/stores/abc123/v3/"),
                Map.of(CartConfig.TOKEN, BigCommerceRig.TOKEN), null);
        assertThatThrownBy(() -> CartConnectors.open(remote, Clock.systemUTC()))
                .satisfies(e -> assertThat(e.getMessage()).contains("plain http").doesNotContain(BigCommerceRig.TOKEN));
    }
}
