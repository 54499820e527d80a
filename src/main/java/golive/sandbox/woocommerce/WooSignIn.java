package golive.sandbox.woocommerce;

import golive.sandbox.SandboxRequest;
import golive.sandbox.SandboxResponse;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Duration;
import java.util.Base64;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * Who a request is, by WooCommerce's rules ({@code WC_REST_Authentication}): when WordPress thinks
 * the request secure, HTTP Basic (unless the host stripped the header) or the consumer_key and
 * consumer_secret parameters, a known key with a wrong secret refused; otherwise only OAuth 1.0a
 * one-legged signatures (HMAC-SHA1 or -SHA256, a timestamp within 15 minutes, a nonce used once),
 * a signature over every parameter checked the way WooCommerce builds it. No credentials, or a
 * key it does not know over Basic, is nobody. Thread-safe.
 */
final class WooSignIn {
    /** The key the request carries (null: nobody), or the error that ends it. */
    record Result(WooKeys.Key key, SandboxResponse error) {
    }

    private static final Duration TIMESTAMP_WINDOW = Duration.ofMinutes(15);

    private final WooKeys keys;
    private final Clock clock;
    private final Supplier<URI> home;
    private final Set<String> nonces = ConcurrentHashMap.newKeySet();
    private volatile boolean secure;
    private volatile boolean stripsAuthorization;

    WooSignIn(WooKeys keys, Clock clock, Supplier<URI> home) {
        this.keys = keys;
        this.clock = clock;
        this.home = home;
    }

    void secure(boolean tls, boolean strips) {
        this.secure = tls;
        this.stripsAuthorization = strips;
    }

    Result check(SandboxRequest request) {
        Map<String, String> params = request.params();
        if (secure) {
            String[] basic = stripsAuthorization ? null : basic(request.header("Authorization").orElse(null));
            String key = basic != null ? basic[0] : params.get("consumer_key");
            String secret = basic != null ? basic[1] : params.get("consumer_secret");
            if (key == null || secret == null) {
                return new Result(null, null);
            }
            WooKeys.Key k = keys.find(key).orElse(null);
            if (k == null) {
                return new Result(null, null); // WooCommerce goes on as nobody
            }
            return equal(k.consumerSecret(), secret) ? new Result(k, null)
                    : refuse("woocommerce_rest_authentication_error", "Consumer secret is invalid.");
        }
        if (!params.containsKey("oauth_consumer_key")) {
            return new Result(null, null); // Basic is not even read over plain http
        }
        return oauth(request, params);
    }

    private Result oauth(SandboxRequest request, Map<String, String> params) {
        for (String p : new String[] {"oauth_consumer_key", "oauth_timestamp", "oauth_nonce", "oauth_signature", "oauth_signature_method"}) {
            if (!params.containsKey(p)) {
                return refuse("woocommerce_rest_authentication_missing_parameter", "Missing OAuth parameter " + p);
            }
        }
        WooKeys.Key k = keys.find(params.get("oauth_consumer_key")).orElse(null);
        if (k == null) {
            return refuse("woocommerce_rest_authentication_error", "Consumer key is invalid.");
        }
        String method = params.get("oauth_signature_method");
        if (!method.equals("HMAC-SHA1") && !method.equals("HMAC-SHA256")) {
            return refuse("woocommerce_rest_authentication_error", "Invalid signature - signature method is invalid.");
        }
        String expected = sign(request.method(), home.get() + request.path(), params, k.consumerSecret(), method);
        String given = params.get("oauth_signature").replace(' ', '+');
        if (!equal(expected, given)) {
            return refuse("woocommerce_rest_authentication_error", "Invalid signature - provided signature does not match.");
        }
        long ts;
        try {
            ts = Long.parseLong(params.get("oauth_timestamp"));
        } catch (NumberFormatException e) {
            return refuse("woocommerce_rest_authentication_error", "Invalid timestamp.");
        }
        if (Math.abs(clock.instant().getEpochSecond() - ts) > TIMESTAMP_WINDOW.toSeconds()) {
            return refuse("woocommerce_rest_authentication_error", "Invalid timestamp.");
        }
        if (!nonces.add(k.consumerKey() + ":" + ts + ":" + params.get("oauth_nonce"))) {
            return refuse("woocommerce_rest_authentication_error", "Invalid nonce - nonce has already been used.");
        }
        return new Result(k, null);
    }

    /** WooCommerce's string to sign: every parameter but the signature, in byte order, rawurlencoded once, joined encoded. */
    private static String sign(String method, String url, Map<String, String> params, String secret, String signatureMethod) {
        StringBuilder query = new StringBuilder();
        for (Map.Entry<String, String> e : new TreeMap<>(params).entrySet()) {
            if (e.getKey().equals("oauth_signature")) {
                continue;
            }
            query.append(query.length() == 0 ? "" : "%26").append(rawurlencode(e.getKey())).append("%3D").append(rawurlencode(e.getValue()));
        }
        String toSign = method + "&" + rawurlencode(url) + "&" + query;
        String algorithm = signatureMethod.equals("HMAC-SHA1") ? "HmacSHA1" : "HmacSHA256";
        try {
            Mac mac = Mac.getInstance(algorithm);
            mac.init(new SecretKeySpec((secret + "&").getBytes(StandardCharsets.UTF_8), algorithm));
            return Base64.getEncoder().encodeToString(mac.doFinal(toSign.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** PHP's rawurlencode, from java.net.URLEncoder's form encoding. */
    private static String rawurlencode(String s) {
        return java.net.URLEncoder.encode(s, StandardCharsets.UTF_8).replace("+", "%20").replace("%7E", "~").replace("*", "%2A");
    }

    private static String[] basic(String header) {
        if (header == null || !header.regionMatches(true, 0, "Basic ", 0, 6)) {
            return null;
        }
        String pair;
        try {
            pair = new String(Base64.getDecoder().decode(header.substring(6).strip()), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return null;
        }
        int colon = pair.indexOf(':');
        return colon < 0 ? null : new String[] {pair.substring(0, colon), pair.substring(colon + 1)};
    }

    private static boolean equal(String a, String b) {
        return MessageDigest.isEqual(a.getBytes(StandardCharsets.UTF_8), b.getBytes(StandardCharsets.UTF_8));
    }

    private static Result refuse(String code, String message) {
        return new Result(null, SandboxResponse.json(401, WooRender.error(code, message, 401)));
    }
}
