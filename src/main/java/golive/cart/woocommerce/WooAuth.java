package golive.cart.woocommerce;

import golive.cart.http.CartRequest;
import golive.cart.http.Rfc3986;
import golive.cart.http.Secrets;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Map;
import java.util.StringJoiner;
import java.util.TreeMap;

/**
 * How a request carries the consumer key and secret. WooCommerce reads HTTP Basic only when
 * WordPress believes the request is secure; on plain http it reads nothing but OAuth 1.0a
 * one-legged signatures; and a host that strips {@code Authorization} (CGI, some proxies) needs the
 * documented query-string fallback. Thread-safe: the mode only ever moves from Basic to the query.
 */
final class WooAuth {
    /** BASIC: the Authorization header; QUERY: consumer_key and consumer_secret parameters; OAUTH: a signed query. */
    enum Mode { BASIC, QUERY, OAUTH }

    private static final SecureRandom NONCES = new SecureRandom();

    private final String key;
    private final String secret;
    private final Clock clock;
    private volatile Mode mode;

    WooAuth(String key, String secret, Clock clock, Mode mode) {
        this.key = key;
        this.secret = secret;
        this.clock = clock;
        this.mode = mode;
        Secrets.register(key);
        Secrets.register(secret);
    }

    /** Basic over https, OAuth over plain http (loopback only: the transport refuses it elsewhere). */
    static Mode forScheme(String scheme) {
        return "https".equalsIgnoreCase(scheme) ? Mode.BASIC : Mode.OAUTH;
    }

    Mode mode() {
        return mode;
    }

    /** The host dropped the Authorization header: from now on the credentials travel as parameters. */
    boolean fallBackToQuery() {
        if (mode != Mode.BASIC) {
            return false;
        }
        mode = Mode.QUERY;
        return true;
    }

    /** A GET of {@code endpoint} (no query) with {@code params}, authenticated the current way. */
    CartRequest get(URI endpoint, Map<String, String> params) {
        Map<String, String> all = new TreeMap<>(params);
        switch (mode) {
            case QUERY -> {
                all.put("consumer_key", key);
                all.put("consumer_secret", secret);
            }
            case OAUTH -> sign(endpoint, all);
            case BASIC -> { }
        }
        CartRequest request = CartRequest.get(URI.create(endpoint + (all.isEmpty() ? "" : "?" + Rfc3986.query(all))));
        if (mode == Mode.BASIC) {
            String basic = Base64.getEncoder().encodeToString((key + ":" + secret).getBytes(StandardCharsets.UTF_8));
            request = request.header("Authorization", "Basic " + basic);
        }
        return request;
    }

    /**
     * Adds the oauth_* parameters and the HMAC-SHA256 signature the way WooCommerce checks it
     * ({@code WC_REST_Authentication::check_oauth_signature}): every parameter, keys in byte order,
     * keys and values RFC 3986-encoded once and joined with an encoded "=" and "&"; the key is the
     * consumer secret followed by "&".
     */
    private void sign(URI endpoint, Map<String, String> params) {
        byte[] nonce = new byte[16];
        NONCES.nextBytes(nonce);
        params.put("oauth_consumer_key", key);
        params.put("oauth_nonce", HexFormat.of().formatHex(nonce));
        params.put("oauth_signature_method", "HMAC-SHA256");
        params.put("oauth_timestamp", String.valueOf(clock.instant().getEpochSecond()));
        params.put("oauth_signature", signature("GET", endpoint.toString(), params, secret));
    }

    /** The base64 HMAC-SHA256 signature of a request; the sandbox checks with the same rule. */
    static String signature(String method, String endpoint, Map<String, String> params, String consumerSecret) {
        StringJoiner normal = new StringJoiner("%26");
        new TreeMap<>(params).forEach((k, v) -> {
            if (!k.equals("oauth_signature")) {
                normal.add(Rfc3986.encode(k) + "%3D" + Rfc3986.encode(v));
            }
        });
        String base = method.toUpperCase(java.util.Locale.ROOT) + "&" + Rfc3986.encode(endpoint) + "&" + normal;
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec((consumerSecret + "&").getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return Base64.getEncoder().encodeToString(mac.doFinal(base.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA256 is part of every JDK", e);
        }
    }
}
