package golive.cart.shopify;

import golive.cart.CartException;
import golive.cart.CheckResult;
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
import java.util.Set;
import java.util.stream.Collectors;

/** Step 2 for Shopify: the checks in order, each with the cart's own words. One use per instance. */
final class ShopifyConnectionCheck {
    static final Duration SKEW_LIMIT = Duration.ofMinutes(2);
    static final int WITHOUT_ALL_ORDERS_DAYS = 60;

    private final ShopifyClient client;
    private final Clock clock;
    private final List<CheckResult> checks = new ArrayList<>();
    private String zone;
    private String currency;
    private String served;
    private Integer historyLimitDays;
    private Duration skew;

    ShopifyConnectionCheck(ShopifyClient client, Clock clock) {
        this.client = client;
        this.clock = clock;
    }

    ConnectionReport run() {
        CartResponse shop;
        try {
            shop = client.get(client.api("shop.json",
                    Map.of("fields", "id,name,iana_timezone,currency,myshopify_domain")));
        } catch (CartException.Rejected e) {
            checks.add(CheckResult.pass("reachable", client.root().getHost() + " answered"));
            checks.add(CheckResult.fail("credentials", e.getMessage()));
            return report();
        } catch (CartException.Unavailable e) {
            checks.add(CheckResult.fail("reachable", e.getMessage()));
            return report();
        } catch (RuntimeException e) {
            checks.add(CheckResult.fail("reachable", "no Shopify Admin API at " + client.root() + ": " + e.getMessage()));
            return report();
        }
        Instant localNow = clock.instant();
        ShopifyWire.Shop info = shopInfo(shop);
        if (info == null) {
            checks.add(CheckResult.fail("reachable", client.root() + " answered, but not like a Shopify shop"));
            return report();
        }
        checks.add(CheckResult.pass("reachable", client.root().getHost() + " answered"));
        checks.add(CheckResult.pass("credentials", "the token was accepted by " + info.name()));
        storeInfo(info);
        scopes();
        ordersPage();
        clockSkew(shop, localNow);
        apiVersion(shop);
        return report();
    }

    private static ShopifyWire.Shop shopInfo(CartResponse shop) {
        try {
            return shop.as(ShopifyWire.ShopEnvelope.class).shop();
        } catch (CartException e) {
            return null;
        }
    }

    private void storeInfo(ShopifyWire.Shop info) {
        currency = info.currency();
        try {
            zone = info.ianaTimezone() == null ? null : ZoneId.of(info.ianaTimezone()).getId();
        } catch (DateTimeException e) {
            zone = null;
        }
        if (zone == null || currency == null) {
            checks.add(CheckResult.warn("store_info", "the shop did not report its "
                    + (zone == null ? "time zone" : "currency") + " (time zone " + info.ianaTimezone()
                    + ", currency " + currency + ")"));
        } else {
            checks.add(CheckResult.pass("store_info", "time zone " + zone + ", currency " + currency));
        }
    }

    private void scopes() {
        Set<String> handles;
        try {
            ShopifyWire.Scopes scopes = client.get(client.oauth("access_scopes.json")).as(ShopifyWire.Scopes.class);
            handles = scopes.accessScopes() == null ? Set.of()
                    : scopes.accessScopes().stream().map(ShopifyWire.Scope::handle).collect(Collectors.toSet());
        } catch (CartException e) {
            checks.add(CheckResult.fail("read_orders", "could not read the token's permissions: " + e.getMessage()));
            return;
        }
        if (!handles.contains("read_orders") && !handles.contains("write_orders")) {
            checks.add(CheckResult.fail("read_orders", "the app lacks the read_orders permission (it has: "
                    + (handles.isEmpty() ? "none" : String.join(", ", handles.stream().sorted().toList())) + ")"));
            return;
        }
        checks.add(CheckResult.pass("read_orders", "the app may read orders"));
        if (handles.contains("read_all_orders")) {
            checks.add(CheckResult.pass("read_all_orders", "orders of any age are visible"));
        } else {
            historyLimitDays = WITHOUT_ALL_ORDERS_DAYS;
            checks.add(CheckResult.warn("read_all_orders", "without the read_all_orders permission only the last "
                    + WITHOUT_ALL_ORDERS_DAYS + " days of orders are visible; older ones are silently absent"));
        }
    }

    private void ordersPage() {
        Map<String, String> params = new LinkedHashMap<>();
        params.put("limit", "1");
        params.put("fields", "id");
        params.put("status", "any");
        try {
            ShopifyWire.OrderList list = client.get(client.api("orders.json", params)).as(ShopifyWire.OrderList.class);
            int n = list.orders() == null ? 0 : list.orders().size();
            checks.add(CheckResult.pass("orders_page", n == 0 ? "read a page of orders (the shop has none yet)"
                    : "read a page of orders"));
        } catch (CartException e) {
            checks.add(CheckResult.fail("orders_page", e.getMessage()));
        }
    }

    private void clockSkew(CartResponse shop, Instant localNow) {
        Instant cartNow = shop.cartDate().orElse(null);
        if (cartNow == null) {
            checks.add(CheckResult.warn("clock_skew", "the shop sent no readable Date header; clock skew unknown"));
            return;
        }
        skew = Duration.between(localNow, cartNow);
        if (skew.abs().compareTo(SKEW_LIMIT) > 0) {
            checks.add(CheckResult.warn("clock_skew", "the shop's clock is " + human(skew.abs())
                    + (skew.isNegative() ? " behind" : " ahead of") + " this computer's (more than "
                    + human(SKEW_LIMIT) + "): check this computer's date, time and time zone"));
        } else {
            checks.add(CheckResult.pass("clock_skew", "clocks agree within " + human(skew.abs())));
        }
    }

    private void apiVersion(CartResponse shop) {
        served = shop.header(ShopifyClient.API_VERSION_HEADER).orElse(null);
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

    static String human(Duration d) {
        long s = d.getSeconds();
        if (s >= 3600) {
            return s / 3600 + " h " + (s % 3600) / 60 + " min";
        }
        if (s >= 60) {
            return s / 60 + " min" + (s % 60 == 0 ? "" : " " + s % 60 + " s");
        }
        return s + " s";
    }

    private ConnectionReport report() {
        return new ConnectionReport(checks, zone, currency, served, historyLimitDays, skew);
    }
}
