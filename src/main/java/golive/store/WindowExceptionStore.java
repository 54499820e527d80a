package golive.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.HashSet;
import java.util.Set;

/**
 * Cart orders created before 'Import Orders from' that a person confirmed, one by one, to import
 * from the cart after all (a missing order the old system never had). The sync reads them as eligible.
 */
public final class WindowExceptionStore {

    public void confirm(Connection c, String shopKey, String cartOrderId, String reason, Instant at) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "MERGE INTO window_exception t USING (VALUES (CAST(? AS VARCHAR(600)), CAST(? AS VARCHAR(64)), CAST(? AS VARCHAR(1000)), "
                        + "CAST(? AS TIMESTAMP WITH TIME ZONE), CAST(? AS VARCHAR(200)))) s (shop_key, cart_order_id, reason, at, os_user) "
                        + "ON t.shop_key = s.shop_key AND t.cart_order_id = s.cart_order_id "
                        + "WHEN MATCHED THEN UPDATE SET reason = s.reason, at = s.at, os_user = s.os_user "
                        + "WHEN NOT MATCHED THEN INSERT (shop_key, cart_order_id, reason, at, os_user) "
                        + "VALUES (s.shop_key, s.cart_order_id, s.reason, s.at, s.os_user)")) {
            ps.setString(1, shopKey);
            ps.setString(2, cartOrderId);
            ps.setString(3, reason);
            Sql.setInstant(ps, 4, at);
            ps.setString(5, AuditLog.OS_USER);
            ps.executeUpdate();
        }
    }

    public Set<String> confirmed(Connection c, String shopKey) throws SQLException {
        Set<String> out = new HashSet<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT cart_order_id FROM window_exception WHERE shop_key = ?")) {
            ps.setString(1, shopKey);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(rs.getString(1));
                }
            }
        }
        return out;
    }
}
