package golive.cart.woocommerce;

import golive.cart.CheckResult;
import golive.cart.ConnectionReport;
import golive.sandbox.woocommerce.WooKeys;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Duration;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Step 2 against the WooCommerce face: every way a key is refused is told apart in WooCommerce's
 * own words (a wrong secret, an unknown key over OAuth and over Basic, a write-only key, a user
 * without the capability, a clock too far off for OAuth), Basic falls back to the query string when
 * the host strips the header, and the site's zone comes from timezone_string or gmt_offset.
 */
class WooConnectionCheckTest {
    final WooRig rig = new WooRig();

    @AfterEach
    void tearDown() {
        rig.close();
    }

    @Test
    void aGoodKeyPassesEveryCheckOverOAuth() {
        rig.shop.zone(ZoneId.of("Pacific/Auckland")).currency("NZD");
        rig.shop.add(golive.sandbox.SandboxOrder.draft(WooRig.NOW.minusSeconds(60), "a@example.com",
                List.of(new golive.sandbox.SandboxOrder.Line("SKU", "Mug", null, 1, new java.math.BigDecimal("9.50"), 0))));
        ConnectionReport r = rig.connector().test();
        assertThat(r.checks()).extracting(CheckResult::id).containsExactly("reachable", "woocommerce_api", "credentials", "read_orders",
                "orders_page", "store_info", "clock_skew");
        assertThat(r.passed()).as(r.checks().toString()).isTrue();
        assertThat(r.storeZone()).isEqualTo("Pacific/Auckland");
        assertThat(r.currency()).isEqualTo("NZD");
        assertThat(rig.sandbox.requestLog()).allMatch(l -> !l.contains("/wc/v3/orders") || l.contains("oauth_signature="));
    }

    @Test
    void aWrongSecretIsRefusedInWooCommercesWords() {
        WooKeys.Key k = rig.sandbox.keys().current();
        ConnectionReport r = rig.connector(k.consumerKey(), "cs_" + "0".repeat(40), WooAuth.Mode.OAUTH, Clock.fixed(WooRig.NOW, ZoneOffset.UTC)).test();
        assertThat(check(r, "credentials").outcome()).isEqualTo(CheckResult.Outcome.FAIL);
        assertThat(check(r, "credentials").detail()).contains("Invalid signature - provided signature does not match.");
        rig.sandbox.behindTls(true, false);
        ConnectionReport basic = rig.connector(k.consumerKey(), "cs_" + "0".repeat(40), WooAuth.Mode.BASIC, Clock.fixed(WooRig.NOW, ZoneOffset.UTC)).test();
        assertThat(check(basic, "credentials").detail()).startsWith("Consumer secret is invalid.").contains("shown only once");
    }

    @Test
    void anUnknownKeyIsToldApartFromAWrongSecret() {
        ConnectionReport oauth = rig.connector("ck_" + "1".repeat(40), "cs_" + "1".repeat(40), WooAuth.Mode.OAUTH,
                Clock.fixed(WooRig.NOW, ZoneOffset.UTC)).test();
        assertThat(check(oauth, "credentials").detail()).startsWith("Consumer key is invalid.");
        rig.sandbox.behindTls(true, false);
        int before = rig.sandbox.requestLog().size();
        ConnectionReport basic = rig.connector("ck_" + "1".repeat(40), "cs_" + "1".repeat(40), WooAuth.Mode.BASIC,
                Clock.fixed(WooRig.NOW, ZoneOffset.UTC)).test();
        // over Basic an unknown key runs the request as nobody: retried with the query string, then named
        assertThat(check(basic, "credentials").detail()).startsWith("Sorry, you cannot list resources.")
                .contains("does not know this consumer key");
        assertThat(rig.sandbox.requestLog().subList(before, rig.sandbox.requestLog().size()).stream()
                .filter(l -> l.contains("/wc/v3/orders")).toList()).hasSize(2)
                .last().asString().contains("consumer_key=");
    }

    @Test
    void aWriteOnlyKeyAndAUserWithoutTheCapabilityFailReadOrders() {
        WooKeys.Key writeOnly = rig.sandbox.keys().add("write", true);
        ConnectionReport w = rig.connector(writeOnly, WooAuth.Mode.OAUTH, Clock.fixed(WooRig.NOW, ZoneOffset.UTC)).test();
        assertThat(check(w, "credentials").outcome()).isEqualTo(CheckResult.Outcome.PASS);
        assertThat(check(w, "read_orders").detail()).contains("The API key provided does not have read permissions.").contains("set Permissions to Read");
        WooKeys.Key weakUser = rig.sandbox.keys().add("read", false);
        ConnectionReport u = rig.connector(weakUser, WooAuth.Mode.OAUTH, Clock.fixed(WooRig.NOW, ZoneOffset.UTC)).test();
        assertThat(check(u, "read_orders").detail()).contains("Sorry, you cannot list resources. (403)").contains("Shop manager");
        assertThat(u.passed()).isFalse();
    }

    @Test
    void aHostThatStripsAuthorizationGetsTheQueryStringFallback() {
        rig.sandbox.behindTls(true, true);
        ConnectionReport r = rig.connector(rig.sandbox.keys().current(), WooAuth.Mode.BASIC, Clock.fixed(WooRig.NOW, ZoneOffset.UTC)).test();
        assertThat(r.passed()).as(r.checks().toString()).isTrue();
        assertThat(check(r, "credentials").detail()).contains("as query parameters");
        List<String> orders = rig.sandbox.requestLog().stream().filter(l -> l.contains("/wc/v3/orders")).toList();
        assertThat(orders.get(0)).endsWith("-> 401").doesNotContain("consumer_key");
        assertThat(orders.get(1)).contains("consumer_key=").endsWith("-> 200");
    }

    @Test
    void oauthFailsWhenThisComputersClockIsFarOff() {
        Clock slow = Clock.offset(Clock.fixed(WooRig.NOW, ZoneOffset.UTC), Duration.ofMinutes(-20));
        ConnectionReport r = rig.connector(rig.sandbox.keys().current(), WooAuth.Mode.OAUTH, slow).test();
        assertThat(check(r, "credentials").detail()).startsWith("Invalid timestamp.");
    }

    @Test
    void aSiteOnAManualUtcOffsetHasOnlyGmtOffset() {
        rig.shop.zone(ZoneOffset.ofHours(-3));
        assertThat(rig.connector().test().storeZone()).isEqualTo("-03:00");
    }

    private static CheckResult check(ConnectionReport r, String id) {
        return r.checks().stream().filter(c -> c.id().equals(id)).findFirst()
                .orElseThrow(() -> new AssertionError("no check " + id + " in " + r.checks()));
    }
}
