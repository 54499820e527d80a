package golive.cart.prestashop;

import com.fasterxml.jackson.databind.JsonNode;
import golive.cart.CartException;

import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;

/**
 * What reading a shop's orders needs from its settings, read once per listing: its time zone
 * ({@code PS_TIMEZONE}: every order time and filter is in it), its default currency
 * ({@code PS_CURRENCY_DEFAULT} → {@code /api/currencies/{id}}; an order names its currency only by
 * id, looked up once each), and its order states. Thread-safe.
 */
final class PrestaShopShop {
    private final PrestaShopClient client;
    private final ZoneId zone;
    private final String defaultCurrencyId;
    private final Map<String, String> configuration;
    private final Map<String, String> isoById = new ConcurrentHashMap<>();
    private volatile PrestaShopStates states;

    private PrestaShopShop(PrestaShopClient client, ZoneId zone, String defaultCurrencyId, Map<String, String> configuration) {
        this.client = client;
        this.zone = zone;
        this.defaultCurrencyId = defaultCurrencyId;
        this.configuration = configuration;
    }

    /** @throws CartException when the shop does not say its time zone (dates cannot be read without it) */
    static PrestaShopShop read(PrestaShopClient client) {
        Map<String, String> config = configuration(client);
        String tz = config.get("PS_TIMEZONE");
        ZoneId zone;
        try {
            zone = ZoneId.of(tz == null ? "" : tz.strip());
        } catch (DateTimeException e) {
            throw new CartException("the shop's PS_TIMEZONE is " + (tz == null ? "missing" : "'" + tz + "', not a time zone")
                    + ": set it in International › Localization › Configuration");
        }
        return new PrestaShopShop(client, zone, config.get("PS_CURRENCY_DEFAULT"), config);
    }

    /** The configuration values this connector reads, by name. */
    private static Map<String, String> configuration(PrestaShopClient client) {
        Set<String> names = new TreeSet<>(PrestaShopStates.CONFIGURATION);
        names.add("PS_TIMEZONE");
        names.add("PS_CURRENCY_DEFAULT");
        Map<String, String> params = new LinkedHashMap<>();
        params.put("filter[name]", "[" + String.join("|", names) + "]");
        params.put("display", "full");
        JsonNode list = PrestaShopOrders.list(client.get("configurations", params).body(), "configurations");
        Map<String, String> out = new LinkedHashMap<>();
        for (JsonNode c : list) {
            String name = c.path("name").asText(null);
            boolean global = c.path("id_shop").asText("").isBlank() || "0".equals(c.path("id_shop").asText());
            if (name != null && (global || !out.containsKey(name))) {
                out.put(name, c.path("value").asText(null)); // a shop-wide value over a shop's own, as one shop sees it
            }
        }
        return out;
    }

    ZoneId zone() {
        return zone;
    }

    /** The default currency's ISO code, or null when the shop names none. */
    String defaultCurrency() {
        return defaultCurrencyId == null ? null : currency(defaultCurrencyId);
    }

    /** The ISO code of currency {@code id} ({@code /api/currencies/{id}}), asked once. */
    String currency(String id) {
        return isoById.computeIfAbsent(id.strip(), i -> {
            if (!i.matches("\\d{1,9}")) {
                throw new IllegalArgumentException("id_currency '" + i + "' is not a currency id");
            }
            JsonNode c = client.get("currencies/" + i, Map.of()).body();
            String iso = c == null ? null : c.path("currency").path("iso_code").asText(null);
            if (iso == null || iso.isBlank()) {
                throw new CartException("the shop's currency " + i + " has no iso_code");
            }
            return iso.strip();
        });
    }

    /** The shop's order states, read on first use. */
    PrestaShopStates states() {
        PrestaShopStates s = states;
        if (s == null) {
            s = PrestaShopStates.of(client.get("order_states", Map.of("display", "full")).body(), configuration);
            states = s;
        }
        return s;
    }
}
