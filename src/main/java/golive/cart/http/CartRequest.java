package golive.cart.http;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * One request to a cart: where, GET or POST (with its body and content type), which headers, and
 * which non-2xx statuses the caller handles itself (e.g. 404 for "no such order", 400 for an OAuth
 * error) instead of the transport throwing. Immutable.
 *
 * @param body the POST body; null for a GET
 */
public record CartRequest(URI uri, String method, Map<String, String> headers, Set<Integer> passStatuses, String body) {

    public CartRequest {
        Objects.requireNonNull(uri, "uri");
        Objects.requireNonNull(method, "method");
        headers = Map.copyOf(headers);
        passStatuses = Set.copyOf(passStatuses);
    }

    public static CartRequest get(URI uri) {
        return new CartRequest(uri, "GET", Map.of(), Set.of(), null);
    }

    /** A POST of {@code body} as {@code contentType} (a GraphQL query, a token grant). */
    public static CartRequest post(URI uri, String contentType, String body) {
        return new CartRequest(uri, "POST", Map.of("Content-Type", contentType), Set.of(), Objects.requireNonNull(body, "body"));
    }

    public CartRequest header(String name, String value) {
        Map<String, String> h = new LinkedHashMap<>(headers);
        h.put(name, value);
        return new CartRequest(uri, method, h, passStatuses, body);
    }

    public CartRequest headers(Map<String, String> more) {
        Map<String, String> h = new LinkedHashMap<>(headers);
        h.putAll(more);
        return new CartRequest(uri, method, h, passStatuses, body);
    }

    /** Return these statuses as responses instead of throwing. */
    public CartRequest passing(int... statuses) {
        Set<Integer> s = new TreeSet<>(passStatuses);
        for (int st : statuses) {
            s.add(st);
        }
        return new CartRequest(uri, method, headers, s, body);
    }
}
