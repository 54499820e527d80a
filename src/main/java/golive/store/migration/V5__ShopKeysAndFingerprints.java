package golive.store.migration;

import golive.cart.CartConfig;
import golive.cart.ShopIdentity;
import golive.domain.CartKind;
import golive.store.SecretStore;
import golive.store.StoreException;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

import java.net.URI;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Release 1 keyed orders by {@code kind:scheme://host/path}, so {@code https://x.myshopify.com/admin}
 * and {@code https://x.myshopify.com} were two shops, and fingerprinted connection tests with an
 * unsalted hash of the secrets. This rewrites every stored shop key to {@link ShopIdentity} (the
 * unique order key and the migrated registry stand on it) and every fingerprint to the keyed one,
 * carrying the current config's last test across, so an installed store does not wake up with its
 * connection test stale and a runner that imports nothing.
 */
public final class V5__ShopKeysAndFingerprints extends BaseJavaMigration {
    private final SecretStore secrets;

    public V5__ShopKeysAndFingerprints(SecretStore secrets) {
        this.secrets = secrets;
    }

    @Override
    public void migrate(Context context) throws SQLException {
        Connection c = context.getConnection();
        rewriteShopKeys(c);
        rewriteFingerprints(c);
    }

    private static void rewriteShopKeys(Connection c) throws SQLException {
        List<String> keys = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT shop_key FROM orders UNION SELECT shop_key FROM cart_config");
             ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                keys.add(rs.getString(1));
            }
        }
        for (String old : keys) {
            String now = newKey(old);
            if (now.equals(old)) {
                continue;
            }
            for (String table : new String[] {"orders", "cart_config"}) {
                try (PreparedStatement ps = c.prepareStatement("UPDATE " + table + " SET shop_key = ? WHERE shop_key = ?")) {
                    ps.setString(1, now);
                    ps.setString(2, old);
                    ps.executeUpdate();
                }
            }
        }
    }

    /** {@code kind:scheme://...} as release 1 wrote it, in today's form; anything else is left as it is. */
    static String newKey(String old) {
        int colon = old.indexOf(':');
        if (colon < 0 || !old.substring(colon + 1).contains("://")) {
            return old;
        }
        try {
            return ShopIdentity.key(CartKind.fromId(old.substring(0, colon)), URI.create(old.substring(colon + 1)));
        } catch (IllegalArgumentException e) {
            return old;
        }
    }

    private void rewriteFingerprints(Connection c) throws SQLException {
        String old = null;
        String now = null;
        try (PreparedStatement ps = c.prepareStatement("SELECT * FROM cart_config WHERE id = 1");
             ResultSet rs = ps.executeQuery()) {
            if (rs.next()) {
                old = rs.getString("fingerprint");
                byte[] blob = rs.getBytes("secrets_enc");
                try {
                    Map<String, String> s = blob == null ? Map.of() : secrets.decrypt(blob);
                    CartConfig config = new CartConfig(CartKind.fromId(rs.getString("kind")), URI.create(rs.getString("url")),
                            s, rs.getString("api_version"));
                    now = secrets.fingerprint(config.fingerprintMaterial());
                } catch (StoreException unreadable) {
                    now = "unreadable"; // the key file was replaced: the merchant must connect again anyway
                }
            }
        }
        if (old != null) {
            try (PreparedStatement ps = c.prepareStatement("UPDATE connection_test SET fingerprint = ? WHERE fingerprint = ?")) {
                ps.setString(1, now);
                ps.setString(2, old);
                ps.executeUpdate();
            }
            try (PreparedStatement ps = c.prepareStatement("UPDATE cart_config SET fingerprint = ? WHERE id = 1")) {
                ps.setString(1, now);
                ps.executeUpdate();
            }
        }
        // older tests were of other configs: no unsalted digest of a secret stays behind
        try (PreparedStatement ps = c.prepareStatement(
                "UPDATE connection_test SET fingerprint = 'retired' WHERE fingerprint <> ? OR ? IS NULL")) {
            ps.setString(1, now);
            ps.setString(2, now);
            ps.executeUpdate();
        }
    }
}
