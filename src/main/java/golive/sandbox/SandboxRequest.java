package golive.sandbox;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * One HTTP request as the sandbox server read it. Header names are lower-cased.
 * Immutable (the body array is not copied).
 */
public record SandboxRequest(String method, String path, String rawQuery, Map<String, List<String>> headers,
                             byte[] body) {

    public SandboxRequest {
        headers = Collections.unmodifiableMap(new LinkedHashMap<>(headers));
    }

    public Optional<String> header(String name) {
        List<String> values = headers.get(name.toLowerCase(Locale.ROOT));
        return values == null || values.isEmpty() ? Optional.empty() : Optional.of(values.get(0));
    }

    /**
     * Query parameters decoded as a form (so an unencoded '+' becomes a space, exactly the trap
     * a real server sets); a repeated name keeps its last value. In request order.
     */
    public Map<String, String> params() {
        return form(rawQuery);
    }

    /** The body as an {@code application/x-www-form-urlencoded} form, read as {@link #params()}. */
    public Map<String, String> formBody() {
        return form(body == null ? null : new String(body, StandardCharsets.UTF_8));
    }

    private static Map<String, String> form(String encoded) {
        Map<String, String> out = new LinkedHashMap<>();
        if (encoded == null || encoded.isEmpty()) {
            return out;
        }
        for (String part : encoded.split("&")) {
            if (part.isEmpty()) {
                continue;
            }
            int eq = part.indexOf('=');
            String name = eq < 0 ? part : part.substring(0, eq);
            String value = eq < 0 ? "" : part.substring(eq + 1);
            out.put(decode(name), decode(value));
        }
        return out;
    }

    /** Path and query as sent, for logs. */
    public String target() {
        return rawQuery == null ? path : path + "?" + rawQuery;
    }

    private static String decode(String s) {
        try {
            return URLDecoder.decode(s, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return s;
        }
    }
}
