package golive.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;

/**
 * What a person checked and handled by hand ({@code ack KIND ID --reason}): it stays listed, marked
 * acknowledged, and no longer fails the reconciliation. A second acknowledgement replaces the reason.
 */
public final class AcknowledgementStore {

    /** @return the reason it replaced, or null when this is the first acknowledgement */
    public String record(Connection c, String kind, String ref, String reason, Instant at) throws SQLException {
        String before = null;
        try (PreparedStatement ps = c.prepareStatement("SELECT reason FROM acknowledgement WHERE kind = ? AND ref = ?")) {
            ps.setString(1, kind);
            ps.setString(2, ref);
            try (var rs = ps.executeQuery()) {
                if (rs.next()) {
                    before = rs.getString(1);
                }
            }
        }
        try (PreparedStatement ps = c.prepareStatement(before == null
                ? "INSERT INTO acknowledgement (reason, at, os_user, kind, ref) VALUES (?, ?, ?, ?, ?)"
                : "UPDATE acknowledgement SET reason = ?, at = ?, os_user = ? WHERE kind = ? AND ref = ?")) {
            ps.setString(1, reason.length() > 1000 ? reason.substring(0, 1000) : reason);
            Sql.setInstant(ps, 2, at);
            ps.setString(3, AuditLog.OS_USER);
            ps.setString(4, kind);
            ps.setString(5, ref);
            ps.executeUpdate();
        }
        return before;
    }
}
