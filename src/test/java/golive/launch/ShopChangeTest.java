package golive.launch;

import golive.cart.CartConfig;
import golive.domain.CartKind;
import golive.sandbox.SandboxShop;
import golive.sandbox.shopify.ShopifySandbox;
import golive.store.AuditLog;
import golive.store.OrderStore;
import golive.store.PlanStore;
import golive.sync.SyncEngine;
import golive.sync.SyncLease;
import golive.testkit.Launchpad;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * After go-live the merchant may rotate a credential or paste another URL form of the same shop,
 * never switch the store to another shop (DESIGN.md, "Changing the plan").
 */
class ShopChangeTest {
    Launchpad pad;
    Instant cutoff;

    @BeforeEach
    void setUp() {
        pad = Launchpad.inMemory();
        cutoff = Instant.now().truncatedTo(ChronoUnit.SECONDS).minus(Duration.ofHours(1));
        pad.readyToSync(cutoff, cutoff);
        pad.order(cutoff.plusSeconds(60));
        sync(); // an actual import: the plan is locked and the store holds this shop's orders
        assertThat(pad.db.read(new PlanStore()::load).locked()).isTrue();
    }

    @AfterEach
    void tearDown() {
        pad.close();
    }

    void sync() {
        new SyncEngine(pad.cutover, SyncLease.oneShot(pad.db)).run("test", e -> { });
    }

    int stored() {
        return pad.db.read(new OrderStore()::all).size();
    }

    CartConfig withToken(URI url, String token) {
        return new CartConfig(CartKind.SHOPIFY, url, Map.of(CartConfig.TOKEN, token), null);
    }

    @Test
    void aRotatedCredentialIsAcceptedAfterTheLockMustBeTestedAgainAndSyncGoesOnWithoutADuplicate() {
        pad.server.access().token("shpat_rotated0123456789abcdef"); // the merchant reissued the token; the old one is dead
        pad.cutover.connect(withToken(pad.server.baseUrl(), "shpat_rotated0123456789abcdef"));

        assertThat(pad.cutover.problems()).extracting(Problem::code).containsExactly(ProblemCode.CONNECTION_TEST_STALE);
        assertThat(pad.db.read(c -> AuditLog.recent(c, 1)).get(0).action()).isEqualTo("cart.credentials");
        assertThat(pad.cutover.test().passed()).isTrue();
        pad.order(Instant.now().truncatedTo(ChronoUnit.SECONDS));
        sync();
        assertThat(stored()).isEqualTo(2);
        sync();
        assertThat(stored()).as("the same shop: nothing imported twice").isEqualTo(2);
    }

    @Test
    void anotherUrlFormOfTheSameShopIsTheSameShop() {
        pad.cutover.connect(withToken(pad.server.baseUrl().resolve("/admin/"), pad.server.access().token()));

        assertThat(pad.cutover.test().passed()).isTrue();
        assertThat(pad.cutover.problems()).isEmpty();
        sync();
        assertThat(stored()).isEqualTo(1);
    }

    @Test
    void anotherShopIsRefusedWhileTheStoreHoldsThisOnesOrdersEvenAfterADisconnect() {
        try (ShopifySandbox other = Launchpad.unthrottled(new ShopifySandbox(new SandboxShop(Clock.systemUTC())).start())) {
            CartConfig elsewhere = withToken(other.baseUrl(), "shpat_other0123456789");
            assertThatThrownBy(() -> pad.cutover.connect(elsewhere)).isInstanceOfSatisfying(Refusal.class,
                    r -> assertThat(r.problems()).extracting(Problem::code).containsExactly(ProblemCode.SHOP_CHANGE_REFUSED));

            assertThat(pad.cutover.disconnect()).isTrue();
            assertThatThrownBy(() -> pad.cutover.connect(elsewhere)).isInstanceOf(Refusal.class);
        }
        assertThat(pad.cutover.cartConfig()).isEmpty();
    }

    @Test
    void theSameShopCanBeReconnectedAfterADisconnectAndSyncsOnWithoutADuplicate() {
        assertThat(pad.cutover.disconnect()).isTrue();
        pad.cutover.connect(pad.config());
        assertThat(pad.cutover.test().passed()).isTrue();
        pad.order(Instant.now().truncatedTo(ChronoUnit.SECONDS));
        sync();
        assertThat(stored()).isEqualTo(2);
    }
}
