package golive.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Every change to the plan, the cart or Auto Sync: when, which OS user, what, before -> after.
 * Written in the same transaction as the change it records. Callers never pass secrets.
 */
public final class AuditLog {

    public record Entry(long id, Instant at, String osUser, String action, String before, String after) {
    }

    /** Who is recorded as having done something (the audit log, acknowledgements, confirmations). */
    static final String OS_USER = System.getProperty("user.name", "unknown");

    private AuditLog() {
    }

    public static void record(Connection c, Instant at, String action, String before, String after) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "INSERT INTO audit_log (at, os_user, action, before_v, after_v) VALUES (?, ?, ?, ?, ?)")) {
            Sql.setInstant(ps, 1, at);
            ps.setString(2, OS_USER);
            ps.setString(3, action);
            ps.setString(4, clip(before));
            ps.setString(5, clip(after));
            ps.executeUpdate();
        }
    }

    /** The newest {@code limit} entries, newest first. */
    public static List<Entry> recent(Connection c, int limit) throws SQLException {
        List<Entry> out = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT * FROM audit_log ORDER BY id DESC LIMIT ?")) {
            ps.setInt(1, limit);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(new Entry(rs.getLong("id"), Sql.instant(rs, "at"), rs.getString("os_user"),
                            rs.getString("action"), rs.getString("before_v"), rs.getString("after_v")));
                }
            }
        }
        return out;
    }

    private static String clip(String s) {
        return s == null || s.length() <= 4000 ? s : s.substring(0, 3997) + "...";
    }
}
