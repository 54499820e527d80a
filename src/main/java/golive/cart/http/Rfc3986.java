package golive.cart.http;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.StringJoiner;

/**
 * RFC 3986 percent-encoding (PHP's {@code rawurlencode}), as OAuth 1.0a signatures and query strings
 * with brackets, colons or a '+' need it: never a '+' for a space, never a raw reserved character. Stateless.
 */
public final class Rfc3986 {
    private Rfc3986() {
    }

    /** Everything but A-Z a-z 0-9 - . _ ~ as %XX of its UTF-8 bytes. */
    public static String encode(String s) {
        StringBuilder out = new StringBuilder();
        for (byte b : s.getBytes(StandardCharsets.UTF_8)) {
            char c = (char) (b & 0xff);
            if ((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' || c == '.' || c == '_' || c == '~') {
                out.append(c);
            } else {
                out.append('%').append(String.format("%02X", b & 0xff));
            }
        }
        return out.toString();
    }

    /** Parameters as a query string, names and values encoded, in the map's order. */
    public static String query(Map<String, String> params) {
        StringJoiner q = new StringJoiner("&");
        params.forEach((k, v) -> q.add(encode(k) + "=" + encode(v)));
        return q.toString();
    }
}
