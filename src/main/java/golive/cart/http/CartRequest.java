package golive.cart.http;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * One GET to a cart: where, which headers, and which non-2xx statuses the caller handles
 * itself (e.g. 404 for "no such order") instead of the transport throwing. Immutable.
 */
public record CartRequest(URI uri, Map<String, String> headers, Set<Integer> passStatuses) {

    public CartRequest {
        Objects.requireNonNull(uri, "uri");
        headers = Map.copyOf(headers);
        passStatuses = Set.copyOf(passStatuses);
    }

    public static CartRequest get(URI uri) {
        return new CartRequest(uri, Map.of(), Set.of());
    }

    public CartRequest header(String name, String value) {
        Map<String, String> h = new LinkedHashMap<>(headers);
        h.put(name, value);
        return new CartRequest(uri, h, passStatuses);
    }

    public CartRequest headers(Map<String, String> more) {
        Map<String, String> h = new LinkedHashMap<>(headers);
        h.putAll(more);
        return new CartRequest(uri, h, passStatuses);
    }

    /** Return these statuses as responses instead of throwing. */
    public CartRequest passing(int... statuses) {
        Set<Integer> s = new TreeSet<>(passStatuses);
        for (int st : statuses) {
            s.add(st);
        }
        return new CartRequest(uri, headers, s);
    }
}
