package golive.cart.prestashop;

import golive.cart.CartException;
import golive.cart.CheckResult;
import golive.cart.ClockSkew;
import golive.cart.ConnectionReport;
import golive.cart.http.CartResponse;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Step 2 for PrestaShop, each failure in PrestaShop's own words and with what to change:
 * {@code HEAD /api/} (the webservice answers; its clock), one orders read ({@code display=[id]&limit=1}:
 * the key, and its GET right on orders — a bad key format, an unknown or disabled key and a key
 * without the orders resource are told apart), the shop's {@code PS_TIMEZONE} and default currency
 * ({@code configurations}, {@code currencies}) and its order states ({@code order_states}). One use
 * per instance.
 */
final class PrestaShopConnectionCheck {
    private static final String KEYS = " In the PrestaShop back office: Advanced Parameters › Webservice.";

    private final PrestaShopClient client;
    private final Clock clock;
    private final List<CheckResult> checks = new ArrayList<>();
    private String zone;
    private String currency;
    private Duration skew;

    PrestaShopConnectionCheck(PrestaShopClient client, Clock clock) {
        this.client = client;
        this.clock = clock;
    }

    ConnectionReport run() {
        String host = client.api().getHost();
        CartResponse root;
        try {
            root = client.head(401, 404);
        } catch (CartException e) {
            checks.add(CheckResult.fail("reachable", e.getMessage()));
            return report();
        }
        Instant localNow = clock.instant();
        if (root.status() == 404 || root.header("PSWS-Version").isEmpty() && root.header("X-Powered-By")
                .filter(v -> v.contains("PrestaShop")).isEmpty()) {
            checks.add(CheckResult.fail("reachable", client.api() + " answered, but not as the PrestaShop webservice: enable"
                    + " friendly URLs (Shop Parameters › Traffic & SEO) so /api/ reaches it, or check the shop's address"));
            return report();
        }
        checks.add(CheckResult.pass("reachable", host + " answered (PrestaShop webservice " + root.header("PSWS-Version").orElse("") + ")"));
        if (orders()) {
            storeInfo();
        }
        ClockSkew c = ClockSkew.of(localNow, root.cartDate().orElse(null), "the shop");
        checks.add(c.check());
        skew = c.skew();
        return report();
    }

    /** The orders call: key and GET on orders at once. @return whether orders may be read */
    private boolean orders() {
        try {
            client.get("orders", Map.of("display", "[id]", "limit", "1"));
        } catch (PrestaShopClient.Rejected e) {
            refused(e);
            return false;
        } catch (CartException e) {
            checks.add(CheckResult.pass("credentials", "not judged: the orders call failed"));
            checks.add(CheckResult.fail("orders_page", e.getMessage()));
            return false;
        }
        checks.add(CheckResult.pass("credentials", "the webservice key was accepted"
                + (client.keyInQuery() ? " (as the ws_key parameter: the host drops the Authorization header)" : "")));
        checks.add(CheckResult.pass("read_orders", "the key may read orders"));
        checks.add(CheckResult.pass("orders_page", "read a page of orders"));
        return true;
    }

    /** Which refusal it was, in PrestaShop's words and with what to change. */
    private void refused(PrestaShopClient.Rejected e) {
        String said = e.getMessage();
        switch (e.refusal()) {
            case BAD_FORMAT -> checks.add(CheckResult.fail("credentials", said + ": a webservice key is 32 letters and digits;"
                    + " copy the whole Key column again." + KEYS));
            case UNKNOWN_KEY -> checks.add(CheckResult.fail("credentials", said + ": the shop has no enabled key like this one"
                    + " (deleted, disabled, or another shop's); edit it, set Status to Yes, or add a new key." + KEYS));
            case RESOURCE_NOT_ALLOWED -> {
                checks.add(CheckResult.pass("credentials", "the webservice key was accepted"));
                checks.add(CheckResult.fail("read_orders", said + ": edit the key and tick View (GET) for orders, order_states,"
                        + " configurations and currencies, then Save." + KEYS));
            }
            case NO_KEY -> checks.add(CheckResult.fail("credentials", said + ": the key did not reach PrestaShop, neither as the"
                    + " Authorization header nor as ws_key; the host's server setup drops it (Apache: CGIPassAuth On)"));
            case OTHER -> checks.add(CheckResult.fail("credentials", said + " (HTTP " + e.status() + ")." + KEYS));
        }
    }

    /** The shop's zone, currency and states: reading needs all three, so a missing permission fails. */
    private void storeInfo() {
        try {
            PrestaShopShop shop = PrestaShopShop.read(client);
            zone = shop.zone().getId();
            currency = shop.defaultCurrency();
            PrestaShopStates states = shop.states();
            checks.add(CheckResult.pass("store_info", "time zone " + zone + ", currency " + (currency == null ? "not set" : currency)
                    + "; " + states.size() + " order states, " + states.importable() + " of them importable"));
        } catch (PrestaShopClient.Rejected e) {
            checks.add(CheckResult.fail("store_info", e.getMessage() + ": edit the key and tick View (GET) for order_states,"
                    + " configurations and currencies, then Save." + KEYS));
        } catch (CartException e) {
            checks.add(CheckResult.fail("store_info", "the shop's settings could not be read: " + e.getMessage()));
        }
    }

    private ConnectionReport report() {
        return new ConnectionReport(checks, zone, currency, null, null, skew);
    }
}
