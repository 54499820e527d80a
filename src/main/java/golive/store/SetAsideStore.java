package golive.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Cart orders set aside because the store could not hold them: recorded in the page's transaction
 * (so the cursor may move past them), shown by {@code status} and the wizard, retried by every run
 * until one imports (or otherwise settles) them.
 */
public final class SetAsideStore {

    /** One order set aside and not yet resolved. */
    public record Entry(String cartOrderId, String orderNumber, String reason, Instant firstSeen, Instant lastSeen, int attempts) {
    }

    /** Records (or re-records) {@code cartOrderId} as set aside; a resolved entry opens again. */
    public void record(Connection c, String shopKey, String cartOrderId, String number, String reason, Instant at) throws SQLException {
        try (PreparedStatement up = c.prepareStatement(
                "UPDATE set_aside SET reason = ?, order_number = COALESCE(?, order_number), last_seen = ?, attempts = attempts + 1, "
                        + "resolved_at = NULL, resolution = NULL WHERE shop_key = ? AND cart_order_id = ?")) {
            up.setString(1, clip(reason, 2000));
            up.setString(2, clip(number, 255));
            Sql.setInstant(up, 3, at);
            up.setString(4, shopKey);
            up.setString(5, cartOrderId);
            if (up.executeUpdate() > 0) {
                return;
            }
        }
        try (PreparedStatement ins = c.prepareStatement(
                "INSERT INTO set_aside (shop_key, cart_order_id, order_number, reason, first_seen, last_seen) VALUES (?, ?, ?, ?, ?, ?)")) {
            ins.setString(1, shopKey);
            ins.setString(2, cartOrderId);
            ins.setString(3, clip(number, 255));
            ins.setString(4, clip(reason, 2000));
            Sql.setInstant(ins, 5, at);
            Sql.setInstant(ins, 6, at);
            ins.executeUpdate();
        }
    }

    /** The order no longer needs setting aside: imported, or found to be migrated, already imported or not eligible. */
    public void resolve(Connection c, String shopKey, String cartOrderId, String resolution, Instant at) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "UPDATE set_aside SET resolved_at = ?, resolution = ? WHERE shop_key = ? AND cart_order_id = ? AND resolved_at IS NULL")) {
            Sql.setInstant(ps, 1, at);
            ps.setString(2, resolution);
            ps.setString(3, shopKey);
            ps.setString(4, cartOrderId);
            ps.executeUpdate();
        }
    }

    /** Unresolved entries of {@code shopKey}, oldest first. */
    public List<Entry> open(Connection c, String shopKey) throws SQLException {
        List<Entry> out = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT * FROM set_aside WHERE shop_key = ? AND resolved_at IS NULL ORDER BY first_seen, id")) {
            ps.setString(1, shopKey);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(new Entry(rs.getString("cart_order_id"), rs.getString("order_number"), rs.getString("reason"),
                            Sql.instant(rs, "first_seen"), Sql.instant(rs, "last_seen"), rs.getInt("attempts")));
                }
            }
        }
        return out;
    }

    private static String clip(String s, int max) {
        return s == null || s.length() <= max ? s : s.substring(0, max - 3) + "...";
    }
}
