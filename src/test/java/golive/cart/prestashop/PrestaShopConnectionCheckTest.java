package golive.cart.prestashop;

import golive.cart.CheckResult;
import golive.cart.ConnectionReport;
import golive.sandbox.prestashop.PrestaShopSandbox;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.ZoneId;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Step 2 against the PrestaShop sandbox: a good key passes with the shop's zone and currency; a key
 * of the wrong length, an unknown key and a key without the orders resource fail in PrestaShop's
 * words (JSON or XML bodies alike) with what to change; a host that strips Authorization is read
 * through ws_key; the key never shows in a message.
 */
class PrestaShopConnectionCheckTest {
    final PrestaShopRig rig = new PrestaShopRig();

    @AfterEach
    void tearDown() {
        rig.close();
    }

    @Test
    void aGoodKeyPassesWithTheShopsZoneAndCurrency() {
        rig.shop.zone(ZoneId.of("Europe/Paris")).currency("EUR");
        ConnectionReport r = rig.connector().test();
        assertThat(r.passed()).as(r.checks().toString()).isTrue();
        assertThat(r.storeZone()).isEqualTo("Europe/Paris");
        assertThat(r.currency()).isEqualTo("EUR");
        assertThat(detail(r, "store_info")).contains("13 order states, 8 of them importable");
    }

    @Test
    void aBadKeyFormatIsNamed() {
        ConnectionReport r = rig.connector("TOOSHORT1234", 3).test();
        assertThat(outcome(r, "credentials")).isEqualTo(CheckResult.Outcome.FAIL);
        assertThat(detail(r, "credentials")).contains("Invalid authentication key format", "32 letters and digits");
    }

    @Test
    void anUnknownKeyIsNamedInJsonAndInXml() {
        String unknown = "ABCDEFGHIJKLMNOPQRSTUVWXYZ012345";
        assertThat(detail(rig.connector(unknown, 3).test(), "credentials"))
                .contains("Authentification key is not active; No permission for this authentication key", "Status to Yes");
        rig.sandbox.errorsInXml(true);
        ConnectionReport xml = rig.connector(unknown, 3).test();
        assertThat(detail(xml, "credentials")).contains("Authentification key is not active", "Status to Yes").doesNotContain("CDATA");
    }

    @Test
    void aKeyWithoutOrdersSaysWhichResourceToTick() {
        String key = rig.sandbox.addKey(Set.of("order_states", "configurations", "currencies"));
        ConnectionReport r = rig.connector(key, 3).test();
        assertThat(outcome(r, "credentials")).isEqualTo(CheckResult.Outcome.PASS);
        assertThat(detail(r, "read_orders")).contains("Resource of type \"orders\" is not allowed with this authentication key", "View (GET)");
        assertThat(r.checks().toString()).doesNotContain(key);
    }

    @Test
    void aKeyWithoutConfigurationsFailsTheShopSettings() {
        String key = rig.sandbox.addKey(Set.of("orders", "order_states", "currencies"));
        ConnectionReport r = rig.connector(key, 3).test();
        assertThat(detail(r, "store_info")).contains("Resource of type \"configurations\" is not allowed");
        assertThat(r.passed()).isFalse();
    }

    @Test
    void aHostThatStripsAuthorizationIsReadThroughWsKey() {
        rig.sandbox.stripsAuthorization(true);
        ConnectionReport r = rig.connector().test();
        assertThat(r.passed()).as(r.checks().toString()).isTrue();
        assertThat(detail(r, "credentials")).contains("ws_key");
        assertThat(rig.sandbox.requestLog()).anyMatch(l -> l.contains("ws_key=") && l.endsWith("200"));
    }

    private static String detail(ConnectionReport r, String id) {
        return r.checks().stream().filter(c -> c.id().equals(id)).findFirst().map(CheckResult::detail).orElse("(no " + id + " check)");
    }

    private static CheckResult.Outcome outcome(ConnectionReport r, String id) {
        return r.checks().stream().filter(c -> c.id().equals(id)).findFirst().map(CheckResult::outcome).orElse(null);
    }
}
