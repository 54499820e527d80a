package golive.cart.shopify;

import com.fasterxml.jackson.databind.JsonNode;
import golive.cart.CartException;
import golive.cart.http.CartHttp;
import golive.cart.http.CartRequest;
import golive.cart.http.CartResponse;
import golive.cart.http.Secrets;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * The token this connector sends as {@code X-Shopify-Access-Token}: either a legacy custom app's
 * Admin API token, used as it is, or one asked for with the Dev Dashboard app's client ID and
 * secret through the client-credentials grant. A granted token is kept in memory only (never
 * stored, never logged: it is registered with {@link Secrets}), asked for again shortly before its
 * {@code expires_in} runs out, and once more when the shop answers 401 (a grant elsewhere may have
 * revoked it) before the 401 counts as rejected credentials. A grant refused with
 * {@code invalid_client} is rejected credentials at once, never retried. Thread-safe.
 */
final class ShopifyAccessToken {
    /** Ask again when less than this is left (or a tenth of the lifetime, when that is shorter). */
    private static final Duration RENEW_BEFORE = Duration.ofMinutes(5);

    private final String legacy;
    private final String clientId;
    private final String clientSecret;
    private final URI grantUri;
    private final CartHttp http;
    private final Clock clock;
    private String token;
    private Instant renewAt;
    private String grantedScopes;

    private ShopifyAccessToken(String legacy, String clientId, String clientSecret, URI grantUri, CartHttp http, Clock clock) {
        this.legacy = legacy;
        this.clientId = clientId;
        this.clientSecret = clientSecret;
        this.grantUri = grantUri;
        this.http = http;
        this.clock = clock;
        Secrets.register(legacy);
        Secrets.register(clientSecret);
    }

    static ShopifyAccessToken legacy(String token) {
        return new ShopifyAccessToken(token, null, null, null, null, null);
    }

    static ShopifyAccessToken clientCredentials(String clientId, String clientSecret, URI shopRoot, CartHttp http, Clock clock) {
        return new ShopifyAccessToken(null, clientId, clientSecret, URI.create(shopRoot + "/admin/oauth/access_token"), http, clock);
    }

    boolean granted() {
        return legacy == null;
    }

    /** A token to send now (asks the grant when there is none or it is about to expire). */
    synchronized String current() {
        if (legacy != null) {
            return legacy;
        }
        if (token == null || !clock.instant().isBefore(renewAt)) {
            grant();
        }
        return token;
    }

    /**
     * The shop answered 401 to {@code rejected}: a fresh grant when the token was granted (and is
     * still the one we hold), else null (a legacy token has nothing to fall back on).
     */
    synchronized String renewAfter(String rejected) {
        if (legacy != null) {
            return null;
        }
        if (rejected.equals(token)) {
            grant();
        }
        return token;
    }

    /** The scopes the last grant said the token has, or null (legacy tokens, before a grant). */
    synchronized String grantedScopes() {
        return grantedScopes;
    }

    private void grant() {
        String form = "grant_type=client_credentials&client_id=" + enc(clientId) + "&client_secret=" + enc(clientSecret);
        CartResponse r = http.send(CartRequest.post(grantUri, "application/x-www-form-urlencoded", form).passing(400));
        JsonNode body = r.body();
        if (r.status() == 400) {
            String error = body == null ? "" : body.path("error").asText("");
            String description = body == null ? "" : body.path("error_description").asText("");
            throw new CartException.Rejected(400, "Shopify refused the app's client ID or client secret (" + error
                    + (description.isEmpty() ? "" : ": " + description) + "); copy both again from the app's Settings in the Dev Dashboard");
        }
        if (body == null || !body.path("access_token").isTextual()) {
            throw new CartException("the shop's token grant answered without an access_token");
        }
        token = body.get("access_token").asText();
        Secrets.register(token);
        long lifetime = body.path("expires_in").asLong(86_399);
        Duration margin = RENEW_BEFORE.compareTo(Duration.ofSeconds(lifetime / 10)) < 0 ? RENEW_BEFORE : Duration.ofSeconds(lifetime / 10);
        renewAt = clock.instant().plusSeconds(lifetime).minus(margin);
        grantedScopes = body.path("scope").asText(null);
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
