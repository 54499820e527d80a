package golive.store;

import javax.sql.DataSource;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;

/**
 * A shared database's key: the cart secrets are sealed with a key file the team shares out of band
 * ({@code GOLIVE_KEY_FILE}), not one beside the database. The database keeps a keyed digest of the key it
 * was first used with ({@code store_key}, revealing nothing of it), so a process opened with another key
 * says so and stops before it could seal new secrets over the ones the rest of the team reads.
 */
final class StoreKey {
    private static final String CHECK_MATERIAL = "golive store key check v1";

    private StoreKey() {
    }

    /**
     * The key in {@code keyFile}; made there when the file is absent and the database was never used
     * with a key (a new shared store), refused when it is absent but the database was.
     */
    static SecretStore open(DataSource db, Path keyFile) {
        if (Files.exists(keyFile)) {
            return SecretStore.fromKeyFile(keyFile);
        }
        if (claimed(db)) {
            throw new StoreException("there is no key file at " + keyFile + ", and this shared database's cart secrets are"
                    + " sealed with a key the team already uses: copy that key file there, or point "
                    + SharedLogin.KEY_FILE_ENV + " at it; nothing was changed");
        }
        return SecretStore.createKeyFile(keyFile);
    }

    /** Records {@code secrets}' key as the database's, or checks it is the one recorded. */
    static void claim(Connection c, SecretStore secrets, Path keyFile) throws SQLException {
        String check = secrets.fingerprint(CHECK_MATERIAL);
        try (PreparedStatement ps = c.prepareStatement(
                "INSERT INTO store_key (id, key_check, set_at) SELECT 1, ?, ? FROM (VALUES (0)) one (x) "
                        + "WHERE NOT EXISTS (SELECT 1 FROM store_key)")) {
            ps.setString(1, check);
            Sql.setInstant(ps, 2, Instant.now());
            ps.executeUpdate();
        }
        try (PreparedStatement ps = c.prepareStatement("SELECT key_check FROM store_key WHERE id = 1");
             ResultSet rs = ps.executeQuery()) {
            rs.next();
            if (!check.equals(rs.getString(1))) {
                throw new StoreException("the key file " + keyFile + " is not the key this shared database's cart secrets"
                        + " were sealed with: use the key file the team shares for it (" + SharedLogin.KEY_FILE_ENV
                        + "); nothing was changed");
            }
        }
    }

    /** True when the database records a key (before the migrations, the table may not exist yet). */
    private static boolean claimed(DataSource db) {
        try (Connection c = db.getConnection()) {
            try (ResultSet t = c.getMetaData().getTables(null, null, "store_key", new String[] {"TABLE"})) {
                if (!t.next()) {
                    return false;
                }
            }
            try (PreparedStatement ps = c.prepareStatement("SELECT COUNT(*) FROM store_key"); ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1) > 0;
            }
        } catch (SQLException e) {
            throw new StoreException("cannot read the shared database: " + e.getMessage(), e);
        }
    }
}
