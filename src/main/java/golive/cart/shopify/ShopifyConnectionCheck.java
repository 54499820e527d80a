package golive.cart.shopify;

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
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Step 2 for Shopify: the checks in order, each with the shop's own words — the app's credentials
 * (the client-credentials grant, or the legacy token), the shop's time zone and currency, the
 * granted scopes (with what to add in the Dev Dashboard when one is missing), one page of orders,
 * the clock, the API version served. One use per instance.
 */
final class ShopifyConnectionCheck {
    static final int WITHOUT_ALL_ORDERS_DAYS = 60;
    private static final String ADD_SCOPE = " In the Dev Dashboard open the app, make a new version with the scope under "
            + "Access, release it and install the app on the store again.";

    private final ShopifyGraphqlClient client;
    private final Clock clock;
    private final List<CheckResult> checks = new ArrayList<>();
    private String zone;
    private String currency;
    private String served;
    private Integer historyLimitDays;
    private Duration skew;

    ShopifyConnectionCheck(ShopifyGraphqlClient client, Clock clock) {
        this.client = client;
        this.clock = clock;
    }

    ConnectionReport run() {
        ShopifyGraphqlClient.Answer shop;
        try {
            shop = client.query(ShopifyQueries.SHOP, Map.of());
        } catch (CartException.Rejected e) {
            checks.add(CheckResult.pass("reachable", client.root().getHost() + " answered"));
            checks.add(CheckResult.fail("credentials", e.getMessage()));
            return report();
        } catch (CartException.Unavailable e) {
            checks.add(CheckResult.fail("reachable", e.getMessage()));
            return report();
        } catch (RuntimeException e) {
            checks.add(CheckResult.fail("reachable", "no Shopify GraphQL Admin API at " + client.root() + ": " + e.getMessage()));
            return report();
        }
        Instant localNow = clock.instant();
        JsonNode info = shop.data().path("shop");
        if (!info.path("name").isTextual()) {
            checks.add(CheckResult.fail("reachable", client.root() + " answered, but not like a Shopify shop"));
            return report();
        }
        checks.add(CheckResult.pass("reachable", client.root().getHost() + " answered"));
        checks.add(CheckResult.pass("credentials", (client.token().granted() ? "the app's client ID and secret were accepted by "
                : "the token was accepted by ") + info.get("name").asText()));
        storeInfo(info);
        if (scopes(shop.data().path("currentAppInstallation").path("accessScopes"))) {
            ordersPage();
        }
        clockSkew(shop.response(), localNow);
        apiVersion(shop.response());
        return report();
    }

    private void storeInfo(JsonNode info) {
        currency = info.path("currencyCode").asText(null);
        String iana = info.path("ianaTimezone").asText(null);
        try {
            zone = iana == null ? null : ZoneId.of(iana).getId();
        } catch (DateTimeException e) {
            zone = null;
        }
        if (zone == null || currency == null) {
            checks.add(CheckResult.warn("store_info", "the shop did not report its " + (zone == null ? "time zone" : "currency")
                    + " (time zone " + iana + ", currency " + currency + ")"));
        } else {
            checks.add(CheckResult.pass("store_info", "time zone " + zone + ", currency " + currency));
        }
    }

    /** @return whether orders may be read at all */
    private boolean scopes(JsonNode accessScopes) {
        Set<String> handles = new TreeSet<>(accessScopes.findValuesAsText("handle"));
        if (!handles.contains("read_orders") && !handles.contains("write_orders")) {
            checks.add(CheckResult.fail("read_orders", "the app lacks the read_orders scope (it has: "
                    + (handles.isEmpty() ? "none" : String.join(", ", handles)) + ")." + ADD_SCOPE));
            return false;
        }
        checks.add(CheckResult.pass("read_orders", "the app may read orders"));
        if (handles.contains("read_all_orders")) {
            checks.add(CheckResult.pass("read_all_orders", "orders of any age are visible"));
        } else {
            historyLimitDays = WITHOUT_ALL_ORDERS_DAYS;
            checks.add(CheckResult.warn("read_all_orders", "without the read_all_orders scope only the last "
                    + WITHOUT_ALL_ORDERS_DAYS + " days of orders are visible; older ones are silently absent." + ADD_SCOPE));
        }
        return true;
    }

    private void ordersPage() {
        try {
            int n = client.query(ShopifyQueries.ONE_ORDER, Map.of()).data().path("orders").path("nodes").size();
            checks.add(CheckResult.pass("orders_page", n == 0 ? "read a page of orders (the shop has none yet)" : "read a page of orders"));
        } catch (CartException e) {
            checks.add(CheckResult.fail("orders_page", e.getMessage()));
        }
    }

    private void clockSkew(CartResponse shop, Instant localNow) {
        ClockSkew c = ClockSkew.of(localNow, shop.cartDate().orElse(null), "the shop");
        checks.add(c.check());
        skew = c.skew();
    }

    private void apiVersion(CartResponse shop) {
        served = shop.header(ShopifyGraphqlClient.API_VERSION_HEADER).orElse(null);
        if (served == null) {
            checks.add(CheckResult.warn("api_version", "the shop did not say which API version it served (asked for "
                    + client.version() + ")"));
        } else if (!served.equals(client.version())) {
            checks.add(CheckResult.warn("api_version", "asked for API version " + client.version()
                    + " but the shop served " + served + " (the requested version is unsupported or retired)"));
        } else {
            checks.add(CheckResult.pass("api_version", "API version " + served));
        }
    }

    private ConnectionReport report() {
        return new ConnectionReport(checks, zone, currency, served, historyLimitDays, skew);
    }
}
