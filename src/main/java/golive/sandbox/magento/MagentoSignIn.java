package golive.sandbox.magento;

import golive.sandbox.SandboxRequest;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.net.URI;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Who a request is, by Magento's rules: {@code Authorization: Bearer} with an integration's access
 * token only while the store allows standalone Bearer tokens
 * ({@code oauth/consumer/enable_integration_as_bearer}); else an {@code Authorization: OAuth}
 * header signed with HMAC-SHA1 or -SHA256 over RFC 5849's base string (the raw query's parameters
 * and the oauth_* ones), keyed with the consumer secret and the token secret, a nonce used once and
 * a timestamp no more than 10 minutes off. Whatever fails, the request runs as nobody: Magento then
 * answers in one voice for every cause. Thread-safe.
 */
final class MagentoSignIn {
    private static final long TIMESTAMP_WINDOW_SECONDS = 600;
    private static final Pattern PARAM = Pattern.compile("([A-Za-z_]+)=\"([^\"]*)\"");

    private final MagentoIntegrations integrations;
    private final Clock clock;
    private final Supplier<URI> home;
    private final Set<String> nonces = ConcurrentHashMap.newKeySet();
    private volatile boolean bearerAllowed = true;

    MagentoSignIn(MagentoIntegrations integrations, Clock clock, Supplier<URI> home) {
        this.integrations = integrations;
        this.clock = clock;
        this.home = home;
    }

    void bearerAllowed(boolean allowed) {
        this.bearerAllowed = allowed;
    }

    boolean bearerAllowed() {
        return bearerAllowed;
    }

    /** The integration the request carries, or null for nobody. */
    MagentoIntegrations.Integration check(SandboxRequest request) {
        String header = request.header("Authorization").orElse("");
        if (header.regionMatches(true, 0, "Bearer ", 0, 7)) {
            return bearerAllowed ? integrations.byToken(header.substring(7).strip()).orElse(null) : null;
        }
        if (header.regionMatches(true, 0, "OAuth ", 0, 6)) {
            return oauth(request, header.substring(6));
        }
        return null;
    }

    private MagentoIntegrations.Integration oauth(SandboxRequest request, String header) {
        Map<String, String> oauth = new LinkedHashMap<>();
        Matcher m = PARAM.matcher(header);
        while (m.find()) {
            oauth.put(m.group(1), URLDecoder.decode(m.group(2), StandardCharsets.UTF_8));
        }
        for (String p : new String[] {"oauth_consumer_key", "oauth_token", "oauth_signature_method", "oauth_nonce", "oauth_timestamp", "oauth_signature"}) {
            if (!oauth.containsKey(p)) {
                return null;
            }
        }
        MagentoIntegrations.Integration i = integrations.byToken(oauth.get("oauth_token")).orElse(null);
        if (i == null || !i.consumerKey().equals(oauth.get("oauth_consumer_key"))) {
            return null;
        }
        String algorithm = switch (oauth.get("oauth_signature_method")) {
            case "HMAC-SHA256" -> "HmacSHA256";
            case "HMAC-SHA1" -> "HmacSHA1";
            default -> null;
        };
        if (algorithm == null) {
            return null;
        }
        List<String[]> params = new ArrayList<>();
        rawQuery(request.rawQuery(), params);
        oauth.forEach((k, v) -> {
            if (!k.equals("oauth_signature") && !k.equals("realm")) {
                params.add(new String[] {k, v});
            }
        });
        String expected = hmac(algorithm, rfc3986(i.consumerSecret()) + "&" + rfc3986(i.tokenSecret()),
                request.method() + "&" + rfc3986(home.get() + request.path()) + "&" + rfc3986(normalised(params)));
        if (!MessageDigest.isEqual(expected.getBytes(StandardCharsets.UTF_8), oauth.get("oauth_signature").getBytes(StandardCharsets.UTF_8))) {
            return null;
        }
        long ts;
        try {
            ts = Long.parseLong(oauth.get("oauth_timestamp"));
        } catch (NumberFormatException e) {
            return null;
        }
        if (Math.abs(clock.instant().getEpochSecond() - ts) > TIMESTAMP_WINDOW_SECONDS
                || !nonces.add(i.consumerKey() + ":" + oauth.get("oauth_nonce"))) {
            return null;
        }
        return i;
    }

    /** The query's parameters decoded once (percent-decoding, '+' as a space: how PHP reads a query). */
    private static void rawQuery(String raw, List<String[]> into) {
        if (raw == null || raw.isEmpty()) {
            return;
        }
        for (String part : raw.split("&")) {
            int eq = part.indexOf('=');
            into.add(new String[] {URLDecoder.decode(eq < 0 ? part : part.substring(0, eq), StandardCharsets.UTF_8),
                    eq < 0 ? "" : URLDecoder.decode(part.substring(eq + 1), StandardCharsets.UTF_8)});
        }
    }

    /** RFC 5849 §3.4.1.3.2: encode names and values, sort by name then value, join as name=value with '&'. */
    private static String normalised(List<String[]> params) {
        List<String[]> encoded = new ArrayList<>();
        params.forEach(p -> encoded.add(new String[] {rfc3986(p[0]), rfc3986(p[1])}));
        encoded.sort((a, b) -> a[0].equals(b[0]) ? a[1].compareTo(b[1]) : a[0].compareTo(b[0]));
        StringBuilder s = new StringBuilder();
        encoded.forEach(p -> s.append(s.length() == 0 ? "" : "&").append(p[0]).append('=').append(p[1]));
        return s.toString();
    }

    private static String rfc3986(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8).replace("+", "%20").replace("*", "%2A").replace("%7E", "~");
    }

    private static String hmac(String algorithm, String key, String text) {
        try {
            Mac mac = Mac.getInstance(algorithm);
            mac.init(new SecretKeySpec(key.getBytes(StandardCharsets.UTF_8), algorithm));
            return Base64.getEncoder().encodeToString(mac.doFinal(text.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
