package golive.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** Step 4's record: committed open-order batches, or the 'none' declaration with its reason. */
public final class OpenOrdersStore {

    public record Batch(long id, String kind, Instant createdAt, String reason, String fileName, int orderCount) {
        public boolean isNone() {
            return "none".equals(kind);
        }
    }

    /** Batches and declarations still in force (not undone), oldest first. */
    public List<Batch> active(Connection c) throws SQLException {
        List<Batch> out = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT * FROM open_orders_batch WHERE undone_at IS NULL ORDER BY id");
             ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                out.add(new Batch(rs.getLong("id"), rs.getString("kind"), Sql.instant(rs, "created_at"),
                        rs.getString("reason"), rs.getString("file_name"), rs.getInt("order_count")));
            }
        }
        return out;
    }

    public long declareNone(Connection c, String reason, Instant at) throws SQLException {
        return insert(c, "none", reason, null, 0, at);
    }

    /** A file batch replaces an earlier 'none' declaration. */
    public long addFileBatch(Connection c, String fileName, int orderCount, Instant at) throws SQLException {
        withdrawNone(c, at);
        return insert(c, "file", null, fileName, orderCount, at);
    }

    /** The batch {@code id} when it is a file batch still in force. */
    public java.util.Optional<Batch> activeFileBatch(Connection c, long id) throws SQLException {
        return active(c).stream().filter(b -> b.id() == id && !b.isNone()).findFirst();
    }

    /** Records what a file batch finally held, once its orders are written (same transaction). */
    public void describeFileBatch(Connection c, long id, String format, int orderCount) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("UPDATE open_orders_batch SET file_format = ?, order_count = ? WHERE id = ?")) {
            ps.setString(1, format);
            ps.setInt(2, orderCount);
            ps.setLong(3, id);
            ps.executeUpdate();
        }
    }

    /**
     * Deletes the batch's migrated orders and their lines (lines first: on H2 no foreign key cascades
     * them, see {@code V11__OrderLineForeignKeyOnH2}) and marks it undone. @return orders deleted
     */
    public int undo(Connection c, long id, Instant at) throws SQLException {
        int deleted;
        try (PreparedStatement ps = c.prepareStatement(
                "DELETE FROM order_line WHERE order_id IN (SELECT id FROM orders WHERE batch_id = ? AND source = 'migrated')")) {
            ps.setLong(1, id);
            ps.executeUpdate();
        }
        try (PreparedStatement ps = c.prepareStatement("DELETE FROM orders WHERE batch_id = ? AND source = 'migrated'")) {
            ps.setLong(1, id);
            deleted = ps.executeUpdate();
        }
        try (PreparedStatement ps = c.prepareStatement("UPDATE open_orders_batch SET undone_at = ? WHERE id = ? AND undone_at IS NULL")) {
            Sql.setInstant(ps, 1, at);
            ps.setLong(2, id);
            ps.executeUpdate();
        }
        return deleted;
    }

    private void withdrawNone(Connection c, Instant at) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "UPDATE open_orders_batch SET undone_at = ? WHERE kind = 'none' AND undone_at IS NULL")) {
            Sql.setInstant(ps, 1, at);
            ps.executeUpdate();
        }
    }

    private long insert(Connection c, String kind, String reason, String file, int count, Instant at) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "INSERT INTO open_orders_batch (kind, created_at, reason, file_name, order_count) VALUES (?, ?, ?, ?, ?)",
                Statement.RETURN_GENERATED_KEYS)) {
            ps.setString(1, kind);
            Sql.setInstant(ps, 2, at);
            ps.setString(3, reason);
            ps.setString(4, file);
            ps.setInt(5, count);
            ps.executeUpdate();
            try (ResultSet keys = ps.getGeneratedKeys()) {
                keys.next();
                return keys.getLong(1);
            }
        }
    }
}
