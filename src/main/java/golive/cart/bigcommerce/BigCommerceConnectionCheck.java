package golive.cart.bigcommerce;

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

/**
 * Step 2 for BigCommerce, the cheapest calls first, each failure in BigCommerce's own words:
 * {@code /v2/time} (reachable, the token, the clock), {@code /v2/store} (time zone and currency; the
 * Information &amp; settings scope) and {@code /v2/orders?limit=1} (the Orders scope, one page). A
 * valid token without the Orders scope passes the first two and is refused the third, so each scope
 * is named where it is missing. One use per instance.
 */
final class BigCommerceConnectionCheck {
    private static final String EDIT_ACCOUNT = " In the BigCommerce control panel open Settings › Store-level API accounts"
            + " (or Advanced Settings › API Accounts), edit the account and set ";

    private final BigCommerceClient client;
    private final Clock clock;
    private final List<CheckResult> checks = new ArrayList<>();
    private String zone;
    private String currency;
    private Duration skew;

    BigCommerceConnectionCheck(BigCommerceClient client, Clock clock) {
        this.client = client;
        this.clock = clock;
    }

    ConnectionReport run() {
        String host = client.root().getHost();
        CartResponse time;
        Instant localNow;
        try {
            time = client.get("time", Map.of());
            localNow = clock.instant();
        } catch (CartException.Rejected e) {
            checks.add(CheckResult.pass("reachable", host + " answered"));
            if (e.status() == 401) {
                checks.add(CheckResult.fail("credentials", e.getMessage() + " (HTTP 401: the access token was not accepted;"
                        + " copy it again, or create a new API account if it was deleted)"));
                return report();
            }
            checks.add(CheckResult.pass("credentials", "the access token was accepted by " + host));
            checks.add(CheckResult.fail("store_info", e.getMessage() + "." + EDIT_ACCOUNT + "Information & settings to read-only."));
            ordersPage();
            return report();
        } catch (CartException.Unavailable e) {
            checks.add(CheckResult.fail("reachable", e.getMessage()));
            return report();
        } catch (RuntimeException e) {
            checks.add(CheckResult.fail("reachable", "no BigCommerce API at " + client.root() + " (is the store hash in the"
                    + " API Path right?): " + e.getMessage()));
            return report();
        }
        JsonNode seconds = time.body() == null ? null : time.body().get("time");
        if (seconds == null || !seconds.canConvertToLong()) {
            checks.add(CheckResult.fail("reachable", client.root() + " answered, but not like BigCommerce"));
            return report();
        }
        checks.add(CheckResult.pass("reachable", host + " answered"));
        checks.add(CheckResult.pass("credentials", "the access token was accepted by " + host));
        storeInfo();
        ordersPage();
        clockSkew(Instant.ofEpochSecond(seconds.asLong()), localNow);
        return report();
    }

    private void storeInfo() {
        JsonNode store;
        try {
            store = client.get("store", Map.of()).body();
        } catch (CartException.Rejected e) {
            checks.add(CheckResult.fail("store_info", e.getMessage() + "." + EDIT_ACCOUNT + "Information & settings to read-only."));
            return;
        } catch (CartException e) {
            checks.add(CheckResult.warn("store_info", "the store's settings could not be read: " + e.getMessage()));
            return;
        }
        String name = store == null ? null : store.path("timezone").path("name").asText(null);
        currency = store == null ? null : store.path("currency").asText(null);
        try {
            zone = name == null ? null : ZoneId.of(name).getId();
        } catch (DateTimeException e) {
            zone = null;
        }
        if (zone == null || currency == null) {
            checks.add(CheckResult.warn("store_info", "the store did not report its " + (zone == null ? "time zone" : "currency")
                    + " (time zone " + name + ", currency " + currency + ")"));
        } else {
            checks.add(CheckResult.pass("store_info", "time zone " + zone + ", currency " + currency));
        }
    }

    private void ordersPage() {
        CartResponse page;
        try {
            page = client.get("orders", Map.of("limit", "1"), 204);
        } catch (CartException.Rejected e) {
            checks.add(CheckResult.fail("read_orders", e.getMessage() + "." + EDIT_ACCOUNT + "Orders to read-only."));
            return;
        } catch (CartException e) {
            checks.add(CheckResult.pass("read_orders", "the token may read orders"));
            checks.add(CheckResult.fail("orders_page", e.getMessage()));
            return;
        }
        checks.add(CheckResult.pass("read_orders", "the token may read orders"));
        if (page.status() == 204 || page.body() == null) {
            checks.add(CheckResult.pass("orders_page", "read a page of orders (the store has none yet)"));
        } else if (page.body().isArray()) {
            checks.add(CheckResult.pass("orders_page", "read a page of orders"));
        } else {
            checks.add(CheckResult.fail("orders_page", "the orders answer from " + client.root().getHost() + " is not a list"));
        }
    }

    /** From {@code /v2/time}: the store's clock in whole seconds. */
    private void clockSkew(Instant cartNow, Instant localNow) {
        ClockSkew c = ClockSkew.of(localNow, cartNow, "the store");
        checks.add(c.check());
        skew = c.skew();
    }

    private ConnectionReport report() {
        return new ConnectionReport(checks, zone, currency, null, null, skew);
    }
}
