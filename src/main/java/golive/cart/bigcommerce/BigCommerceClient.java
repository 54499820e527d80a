package golive.cart.bigcommerce;

import golive.cart.http.CartHttp;
import golive.cart.http.CartRequest;
import golive.cart.http.CartResponse;
import golive.cart.http.Secrets;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.StringJoiner;

/**
 * GETs under one store's Orders V2 root with its {@code X-Auth-Token}, every query value
 * form-encoded (a date's {@code +} as {@code %2B}: unencoded it arrives as a space), through the one
 * transport. Thread-safe.
 */
final class BigCommerceClient {
    static final String TOKEN_HEADER = "X-Auth-Token";

    private final URI root;
    private final String token;
    private final CartHttp http;

    /** @param root the V2 root, ending in {@code /v2/} */
    BigCommerceClient(URI root, String token, CartHttp http) {
        this.root = root;
        this.token = token;
        this.http = http;
        Secrets.register(token);
    }

    URI root() {
        return root;
    }

    /**
     * @param path    relative to the root: "orders", "orders/100/products"
     * @param params  query parameters in order (values unencoded)
     * @param passing statuses returned instead of thrown (204 past the end, 404 for no such order)
     */
    CartResponse get(String path, Map<String, String> params, int... passing) {
        StringJoiner query = new StringJoiner("&");
        params.forEach((k, v) -> query.add(encode(k) + "=" + encode(v)));
        URI uri = root.resolve(path + (params.isEmpty() ? "" : "?" + query));
        return http.send(CartRequest.get(uri).header(TOKEN_HEADER, token).passing(passing));
    }

    private static String encode(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
