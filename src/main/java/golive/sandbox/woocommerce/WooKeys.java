package golive.sandbox.woocommerce;

import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The site's REST API keys, as WooCommerce › Settings › Advanced › REST API holds them: a consumer
 * key and secret ({@code ck_}/{@code cs_} and 40 hex digits), the key's permissions (read, write,
 * read_write) and whether its user may manage orders. Thread-safe.
 */
public final class WooKeys {
    /** One key: what it may do, and whether its WordPress user has the shop-manager capability. */
    public record Key(String consumerKey, String consumerSecret, String permissions, boolean userCanManageOrders) {
    }

    private static final SecureRandom RANDOM = new SecureRandom();
    private final Map<String, Key> keys = new LinkedHashMap<>();
    private Key current;

    WooKeys() {
        current = add("read", true);
    }

    /** A new key with {@code permissions} ("read", "write", "read_write") for a user who can (or cannot) manage orders. */
    public synchronized Key add(String permissions, boolean userCanManageOrders) {
        Key k = new Key("ck_" + hex(), "cs_" + hex(), permissions, userCanManageOrders);
        keys.put(k.consumerKey(), k);
        return k;
    }

    /** The key step 1 is given (the rehearsal panel shows it). */
    public synchronized Key current() {
        return current;
    }

    /** Revokes the current key and makes a new one with the same rights: the merchant pastes the new pair. */
    public synchronized Key rotate() {
        keys.remove(current.consumerKey());
        current = add(current.permissions(), current.userCanManageOrders());
        return current;
    }

    /** Every key revoked; the returned action restores them. */
    public synchronized Runnable revokeAll() {
        Map<String, Key> saved = new LinkedHashMap<>(keys);
        keys.clear();
        return () -> {
            synchronized (this) {
                keys.putAll(saved);
            }
        };
    }

    synchronized Optional<Key> find(String consumerKey) {
        return Optional.ofNullable(consumerKey == null ? null : keys.get(consumerKey));
    }

    private static String hex() {
        byte[] b = new byte[20];
        RANDOM.nextBytes(b);
        return HexFormat.of().formatHex(b);
    }
}
