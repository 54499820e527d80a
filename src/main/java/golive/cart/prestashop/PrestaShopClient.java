package golive.cart.prestashop;

import golive.cart.CartException;
import golive.cart.http.CartHttp;
import golive.cart.http.CartRequest;
import golive.cart.http.CartResponse;
import golive.cart.http.Secrets;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.StringJoiner;

/**
 * GETs under one shop's {@code /api/} with the webservice key, always asking for JSON. The key goes
 * as the Basic user with an empty password; when PrestaShop answers that no key was given (codes 16
 * and 17: the host stripped {@code Authorization} on its way to PHP, as CGI does) the same request
 * goes again with the documented {@code ws_key} parameter, and so does every later one. A refusal is
 * thrown as {@link Rejected} with which one it was, read from PrestaShop's own messages (JSON or XML
 * bodies alike). Thread-safe: the mode only ever moves from Basic to the parameter.
 */
final class PrestaShopClient {
    /** The refusals PrestaShop tells apart ({@code WebserviceRequest::authenticate} and {@code checkResource}). */
    enum Refusal {
        NO_KEY, BAD_FORMAT, UNKNOWN_KEY, RESOURCE_NOT_ALLOWED, OTHER;

        static Refusal of(String message) {
            String m = message == null ? "" : message.toLowerCase(Locale.ROOT);
            if (m.contains("please enter the authentication key") || m.contains("authentication key is empty")) {
                return NO_KEY;
            }
            if (m.contains("invalid authentication key format")) {
                return BAD_FORMAT;
            }
            if (m.contains("is not allowed with this authentication key")) {
                return RESOURCE_NOT_ALLOWED;
            }
            if (m.contains("not active") || m.contains("does not exist") || m.contains("no permission for this authentication key")) {
                return UNKNOWN_KEY;
            }
            return OTHER;
        }
    }

    private final URI api;
    private final String key;
    private final CartHttp http;
    private volatile boolean keyInQuery;

    /** @param shop the shop's address, without {@code /api/} */
    PrestaShopClient(URI shop, String key, CartHttp http) {
        this.api = URI.create(shop + "/api/");
        this.key = key;
        this.http = http;
        Secrets.register(key);
    }

    URI api() {
        return api;
    }

    boolean keyInQuery() {
        return keyInQuery;
    }

    /**
     * @param path    under {@code /api/}: "orders", "orders/6", "" for the root
     * @param params  query parameters (values unencoded); {@code output_format=JSON} is added
     * @param passing statuses returned instead of thrown (404 for no such order)
     * @throws Rejected on 401/403, with PrestaShop's message and which refusal it is
     */
    CartResponse get(String path, Map<String, String> params, int... passing) {
        return send("GET", path, params, passing);
    }

    /** {@code HEAD /api/}: PrestaShop answers it with its headers and no body. */
    CartResponse head(int... passing) {
        return send("HEAD", "", Map.of(), passing);
    }

    private CartResponse send(String method, String path, Map<String, String> params, int... passing) {
        try {
            return http.send(request(method, path, params, passing));
        } catch (CartException.Rejected e) {
            Refusal refusal = Refusal.of(e.getMessage());
            if (refusal == Refusal.NO_KEY && !keyInQuery) {
                keyInQuery = true;
                return send(method, path, params, passing);
            }
            throw new Rejected(e.status(), refusal, e.getMessage());
        }
    }

    private CartRequest request(String method, String path, Map<String, String> params, int... passing) {
        Map<String, String> all = new LinkedHashMap<>(params);
        all.put("output_format", "JSON");
        if (keyInQuery) {
            all.put("ws_key", key);
        }
        StringJoiner query = new StringJoiner("&");
        all.forEach((k, v) -> query.add(encode(k) + "=" + encode(v)));
        URI uri = URI.create(api + path + "?" + query);
        CartRequest r = new CartRequest(uri, method, Map.of(), java.util.Set.of(), null).passing(passing);
        return keyInQuery ? r : r.header("Authorization",
                "Basic " + Base64.getEncoder().encodeToString((key + ":").getBytes(StandardCharsets.UTF_8)));
    }

    /** Form-encoded, but a space as {@code %20}: PrestaShop's filters want "2025-01-02%2014:05:27". */
    static String encode(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8).replace("+", "%20");
    }

    /** A 401/403 and which of PrestaShop's refusals it was. */
    static final class Rejected extends CartException.Rejected {
        private final Refusal refusal;

        Rejected(int status, Refusal refusal, String message) {
            super(status, message);
            this.refusal = refusal;
        }

        Refusal refusal() {
            return refusal;
        }
    }
}
