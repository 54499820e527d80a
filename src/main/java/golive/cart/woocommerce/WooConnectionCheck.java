package golive.cart.woocommerce;

import com.fasterxml.jackson.databind.JsonNode;
import golive.cart.CartException;
import golive.cart.CheckResult;
import golive.cart.ClockSkew;
import golive.cart.ConnectionReport;
import golive.cart.http.CartResponse;

import java.time.Clock;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Step 2 for WooCommerce, each check in the site's own words: the site answers and runs the
 * WooCommerce REST API ({@code wc/v3} among the public index's namespaces), then one orders call —
 * not the public {@code /wc/v3} index, which answers anyone — tells the causes of a refusal apart
 * (a wrong secret, an unknown key, a write-only key, a user without the capability), the site's
 * time zone ({@code timezone_string}, else {@code gmt_offset}) and currency, and the clock. One use
 * per instance.
 */
final class WooConnectionCheck {
    private static final String KEYS = " In WordPress: WooCommerce › Settings › Advanced › REST API.";

    private final WooClient client;
    private final Clock clock;
    private final List<CheckResult> checks = new ArrayList<>();
    private String zone;
    private String currency;
    private java.time.Duration skew;

    WooConnectionCheck(WooClient client, Clock clock) {
        this.client = client;
        this.clock = clock;
    }

    ConnectionReport run() {
        CartResponse index;
        try {
            index = client.index();
        } catch (CartException e) {
            checks.add(CheckResult.fail("reachable", e.getMessage()));
            return report();
        }
        Instant localNow = clock.instant();
        JsonNode body = index.body();
        if (body == null || !body.path("namespaces").isArray()) {
            checks.add(CheckResult.fail("reachable", client.site() + " answered, but not like a WordPress site (no /wp-json/ index)"));
            return report();
        }
        checks.add(CheckResult.pass("reachable", client.site().getHost() + " answered (" + body.path("name").asText("WordPress") + ")"));
        boolean rest = false;
        for (JsonNode ns : body.get("namespaces")) {
            rest |= "wc/v3".equals(ns.asText());
        }
        if (!rest) {
            checks.add(CheckResult.fail("woocommerce_api", "the site does not offer the WooCommerce REST API (no wc/v3 namespace):"
                    + " activate WooCommerce 3.5 or later, and use pretty permalinks (Settings › Permalinks)"));
            return report();
        }
        checks.add(CheckResult.pass("woocommerce_api", "WooCommerce REST API v3"));
        zone = zone(body);
        if (orders()) {
            currency();
        }
        checks.add(zone == null || currency == null
                ? CheckResult.warn("store_info", "the site did not report its " + (zone == null ? "time zone" : "currency"))
                : CheckResult.pass("store_info", "time zone " + zone + ", currency " + currency));
        ClockSkew c = ClockSkew.of(localNow, index.cartDate().orElse(null), "the site");
        checks.add(c.check());
        skew = c.skew();
        return report();
    }

    /** The orders call: credentials, read permission and capability at once. @return whether orders may be read */
    private boolean orders() {
        try {
            CartResponse r = client.get("orders", Map.of("per_page", "1", "_fields", "id,currency"));
            checks.add(CheckResult.pass("credentials", "the consumer key and secret were accepted"
                    + (client.auth().mode() == WooAuth.Mode.QUERY ? " (as query parameters: the host drops the Authorization header)" : "")));
            checks.add(CheckResult.pass("read_orders", "the key may read orders"));
            JsonNode first = r.body() != null && r.body().isArray() && !r.body().isEmpty() ? r.body().get(0) : null;
            checks.add(CheckResult.pass("orders_page", first == null ? "read a page of orders (the shop has none yet)" : "read a page of orders"));
            currency = first == null ? null : first.path("currency").asText(null);
            return true;
        } catch (WooClient.Rejected e) {
            refused(e);
            return false;
        } catch (CartException e) {
            checks.add(CheckResult.pass("credentials", "not judged: the orders call failed"));
            checks.add(CheckResult.fail("orders_page", e.getMessage()));
            return false;
        }
    }

    /** Which refusal it was, in WooCommerce's words and with what to do. */
    private void refused(WooClient.Rejected e) {
        String said = e.getMessage();
        if (e.status() == 403) {
            checks.add(CheckResult.pass("credentials", "the consumer key and secret were accepted"));
            checks.add(CheckResult.fail("read_orders", said + " (403): the key's user may not manage orders; make the key again for"
                    + " a user with the Shop manager or Administrator role." + KEYS));
        } else if (said.contains("does not have read permissions")) {
            checks.add(CheckResult.pass("credentials", "the consumer key and secret were accepted"));
            checks.add(CheckResult.fail("read_orders", said + " The key is write-only: edit it and set Permissions to Read." + KEYS));
        } else if (WooClient.CANNOT_VIEW.equals(e.code())) {
            checks.add(CheckResult.fail("credentials", said + " WooCommerce does not know this consumer key (it was revoked,"
                    + " or it is another site's), so the request ran as nobody." + KEYS));
        } else {
            checks.add(CheckResult.fail("credentials", said + (said.contains("secret") ? " Copy the consumer secret again"
                    + " (cs_…): it is shown only once, when the key is made." + KEYS : "")));
        }
    }

    /** The shop's currency (the orders page said it unless the shop has no orders yet). */
    private void currency() {
        if (currency != null) {
            return;
        }
        try {
            CartResponse r = client.get("data/currencies/current", Map.of(), 404);
            currency = r.ok() && r.body() != null ? r.body().path("code").asText(null) : null;
        } catch (CartException e) {
            currency = null; // a key whose user may read orders but not settings: unknown, warned below
        }
    }

    /** {@code timezone_string} (an IANA name), else {@code gmt_offset} hours (a number or a string, maybe fractional). */
    static String zone(JsonNode index) {
        String name = index.path("timezone_string").asText("");
        if (!name.isBlank()) {
            try {
                return ZoneId.of(name).getId();
            } catch (DateTimeException e) {
                // fall through to the offset
            }
        }
        JsonNode offset = index.get("gmt_offset");
        if (offset == null || offset.isNull() || offset.asText().isBlank()) {
            return null;
        }
        try {
            double hours = Double.parseDouble(offset.asText());
            return ZoneOffset.ofTotalSeconds((int) Math.round(hours * 3600)).getId();
        } catch (RuntimeException e) {
            return null;
        }
    }

    private ConnectionReport report() {
        return new ConnectionReport(checks, zone, currency, "wc/v3", null, skew);
    }
}
