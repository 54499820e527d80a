package golive.cart.woocommerce;

import golive.cart.CartException;
import golive.cart.http.CartHttp;
import golive.cart.http.CartResponse;
import golive.cart.http.ErrorBodies;

import java.net.URI;
import java.util.Map;

/**
 * GETs against one site's {@code /wp-json/} with the consumer key and secret attached by
 * {@link WooAuth}. A 401 {@code woocommerce_rest_cannot_view} to a request that carried Basic
 * means the request ran anonymously: the host stripped the Authorization header, so the same
 * request goes again with the query-string fallback (a key WooCommerce does not know fails the
 * same way both times, and is then reported). Thread-safe.
 */
final class WooClient {
    static final String CANNOT_VIEW = "woocommerce_rest_cannot_view";

    private final URI site;
    private final WooAuth auth;
    private final CartHttp http;

    WooClient(URI site, WooAuth auth, CartHttp http) {
        this.site = site;
        this.auth = auth;
        this.http = http;
    }

    URI site() {
        return site;
    }

    WooAuth auth() {
        return auth;
    }

    /** The public {@code /wp-json/} index: no credentials sent. */
    CartResponse index() {
        return http.get(URI.create(site + "/wp-json/?_fields=name,url,home,gmt_offset,timezone_string,namespaces"), Map.of());
    }

    /**
     * {@code GET /wp-json/wc/v3/{path}} with {@code params}; {@code pass} lists statuses returned
     * instead of thrown (404 for "no such order").
     *
     * @throws CartException.Rejected on 401/403 in WooCommerce's own words
     */
    CartResponse get(String path, Map<String, String> params, int... pass) {
        URI endpoint = URI.create(site + "/wp-json/wc/v3/" + path);
        CartResponse r = once(endpoint, params, pass);
        if (r.status() == 401 && CANNOT_VIEW.equals(code(r)) && auth.fallBackToQuery()) {
            r = once(endpoint, params, pass);
        }
        if (r.status() == 401 || r.status() == 403) {
            throw new Rejected(r.status(), code(r), message(r));
        }
        return r;
    }

    private CartResponse once(URI endpoint, Map<String, String> params, int... pass) {
        int[] statuses = java.util.stream.IntStream.concat(java.util.Arrays.stream(pass), java.util.stream.IntStream.of(401, 403)).toArray();
        return http.send(() -> auth.get(endpoint, params).passing(statuses)); // signed afresh for each attempt
    }

    /** WooCommerce's error code ({@code {"code", "message", "data": {"status"}}}), or null. */
    static String code(CartResponse r) {
        return r.body() == null ? null : r.body().path("code").asText(null);
    }

    static String message(CartResponse r) {
        String m = ErrorBodies.message(r.body(), null);
        return m != null ? m : "HTTP " + r.status() + " from " + r.uri().getHost();
    }

    /** A 401/403 with WooCommerce's error code, so the connection test can tell the causes apart. */
    static final class Rejected extends CartException.Rejected {
        private final String code;

        Rejected(int status, String code, String message) {
            super(status, message);
            this.code = code;
        }

        String code() {
            return code;
        }
    }
}
