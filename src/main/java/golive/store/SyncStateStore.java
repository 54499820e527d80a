package golive.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Auto Sync's persisted state: STOPPED/RUNNING, interval, the updated-since cursor, 'Last Order
 * from', the lease that lets one import run at a time across processes, and the run history.
 */
public final class SyncStateStore {

    public record State(String status, Duration interval, Instant cursor, Instant watermark,
                        Instant lastSuccessStart, Instant lastSuccessEnd,
                        String leaseHolder, Instant leaseExpiresAt, Instant heartbeatAt, String stoppedReason) {
        public boolean running() {
            return "RUNNING".equals(status);
        }

        public boolean leaseLive(Instant now) {
            return leaseHolder != null && leaseExpiresAt != null && leaseExpiresAt.isAfter(now);
        }
    }

    /** One import run as recorded (dry runs are not recorded: they write nothing). */
    public record Run(long id, Instant startedAt, Instant finishedAt, String trigger, String outcome, Instant since,
                      int fetched, int imported, int alreadyImported, int skippedMigrated, int skippedIneligible,
                      int possibleDuplicates, int attention, String error) {
    }

    public State load(Connection c) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT * FROM sync_state WHERE id = 1");
             ResultSet rs = ps.executeQuery()) {
            rs.next();
            return new State(rs.getString("status"), Duration.ofSeconds(rs.getInt("interval_seconds")),
                    Sql.instant(rs, "cursor_at"), Sql.instant(rs, "watermark"),
                    Sql.instant(rs, "last_success_start"), Sql.instant(rs, "last_success_end"),
                    rs.getString("lease_holder"), Sql.instant(rs, "lease_expires_at"), Sql.instant(rs, "heartbeat_at"),
                    rs.getString("stopped_reason"));
        }
    }

    public void setStatus(Connection c, String status, Duration interval, String stoppedReason) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "UPDATE sync_state SET status = ?, interval_seconds = COALESCE(?, interval_seconds), stopped_reason = ? WHERE id = 1")) {
            ps.setString(1, status);
            ps.setObject(2, interval == null ? null : (int) interval.toSeconds());
            ps.setString(3, stoppedReason);
            ps.executeUpdate();
        }
    }

    /**
     * Takes the lease if it is free, expired, or already {@code holder}'s; renewing is the same call.
     * A single conditional UPDATE, so two processes cannot both win.
     */
    public boolean acquireLease(Connection c, String holder, Instant now, Duration ttl) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "UPDATE sync_state SET lease_holder = ?, lease_expires_at = ?, heartbeat_at = ? WHERE id = 1 "
                        + "AND (lease_holder IS NULL OR lease_holder = ? OR lease_expires_at < ?)")) {
            ps.setString(1, holder);
            Sql.setInstant(ps, 2, now.plus(ttl));
            Sql.setInstant(ps, 3, now);
            ps.setString(4, holder);
            Sql.setInstant(ps, 5, now);
            return ps.executeUpdate() == 1;
        }
    }

    public void releaseLease(Connection c, String holder) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "UPDATE sync_state SET lease_holder = NULL, lease_expires_at = NULL WHERE id = 1 AND lease_holder = ?")) {
            ps.setString(1, holder);
            ps.executeUpdate();
        }
    }

    /** 'Last Order from': only ever moves forward. */
    public void raiseWatermark(Connection c, Instant createdAt) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "UPDATE sync_state SET watermark = ? WHERE id = 1 AND (watermark IS NULL OR watermark < ?)")) {
            Sql.setInstant(ps, 1, createdAt);
            Sql.setInstant(ps, 2, createdAt);
            ps.executeUpdate();
        }
    }

    /** A run completed: the cursor moves to where the next run must read from. */
    public void completeRun(Connection c, Instant runStart, Instant runEnd, Instant nextCursor) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "UPDATE sync_state SET cursor_at = ?, last_success_start = ?, last_success_end = ? WHERE id = 1")) {
            Sql.setInstant(ps, 1, nextCursor);
            Sql.setInstant(ps, 2, runStart);
            Sql.setInstant(ps, 3, runEnd);
            ps.executeUpdate();
        }
    }

    /** Forgets the cursor and watermark (plan reset): the next run starts from 'Import Orders from' again. */
    public void resetCursor(Connection c) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("UPDATE sync_state SET cursor_at = NULL WHERE id = 1")) {
            ps.executeUpdate();
        }
    }

    public long startRun(Connection c, Instant startedAt, String trigger, Instant since) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "INSERT INTO sync_run (started_at, trigger_kind, dry_run, since_at, outcome) VALUES (?, ?, FALSE, ?, 'RUNNING')",
                Statement.RETURN_GENERATED_KEYS)) {
            Sql.setInstant(ps, 1, startedAt);
            ps.setString(2, trigger);
            Sql.setInstant(ps, 3, since);
            ps.executeUpdate();
            try (ResultSet keys = ps.getGeneratedKeys()) {
                keys.next();
                return keys.getLong(1);
            }
        }
    }

    public void finishRun(Connection c, long runId, Instant at, String outcome, int[] counts, String error) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "UPDATE sync_run SET finished_at = ?, outcome = ?, fetched = ?, imported = ?, already_imported = ?, "
                        + "skipped_migrated = ?, skipped_ineligible = ?, possible_duplicates = ?, attention = ?, error = ? WHERE id = ?")) {
            Sql.setInstant(ps, 1, at);
            ps.setString(2, outcome);
            for (int i = 0; i < 7; i++) {
                ps.setInt(3 + i, counts[i]);
            }
            ps.setString(10, error);
            ps.setLong(11, runId);
            ps.executeUpdate();
        }
    }

    public List<Run> recentRuns(Connection c, int limit) throws SQLException {
        List<Run> out = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT * FROM sync_run ORDER BY id DESC LIMIT ?")) {
            ps.setInt(1, limit);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(new Run(rs.getLong("id"), Sql.instant(rs, "started_at"), Sql.instant(rs, "finished_at"),
                            rs.getString("trigger_kind"), rs.getString("outcome"), Sql.instant(rs, "since_at"),
                            rs.getInt("fetched"), rs.getInt("imported"), rs.getInt("already_imported"),
                            rs.getInt("skipped_migrated"), rs.getInt("skipped_ineligible"), rs.getInt("possible_duplicates"),
                            rs.getInt("attention"), rs.getString("error")));
                }
            }
        }
        return out;
    }
}
