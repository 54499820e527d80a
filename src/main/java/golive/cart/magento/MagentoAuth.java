package golive.cart.magento;

import golive.cart.CartConfig;
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
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.StringJoiner;

/**
 * How a request carries an integration's credentials. Magento 2.4.4+ refuses an integration's access
 * token as a plain Bearer token unless the merchant allows it (Stores › Configuration › Services ›
 * OAuth › Consumer Settings); otherwise each request is signed with OAuth 1.0a (RFC 5849, HMAC-SHA256)
 * with all four credentials. A fresh nonce and timestamp per call: build the request anew for every
 * attempt. Immutable, thread-safe.
 */
final class MagentoAuth {
    private static final SecureRandom NONCES = new SecureRandom();

    private final String consumerKey;
    private final String consumerSecret;
    private final String token;
    private final String tokenSecret;
    private final Clock clock;

    private MagentoAuth(String consumerKey, String consumerSecret, String token, String tokenSecret, Clock clock) {
        this.consumerKey = consumerKey;
        this.consumerSecret = consumerSecret;
        this.token = token;
        this.tokenSecret = tokenSecret;
        this.clock = clock;
        for (String s : new String[] {consumerKey, consumerSecret, token, tokenSecret}) {
            Secrets.register(s);
        }
    }

    /** OAuth when the four credentials were given, else the token as a Bearer token. */
    static MagentoAuth of(CartConfig config, Clock clock) {
        String token = config.secret(CartConfig.TOKEN);
        if (token == null) {
            throw new IllegalArgumentException("a Magento connection needs the integration's access token");
        }
        String key = config.secret(CartConfig.KEY);
        String secret = config.secret(CartConfig.SECRET);
        String tokenSecret = config.secret(CartConfig.TOKEN_SECRET);
        boolean oauth = key != null && secret != null && tokenSecret != null;
        return oauth ? new MagentoAuth(key, secret, token, tokenSecret, clock) : new MagentoAuth(null, null, token, null, clock);
    }

    boolean oauth() {
        return consumerKey != null;
    }

    /** A GET of {@code endpoint} with {@code params} (in order), authenticated; a new nonce each call. */
    CartRequest get(URI endpoint, Map<String, String> params) {
        String query = Rfc3986.query(params);
        CartRequest request = CartRequest.get(URI.create(endpoint + (query.isEmpty() ? "" : "?" + query)));
        return request.header("Authorization", oauth() ? "OAuth " + oauthHeader("GET", endpoint, params) : "Bearer " + token);
    }

    private String oauthHeader(String method, URI endpoint, Map<String, String> params) {
        byte[] nonce = new byte[16];
        NONCES.nextBytes(nonce);
        Map<String, String> oauth = new LinkedHashMap<>();
        oauth.put("oauth_consumer_key", consumerKey);
        oauth.put("oauth_nonce", HexFormat.of().formatHex(nonce));
        oauth.put("oauth_signature_method", "HMAC-SHA256");
        oauth.put("oauth_timestamp", String.valueOf(clock.instant().getEpochSecond()));
        oauth.put("oauth_token", token);
        oauth.put("oauth_version", "1.0");
        Map<String, String> all = new LinkedHashMap<>(params);
        all.putAll(oauth);
        oauth.put("oauth_signature", signature(method, endpoint, all, consumerSecret, tokenSecret));
        StringJoiner header = new StringJoiner(", ");
        oauth.forEach((k, v) -> header.add(Rfc3986.encode(k) + "=\"" + Rfc3986.encode(v) + "\""));
        return header.toString();
    }

    /**
     * RFC 5849 §3.4: the base string is the method, the base URI (no query) and the normalised
     * parameters (query and oauth_*, each encoded, sorted by name then value), each encoded and joined
     * with "&"; the key is the encoded consumer secret and token secret joined with "&".
     */
    static String signature(String method, URI endpoint, Map<String, String> params, String consumerSecret, String tokenSecret) {
        List<String> pairs = new ArrayList<>();
        params.forEach((k, v) -> pairs.add(Rfc3986.encode(k) + "=" + Rfc3986.encode(v)));
        pairs.sort(null); // encoded "name=value" in byte order sorts by name, then value
        String base = method.toUpperCase(Locale.ROOT) + "&" + Rfc3986.encode(baseUri(endpoint)) + "&" + Rfc3986.encode(String.join("&", pairs));
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec((Rfc3986.encode(consumerSecret) + "&" + Rfc3986.encode(tokenSecret)).getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return java.util.Base64.getEncoder().encodeToString(mac.doFinal(base.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA256 is part of every JDK", e);
        }
    }

    /** Scheme and host lower-cased, the port only when not the scheme's default, the path as sent. */
    private static String baseUri(URI u) {
        String scheme = u.getScheme().toLowerCase(Locale.ROOT);
        int port = u.getPort();
        boolean defaultPort = port == -1 || (scheme.equals("https") && port == 443) || (scheme.equals("http") && port == 80);
        return scheme + "://" + u.getHost().toLowerCase(Locale.ROOT) + (defaultPort ? "" : ":" + port) + u.getRawPath();
    }
}
