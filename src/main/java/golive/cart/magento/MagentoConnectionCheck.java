package golive.cart.magento;

import com.fasterxml.jackson.databind.JsonNode;
import golive.cart.CartException;
import golive.cart.CheckResult;
import golive.cart.ClockSkew;
import golive.cart.ConnectionReport;
import golive.cart.http.CartResponse;

import java.time.Clock;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Step 2 for Magento: {@code store/storeConfigs} (needs a valid token, no particular resource) says
 * the store answers, the credentials are accepted, and its time zone and base currency; then one
 * orders read ({@code pageSize=1}) needs the integration's Sales access. Magento answers a bad token,
 * a token it will not take as Bearer and a missing resource with the same 401 ("The consumer isn't
 * authorized to access %resources."), so the causes are named together — except when storeConfigs
 * passed and orders failed: then it is the resource access. One use per instance.
 */
final class MagentoConnectionCheck {
    static final String BEARER_FIX = "Stores › Configuration › Services › OAuth › Consumer Settings › \"Allow OAuth Access Tokens"
            + " to be used as standalone Bearer tokens\" = Yes";
    static final String ACL_FIX = "System › Integrations › Edit › API: Resource Access must include Sales › Operations › Orders ›"
            + " Actions › View (then Save and Reauthorize, and copy the new token)";

    private final MagentoClient client;
    private final Clock clock;
    private final List<CheckResult> checks = new ArrayList<>();
    private String zone;
    private String currency;
    private Duration skew;

    MagentoConnectionCheck(MagentoClient client, Clock clock) {
        this.client = client;
        this.clock = clock;
    }

    ConnectionReport run() {
        CartResponse configs;
        Instant localNow;
        try {
            configs = client.get("store/storeConfigs", Map.of(), 404);
            localNow = clock.instant();
        } catch (CartException.Rejected e) {
            checks.add(CheckResult.pass("reachable", client.site().getHost() + " answered (Magento REST API)"));
            checks.add(CheckResult.fail("credentials", e.getMessage() + " Magento says this for a wrong token and for missing"
                    + " access alike. " + (client.auth().oauth() ? oauthCauses() : bearerCauses())));
            return report();
        } catch (CartException e) {
            checks.add(CheckResult.fail("reachable", e.getMessage()));
            return report();
        }
        JsonNode store = store(configs.body());
        if (configs.status() == 404 || store == null) {
            checks.add(CheckResult.fail("reachable", client.site() + " answered, but has no Magento REST API at /rest/V1/:"
                    + " enter the store's base URL (the address of its home page)"));
            return report();
        }
        checks.add(CheckResult.pass("reachable", client.site().getHost() + " answered (Magento REST API, store view "
                + store.path("code").asText("default") + ")"));
        checks.add(CheckResult.pass("credentials", client.auth().oauth() ? "the integration's OAuth signature was accepted"
                : "the access token was accepted as a Bearer token"));
        orders();
        zone = zone(store.path("timezone").asText(null));
        currency = store.path("base_currency_code").asText(null);
        checks.add(zone == null || currency == null
                ? CheckResult.warn("store_info", "the store did not report its " + (zone == null ? "time zone" : "base currency"))
                : CheckResult.pass("store_info", "time zone " + zone + ", currency " + currency));
        ClockSkew c = ClockSkew.of(localNow, configs.cartDate().orElse(null), "the store");
        checks.add(c.check());
        skew = c.skew();
        return report();
    }

    private void orders() {
        try {
            CartResponse r = client.searchOrders(new LinkedHashMap<>(), 1);
            checks.add(CheckResult.pass("read_orders", "the integration may read orders"));
            checks.add(CheckResult.pass("orders_page", r.body().get("total_count").asLong() == 0
                    ? "read a page of orders (the store has none yet)" : "read a page of orders"));
        } catch (CartException.Rejected e) {
            checks.add(CheckResult.fail("read_orders", e.getMessage() + " The token itself was accepted (the store's settings"
                    + " were read), so the integration lacks access to orders: " + ACL_FIX + "."));
        } catch (CartException e) {
            checks.add(CheckResult.fail("orders_page", e.getMessage()));
        }
    }

    private static String bearerCauses() {
        return "Check both: (1) the store may refuse integration tokens as Bearer tokens (Magento 2.4.4 and later, by default):"
                + " set " + BEARER_FIX + ", or enter the integration's consumer key, consumer secret and access token secret too,"
                + " so each request is signed; (2) the access token may be wrong or revoked: copy it again from System ›"
                + " Integrations › Edit › Integration Details, and check that " + ACL_FIX + ".";
    }

    private static String oauthCauses() {
        return "Check both: (1) the four values must all come from the same integration, as System › Integrations › Edit ›"
                + " Integration Details shows them now (Reauthorize makes a new access token and secret); (2) " + ACL_FIX + ".";
    }

    /** The default store view's entry of storeConfigs (the one {@code /rest/V1/} serves), else the first. */
    private static JsonNode store(JsonNode list) {
        if (list == null || !list.isArray() || list.isEmpty()) {
            return null;
        }
        for (JsonNode s : list) {
            if ("default".equals(s.path("code").asText())) {
                return s;
            }
        }
        return list.get(0);
    }

    private static String zone(String name) {
        try {
            return name == null ? null : ZoneId.of(name).getId();
        } catch (DateTimeException e) {
            return null;
        }
    }

    private ConnectionReport report() {
        return new ConnectionReport(checks, zone, currency, "V1", null, skew);
    }
}
