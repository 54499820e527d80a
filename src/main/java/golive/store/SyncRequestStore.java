package golive.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.Optional;

/**
 * Requests from another process to the runner that holds the lease ({@code sync now},
 * {@code sync import --order}): filed by the caller, picked by the runner, answered with a JSON
 * document the caller reads. The database is the only channel the two processes share.
 */
public final class SyncRequestStore {

    /** A request as stored; {@code answer} and {@code outcome} are set once it is done. */
    public record Request(long id, String kind, String cartOrderId, String requestedBy, String pickedBy,
                          Instant doneAt, String outcome, String answer) {
        public boolean done() {
            return doneAt != null;
        }
    }

    public long file(Connection c, String kind, String cartOrderId, String by) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "INSERT INTO sync_request (kind, cart_order_id, requested_at, requested_by) VALUES (?, ?, ?, ?)",
                Statement.RETURN_GENERATED_KEYS)) {
            ps.setString(1, kind);
            ps.setString(2, cartOrderId);
            Sql.setInstant(ps, 3, Sql.dbNow(c));
            ps.setString(4, by);
            ps.executeUpdate();
            try (ResultSet keys = ps.getGeneratedKeys()) {
                keys.next();
                return keys.getLong(1);
            }
        }
    }

    /** Takes the oldest request nobody has picked; empty when none waits. */
    public Optional<Request> pick(Connection c, String runner) throws SQLException {
        Optional<Request> next = Optional.empty();
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT * FROM sync_request WHERE picked_by IS NULL ORDER BY id LIMIT 1");
             ResultSet rs = ps.executeQuery()) {
            if (rs.next()) {
                next = Optional.of(request(rs));
            }
        }
        if (next.isEmpty()) {
            return next;
        }
        try (PreparedStatement ps = c.prepareStatement(
                "UPDATE sync_request SET picked_by = ?, picked_at = ? WHERE id = ? AND picked_by IS NULL")) {
            ps.setString(1, runner);
            Sql.setInstant(ps, 2, Sql.dbNow(c));
            ps.setLong(3, next.get().id());
            return ps.executeUpdate() == 1 ? next : Optional.empty();
        }
    }

    public void answer(Connection c, long id, String outcome, String answer) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "UPDATE sync_request SET done_at = ?, outcome = ?, answer = ? WHERE id = ?")) {
            Sql.setInstant(ps, 1, Sql.dbNow(c));
            ps.setString(2, outcome);
            ps.setString(3, answer);
            ps.setLong(4, id);
            ps.executeUpdate();
        }
    }

    public Optional<Request> find(Connection c, long id) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT * FROM sync_request WHERE id = ?")) {
            ps.setLong(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(request(rs)) : Optional.empty();
            }
        }
    }

    /** Withdraws a request nobody picked (the caller gave up waiting); false when a runner took it meanwhile. */
    public boolean withdraw(Connection c, long id) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("DELETE FROM sync_request WHERE id = ? AND picked_by IS NULL")) {
            ps.setLong(1, id);
            return ps.executeUpdate() == 1;
        }
    }

    private static Request request(ResultSet rs) throws SQLException {
        return new Request(rs.getLong("id"), rs.getString("kind"), rs.getString("cart_order_id"), rs.getString("requested_by"),
                rs.getString("picked_by"), Sql.instant(rs, "done_at"), rs.getString("outcome"), rs.getString("answer"));
    }
}
