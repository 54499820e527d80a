package golive.cart.shopify;

import golive.cart.CartException;
import golive.cart.http.CallLimitPacer;
import golive.cart.http.CartHttp;
import golive.cart.http.CartRequest;
import golive.cart.http.CartResponse;
import golive.cart.http.HttpSettings;
import golive.cart.http.LinkHeader;
import golive.cart.http.Secrets;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.StringJoiner;

/** Addresses and authenticated GETs against one shop's Admin API. Thread-safe. */
final class ShopifyClient {
    static final String TOKEN_HEADER = "X-Shopify-Access-Token";
    static final String CALL_LIMIT_HEADER = "X-Shopify-Shop-Api-Call-Limit";
    static final String API_VERSION_HEADER = "X-Shopify-API-Version";
    /** Shopify Standard plans leak 2 calls/s; pacing to it is safe on every plan. */
    private static final double LEAK_PER_SECOND = 2.0;
    private static final DateTimeFormatter WIRE_TIME = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ssxxx");

    private final URI root;
    private final String version;
    private final String token;
    private final CartHttp http;

    ShopifyClient(URI root, String version, String token, HttpSettings settings) {
        this.root = root;
        this.version = version;
        this.token = token;
        // keep 4 of the 40 calls free for other apps sharing the bucket; any more headroom only
        // slows a long sync (measured: 0.8 -> 1.23x the bucket's floor, 0.9 -> see README)
        this.http = new CartHttp(settings, new CallLimitPacer(CALL_LIMIT_HEADER, LEAK_PER_SECOND, 0.9));
    }

    String version() {
        return version;
    }

    URI root() {
        return root;
    }

    /** {@code {root}/admin/api/{version}/{path}?{params}}, params in the given order. */
    URI api(String path, Map<String, String> params) {
        return URI.create(root + "/admin/api/" + version + "/" + path + query(params));
    }

    URI oauth(String path) {
        return URI.create(root + "/admin/oauth/" + path);
    }

    CartResponse get(URI uri, int... passStatuses) {
        return http.send(CartRequest.get(uri).header(TOKEN_HEADER, token).passing(passStatuses));
    }

    /**
     * The rel="next" link, exactly as given — but only to the shop we were talking to, since
     * following it sends the token.
     */
    Optional<URI> nextLink(CartResponse response) {
        Optional<URI> next = LinkHeader.find(response.headers("Link"), "next");
        next.ifPresent(uri -> {
            if (!Objects.equals(uri.getHost(), root.getHost()) || uri.getPort() != root.getPort()
                    || !uri.getScheme().equalsIgnoreCase(root.getScheme())) {
                throw new CartException("the shop's next-page link points elsewhere: " + Secrets.redact(uri));
            }
        });
        return next;
    }

    /**
     * An instant as Shopify's filters take it: whole seconds with an explicit offset.
     * {@code roundUp} rounds a fraction up (for inclusive lower bounds over 1-second timestamps).
     */
    static String wireTime(Instant instant, boolean roundUp) {
        Instant whole = instant.truncatedTo(ChronoUnit.SECONDS);
        if (roundUp && whole.isBefore(instant)) {
            whole = whole.plusSeconds(1);
        }
        return WIRE_TIME.format(whole.atOffset(ZoneOffset.UTC));
    }

    private static String query(Map<String, String> params) {
        if (params.isEmpty()) {
            return "";
        }
        StringJoiner q = new StringJoiner("&", "?", "");
        params.forEach((k, v) -> q.add(enc(k) + "=" + enc(v)));
        return q.toString();
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
