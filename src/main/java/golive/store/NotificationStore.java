package golive.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Notifications: the e-mail settings (password encrypted with the store's key), every notification
 * given or tried (desktop and e-mail, each also in the audit log), and what has been told already.
 * Never holds a secret in clear.
 */
public final class NotificationStore {
    private static final String PASSWORD = "smtpPassword";

    /** One notification given or tried. */
    public record Entry(Instant at, String kind, String channel, String outcome, String subject, String error) {
    }

    /** An order to look at: {@code ref} says which and why it is listed ({@code set-aside:<id>}, {@code attention:<id>}). */
    public record Item(String ref, String orderNumber, String why) {
    }

    public Optional<NotifySettings> settings(Connection c) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT * FROM notify_settings WHERE id = 1");
             ResultSet rs = ps.executeQuery()) {
            if (!rs.next()) {
                return Optional.empty();
            }
            return Optional.of(new NotifySettings(Arrays.asList(rs.getString("recipients").split(",")), rs.getString("smtp_host"),
                    rs.getInt("smtp_port"), rs.getString("smtp_user"), rs.getString("security"), rs.getString("sender"),
                    Duration.ofMinutes(rs.getInt("fail_after_minutes"))));
        }
    }

    /** The SMTP password, decrypted; empty when none was given. */
    public Optional<String> password(Connection c, SecretStore secrets) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT password_enc FROM notify_settings WHERE id = 1");
             ResultSet rs = ps.executeQuery()) {
            byte[] blob = rs.next() ? rs.getBytes(1) : null;
            return blob == null ? Optional.empty() : Optional.ofNullable(secrets.decrypt(blob).get(PASSWORD));
        }
    }

    /**
     * Saves the settings (audited without the password). @param password null keeps the stored one
     * (a change of recipients needs no new password); empty removes it
     */
    public void save(Connection c, NotifySettings s, String password, SecretStore secrets, Instant at) throws SQLException {
        Optional<NotifySettings> before = settings(c);
        byte[] blob = null;
        if (password == null && before.isPresent()) {
            try (PreparedStatement ps = c.prepareStatement("SELECT password_enc FROM notify_settings WHERE id = 1");
                 ResultSet rs = ps.executeQuery()) {
                rs.next();
                blob = rs.getBytes(1);
            }
        } else if (password != null && !password.isEmpty()) {
            blob = secrets.encrypt(Map.of(PASSWORD, password));
        }
        try (PreparedStatement del = c.prepareStatement("DELETE FROM notify_settings WHERE id = 1")) {
            del.executeUpdate();
        }
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO notify_settings (id, recipients, smtp_host, smtp_port, smtp_user, "
                + "security, sender, password_enc, fail_after_minutes, saved_at) VALUES (1, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            ps.setString(1, String.join(",", s.recipients()));
            ps.setString(2, s.smtpHost());
            ps.setInt(3, s.smtpPort());
            ps.setString(4, s.smtpUser());
            ps.setString(5, s.security());
            ps.setString(6, s.sender());
            ps.setBytes(7, blob);
            ps.setInt(8, (int) s.failAfter().toMinutes());
            Sql.setInstant(ps, 9, at);
            ps.executeUpdate();
        }
        AuditLog.record(c, at, "notify.email.settings", before.map(NotificationStore::describe).orElse(null),
                describe(s) + (blob == null ? ", no password" : ", password stored encrypted"));
    }

    /** Turns e-mail notifications off: the settings and the stored password are deleted (audited). */
    public boolean clear(Connection c, Instant at) throws SQLException {
        Optional<NotifySettings> before = settings(c);
        if (before.isEmpty()) {
            return false;
        }
        try (PreparedStatement ps = c.prepareStatement("DELETE FROM notify_settings WHERE id = 1")) {
            ps.executeUpdate();
        }
        AuditLog.record(c, at, "notify.email.off", describe(before.get()), "off");
        return true;
    }

    private static String describe(NotifySettings s) {
        return "to " + String.join(", ", s.recipients()) + " via " + s.smtpHost() + ":" + s.smtpPort() + " (" + s.security()
                + (s.smtpUser() == null ? "" : ", user " + s.smtpUser()) + "), failing after " + s.failAfter().toMinutes() + " min";
    }

    /** Records a notification given or tried, here and in the audit log ({@code notify.<channel>}). */
    public void record(Connection c, Instant at, String kind, String channel, String subject, String error) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "INSERT INTO notification (at, kind, channel, outcome, subject, error) VALUES (?, ?, ?, ?, ?, ?)")) {
            Sql.setInstant(ps, 1, at);
            ps.setString(2, kind);
            ps.setString(3, channel);
            ps.setString(4, error == null ? "SENT" : "FAILED");
            ps.setString(5, clip(subject, 500));
            ps.setString(6, clip(error, 1000));
            ps.executeUpdate();
        }
        AuditLog.record(c, at, "notify." + channel + (error == null ? "" : ".failed"), kind,
                clip(subject, 1000) + (error == null ? "" : " — not sent: " + clip(error, 1000)));
    }

    /** The last e-mail of {@code kind} with {@code outcome} (SENT or FAILED), if any. */
    public Optional<Instant> last(Connection c, String kind, String outcome) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT MAX(at) AS t FROM notification WHERE kind = ? AND channel = 'email' AND outcome = ?")) {
            ps.setString(1, kind);
            ps.setString(2, outcome);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.ofNullable(Sql.instant(rs, "t")) : Optional.empty();
            }
        }
    }

    /** The newest notifications, newest first. */
    public List<Entry> recent(Connection c, int limit) throws SQLException {
        List<Entry> out = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT * FROM notification ORDER BY id DESC LIMIT ?")) {
            ps.setInt(1, limit);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(new Entry(Sql.instant(rs, "at"), rs.getString("kind"), rs.getString("channel"), rs.getString("outcome"),
                            rs.getString("subject"), rs.getString("error")));
                }
            }
        }
        return out;
    }

    public Set<String> notified(Connection c, String kind) throws SQLException {
        Set<String> out = new LinkedHashSet<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT ref FROM notified WHERE kind = ?")) {
            ps.setString(1, kind);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(rs.getString(1));
                }
            }
        }
        return out;
    }

    public void markNotified(Connection c, String kind, Set<String> refs, Instant at) throws SQLException {
        Set<String> known = notified(c, kind);
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO notified (kind, ref, at) VALUES (?, ?, ?)")) {
            for (String ref : refs) {
                if (!known.contains(ref)) {
                    ps.setString(1, kind);
                    ps.setString(2, clip(ref, 300));
                    Sql.setInstant(ps, 3, at);
                    ps.executeUpdate();
                }
            }
        }
    }

    public void forget(Connection c, String kind) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("DELETE FROM notified WHERE kind = ?")) {
            ps.setString(1, kind);
            ps.executeUpdate();
        }
    }

    /** The audit id of the newest Auto Sync stop, or 0: which stop a notification was about. */
    public long lastStopId(Connection c) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT MAX(id) FROM audit_log WHERE action = 'sync.stop'");
             ResultSet rs = ps.executeQuery()) {
            return rs.next() ? rs.getLong(1) : 0;
        }
    }

    /**
     * When the current spell of failing runs began: the first FAILED run since the last OK one;
     * empty when the latest finished run was OK (or there is none).
     */
    public Optional<Instant> failingSince(Connection c) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT MIN(started_at) AS t FROM sync_run WHERE outcome = 'FAILED' "
                + "AND id > COALESCE((SELECT MAX(id) FROM sync_run WHERE outcome = 'OK'), 0)");
             ResultSet rs = ps.executeQuery()) {
            return rs.next() ? Optional.ofNullable(Sql.instant(rs, "t")) : Optional.empty();
        }
    }

    /** The newest finished run's outcome (OK, FAILED...) and end, if any. */
    public Optional<Map.Entry<String, Instant>> lastFinishedRun(Connection c) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT outcome, finished_at FROM sync_run WHERE finished_at IS NOT NULL ORDER BY id DESC LIMIT 1");
             ResultSet rs = ps.executeQuery()) {
            return rs.next() ? Optional.of(Map.entry(rs.getString(1), Sql.instant(rs, "finished_at"))) : Optional.empty();
        }
    }

    /**
     * Orders someone should look at and has not acknowledged: set aside ({@code set-aside:<cart id>})
     * and needing attention ({@code attention:<cart id or number>}), each with its order number and why.
     */
    public List<Item> attentionItems(Connection c, String shopKey) throws SQLException {
        List<Item> out = new ArrayList<>();
        for (SetAsideStore.Entry e : new SetAsideStore().open(c, shopKey)) {
            out.add(new Item("set-aside:" + e.cartOrderId(), e.orderNumber() == null ? e.cartOrderId() : e.orderNumber(), e.reason()));
        }
        try (PreparedStatement ps = c.prepareStatement("SELECT cart_order_id, order_number, attention_reason FROM orders o "
                + "WHERE needs_attention = TRUE AND NOT EXISTS (SELECT 1 FROM acknowledgement a WHERE a.kind = 'attention' "
                + "AND (a.ref = o.cart_order_id OR a.ref = o.order_number)) ORDER BY id LIMIT 500");
             ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                String ref = rs.getString(1) != null ? rs.getString(1) : rs.getString(2);
                out.add(new Item("attention:" + ref, rs.getString(2), rs.getString(3)));
            }
        }
        return out;
    }

    private static String clip(String s, int max) {
        return s == null || s.length() <= max ? s : s.substring(0, max - 3) + "...";
    }
}
