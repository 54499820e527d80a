package golive.cart.http;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Comparator;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The process-wide registry of secret values (tokens, keys, consumer secrets) and the
 * redaction every message of the transport passes through. Values are registered as soon as
 * a connector is opened, and whenever the transport sends a secret header or query parameter,
 * so an exception or log line can never carry one. Thread-safe.
 */
public final class Secrets {
    public static final String MASK = "***";

    /** Shorter values would mask ordinary words; no real credential is this short. */
    private static final int MIN_LENGTH = 4;
    private static final Set<String> VALUES = ConcurrentHashMap.newKeySet();
    private static final Set<String> HEADERS = Set.of(
            "x-shopify-access-token", "authorization", "proxy-authorization", "x-auth-token", "cookie");
    private static final Set<String> PARAMS = Set.of(
            "consumer_key", "consumer_secret", "ws_key", "access_token", "token", "api_key", "apikey",
            "key", "password", "secret", "oauth_signature", "oauth_token", "signature");

    private Secrets() {
    }

    /** Remembers {@code value} (and its URL-encoded form) for redaction; null and tiny values are ignored. */
    public static void register(String value) {
        if (value == null || value.strip().length() < MIN_LENGTH) {
            return;
        }
        VALUES.add(value);
        VALUES.add(URLEncoder.encode(value, StandardCharsets.UTF_8));
        for (String scheme : new String[] {"Basic ", "Bearer ", "OAuth "}) {
            if (value.regionMatches(true, 0, scheme, 0, scheme.length())) {
                register(value.substring(scheme.length()).strip());
            }
        }
    }

    public static boolean isSecretHeader(String name) {
        return name != null && HEADERS.contains(name.toLowerCase(Locale.ROOT));
    }

    public static boolean isSecretParam(String name) {
        return name != null && PARAMS.contains(name.toLowerCase(Locale.ROOT));
    }

    /** {@code text} with every registered secret replaced by {@value #MASK}. */
    public static String redact(String text) {
        if (text == null || text.isEmpty() || VALUES.isEmpty()) {
            return text;
        }
        String out = text;
        // longest first, so a secret containing another is masked whole
        for (String v : VALUES.stream().sorted(Comparator.comparingInt(String::length).reversed()).toList()) {
            if (out.contains(v)) {
                out = out.replace(v, MASK);
            }
        }
        return out;
    }

    /** The URI as safe to show: user-info dropped, secret query values masked, registered secrets masked. */
    public static String redact(URI uri) {
        if (uri == null) {
            return "null";
        }
        StringBuilder sb = new StringBuilder();
        if (uri.getScheme() != null) {
            sb.append(uri.getScheme()).append("://");
        }
        if (uri.getRawAuthority() != null) {
            String authority = uri.getRawAuthority();
            int at = authority.lastIndexOf('@');
            sb.append(at >= 0 ? authority.substring(at + 1) : authority);
        }
        sb.append(uri.getRawPath() == null ? "" : uri.getRawPath());
        String query = uri.getRawQuery();
        if (query != null) {
            sb.append('?');
            String[] parts = query.split("&");
            for (int i = 0; i < parts.length; i++) {
                int eq = parts[i].indexOf('=');
                String name = eq < 0 ? parts[i] : parts[i].substring(0, eq);
                sb.append(i > 0 ? "&" : "").append(eq >= 0 && isSecretParam(name) ? name + "=" + MASK : parts[i]);
            }
        }
        return redact(sb.toString());
    }
}
