package golive.cart.http;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The rule for where credentials may be sent: https anywhere, plain http only to this
 * computer (127.0.0.0/8, localhost, ::1) — the sandbox; and never with user-info or a query in
 * the URL, which would put a credential where the store keeps it in plain text. Used by every connector and by the
 * CLI when the merchant enters a URL. Stateless, thread-safe.
 */
public final class CartUrls {
    private static final Pattern IPV4_LOOPBACK = Pattern.compile("127\\.\\d{1,3}\\.\\d{1,3}\\.\\d{1,3}");

    private CartUrls() {
    }

    /**
     * Parses what a merchant typed ("myshop.myshopify.com" gets https://) and checks it.
     *
     * @throws IllegalArgumentException saying what is wrong with it
     */
    public static URI parse(String text) {
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException("the store URL is empty");
        }
        String t = text.strip();
        if (!t.contains("://")) {
            t = "https://" + t;
        }
        try {
            return requireSecure(new URI(t));
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("'" + shown(t) + "' is not a valid URL: " + e.getReason());
        }
    }

    /**
     * What may be shown of what a merchant typed: up to the host and path, never user-info or a
     * query, which may carry a token.
     */
    public static String shown(String text) {
        String t = text == null ? "" : text.strip();
        int cut = indexOfAny(t, '?', '#');
        t = cut >= 0 ? t.substring(0, cut) : t;
        int scheme = t.indexOf("://");
        int at = t.lastIndexOf('@');
        if (at > scheme && (t.indexOf('/', scheme + 3) < 0 || at < t.indexOf('/', scheme + 3))) {
            t = t.substring(0, scheme + 3) + t.substring(at + 1);
        }
        return t;
    }

    private static int indexOfAny(String s, char a, char b) {
        int i = s.indexOf(a);
        int j = s.indexOf(b);
        return i < 0 ? j : j < 0 ? i : Math.min(i, j);
    }

    /**
     * @return {@code uri} when it is https, or http to a loopback host
     * @throws IllegalArgumentException for plain http elsewhere, other schemes or a missing host
     */
    public static URI requireSecure(URI uri) {
        if (uri == null) {
            throw new IllegalArgumentException("the store URL is missing");
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        String host = uri.getHost();
        if (uri.getRawUserInfo() != null) {
            throw new IllegalArgumentException("the store URL must not carry a user name, password or token"
                    + " (user@host): enter the credentials in their own fields");
        }
        if (uri.getRawQuery() != null || uri.getRawFragment() != null) {
            throw new IllegalArgumentException("the store URL must not carry a query (?...) or fragment (#...):"
                    + " enter just the store's address, and the credentials in their own fields");
        }
        if (host == null || host.isBlank()) {
            throw new IllegalArgumentException("the store URL '" + Secrets.redact(uri) + "' has no host name");
        }
        if (scheme.equals("https")) {
            return uri;
        }
        if (scheme.equals("http")) {
            if (isLoopback(host)) {
                return uri;
            }
            throw new IllegalArgumentException("plain http:// is refused for " + host
                    + ": credentials would travel unencrypted. Use https:// (plain http is allowed only to"
                    + " this computer: localhost, 127.0.0.1, ::1)");
        }
        throw new IllegalArgumentException("the store URL must start with https:// (got '" + scheme + "')");
    }

    /** True for localhost, 127.0.0.0/8 and ::1 as literals; never resolves a name. */
    public static boolean isLoopback(String host) {
        if (host == null) {
            return false;
        }
        String h = host.toLowerCase(Locale.ROOT);
        if (h.startsWith("[") && h.endsWith("]")) {
            h = h.substring(1, h.length() - 1);
        }
        if (h.equals("localhost") || h.equals("localhost.")) {
            return true;
        }
        if (IPV4_LOOPBACK.matcher(h).matches()) {
            for (String part : h.split("\\.")) {
                if (Integer.parseInt(part) > 255) {
                    return false;
                }
            }
            return true;
        }
        return h.equals("::1") || h.replaceAll("(^|:)0+(?=\\d)", "$1").equals("0:0:0:0:0:0:0:1");
    }
}
