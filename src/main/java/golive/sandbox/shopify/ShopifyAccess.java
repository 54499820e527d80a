package golive.sandbox.shopify;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Who may call the Shopify face, as a merchant's store decides it: a legacy custom app's Admin API
 * token, a Dev Dashboard app's client ID and secret with the expiring tokens the client-credentials
 * grant gave it, and the scopes the app was granted. Whether a new grant revokes the earlier
 * tokens is not documented, so both are possible ({@link #grantRevokesEarlier}). Expiry is judged
 * by the shop's clock. Thread-safe.
 */
public final class ShopifyAccess {
    /** Shopify's grant answers {@code expires_in: 86399}. */
    public static final Duration DEFAULT_LIFETIME = Duration.ofSeconds(86_399);
    private static final SecureRandom RANDOM = new SecureRandom();

    /** A token the grant handed out. */
    public record Grant(String token, Duration expiresIn, Set<String> scopes) {
    }

    private final Clock clock;
    private final Map<String, Instant> granted = new HashMap<>();
    private String legacyToken = "shpat_sandbox0000000000000000000000";
    private String clientId = "0f9d8c7b6a5e4d3c2b1a09f8e7d6c5b4";
    private String clientSecret = "shpss_sandbox00000000000000000000";
    private Set<String> scopes = Set.of("read_orders", "read_all_orders", "read_products");
    private String domain = "sandbox-shop.myshopify.com";
    private Duration lifetime = DEFAULT_LIFETIME;
    private boolean grantRevokesEarlier;
    private int grants;

    ShopifyAccess(Clock clock) {
        this.clock = clock;
    }

    /** The legacy custom app's Admin API token (made before 2026; still works). */
    public synchronized String token() {
        return legacyToken;
    }

    public synchronized ShopifyAccess token(String t) {
        legacyToken = t;
        return this;
    }

    /** Invalidates the legacy token (the merchant uninstalled the custom app); returns the new one. */
    public synchronized String revokeToken() {
        legacyToken = "shpat_reissued" + HexFormat.of().formatHex(randomBytes(8));
        return legacyToken;
    }

    public synchronized String clientId() {
        return clientId;
    }

    public synchronized String clientSecret() {
        return clientSecret;
    }

    /** Sets the app's credentials (a rehearsal's, or a restored secret). */
    public synchronized ShopifyAccess client(String id, String secret) {
        clientId = id;
        clientSecret = secret;
        return this;
    }

    /**
     * The merchant rotated the secret in the Dev Dashboard: grants with the old one fail and the
     * tokens it gave stop working. Returns the new secret.
     */
    public synchronized String rotateSecret() {
        clientSecret = "shpss_" + HexFormat.of().formatHex(randomBytes(16));
        granted.clear();
        return clientSecret;
    }

    /** How long a granted token lives (rehearsals and tests shorten it). */
    public synchronized ShopifyAccess tokenLifetime(Duration d) {
        lifetime = d;
        return this;
    }

    /** When true, each grant invalidates every token granted before it. */
    public synchronized ShopifyAccess grantRevokesEarlier(boolean on) {
        grantRevokesEarlier = on;
        return this;
    }

    /** The client-credentials grant: a new token when the id and secret are this app's. */
    synchronized Optional<Grant> grant(String id, String secret) {
        if (!clientId.equals(id) || !clientSecret.equals(secret)) {
            return Optional.empty();
        }
        if (grantRevokesEarlier) {
            granted.clear();
        }
        String t = "shpat_" + HexFormat.of().formatHex(randomBytes(16));
        granted.put(t, clock.instant().plus(lifetime));
        grants++;
        return Optional.of(new Grant(t, lifetime, scopes));
    }

    /** How many tokens the grant has handed out. */
    public synchronized int grants() {
        return grants;
    }

    /** The legacy token, or a granted one that has not expired by the shop's clock. */
    synchronized boolean accepts(String token) {
        if (token == null) {
            return false;
        }
        if (token.equals(legacyToken)) {
            return true;
        }
        Instant expires = granted.get(token);
        return expires != null && clock.instant().isBefore(expires);
    }

    /** The merchant uninstalled the app: every token and the secret stop working. @return what restores them */
    synchronized Runnable revokeAll() {
        String token = legacyToken;
        String secret = clientSecret;
        revokeToken();
        rotateSecret();
        return () -> {
            synchronized (this) {
                legacyToken = token;
                clientSecret = secret;
            }
        };
    }

    public synchronized Set<String> scopes() {
        return scopes;
    }

    public synchronized ShopifyAccess scopes(String... handles) {
        scopes = Set.copyOf(new TreeSet<>(List.of(handles)));
        return this;
    }

    public synchronized String domain() {
        return domain;
    }

    public synchronized ShopifyAccess domain(String myshopifyDomain) {
        domain = myshopifyDomain;
        return this;
    }

    private static byte[] randomBytes(int n) {
        byte[] b = new byte[n];
        RANDOM.nextBytes(b);
        return b;
    }
}
