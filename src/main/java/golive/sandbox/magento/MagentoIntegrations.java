package golive.sandbox.magento;

import java.security.SecureRandom;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The store's integrations, as System › Integrations holds them once activated: a consumer key and
 * secret, an access token and its secret (each 32 lowercase letters and digits, as Magento makes
 * them), and whether the integration's API resource access includes Sales (the orders resource
 * {@code Magento_Sales::actions_view}). Thread-safe.
 */
public final class MagentoIntegrations {
    /** One activated integration. */
    public record Integration(String consumerKey, String consumerSecret, String accessToken, String tokenSecret, boolean sales) {
    }

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final String CHARS = "abcdefghijklmnopqrstuvwxyz0123456789";
    private final Map<String, Integration> byToken = new LinkedHashMap<>();
    private Integration current;

    MagentoIntegrations() {
        current = add(true);
    }

    /** A new integration, with or without Sales in its resource access. */
    public synchronized Integration add(boolean sales) {
        Integration i = new Integration(random(), random(), random(), random(), sales);
        byToken.put(i.accessToken(), i);
        return i;
    }

    /** The integration step 1 is given (the rehearsal panel shows it). */
    public synchronized Integration current() {
        return current;
    }

    /** Reauthorize: the current integration gets a new access token and secret; the old ones stop working. */
    public synchronized Integration reauthorize() {
        byToken.remove(current.accessToken());
        current = new Integration(current.consumerKey(), current.consumerSecret(), random(), random(), current.sales());
        byToken.put(current.accessToken(), current);
        return current;
    }

    /** Every integration deleted; the returned action restores them. */
    public synchronized Runnable revokeAll() {
        Map<String, Integration> saved = new LinkedHashMap<>(byToken);
        byToken.clear();
        return () -> {
            synchronized (this) {
                byToken.putAll(saved);
            }
        };
    }

    synchronized Optional<Integration> byToken(String token) {
        return Optional.ofNullable(token == null ? null : byToken.get(token));
    }

    private static String random() {
        StringBuilder s = new StringBuilder(32);
        for (int i = 0; i < 32; i++) {
            s.append(CHARS.charAt(RANDOM.nextInt(CHARS.length())));
        }
        return s.toString();
    }
}
