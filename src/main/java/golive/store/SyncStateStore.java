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

    /**
     * @param clockSkew the latest measurement of the cart's clock against this computer's (positive: the
     *                  cart is ahead), null before any
     */
    public record State(String status, Duration interval, Instant cursor, Instant watermark,
                        Instant lastSuccessStart, Instant lastSuccessEnd,
                        String leaseHolder, Instant leaseExpiresAt, Instant heartbeatAt, String stoppedReason,
                        Duration clockSkew, Instant clockMeasuredAt) {
        public boolean running() {
            return "RUNNING".equals(status);
        }

        public boolean leaseLive(Instant now) {
            return leaseHolder != null && leaseExpiresAt != null && leaseExpiresAt.isAfter(now);
        }
    }

    /**
     * One import run as recorded (dry runs are not recorded: they write nothing). {@code outcome}:
     * RUNNING, OK, FAILED, or INTERRUPTED (its process died). The counts are written with every page.
     */
    public record Run(long id, Instant startedAt, Instant finishedAt, String trigger, String outcome, Instant since,
                      int fetched, int imported, int alreadyImported, int skippedMigrated, int skippedIneligible,
                      int possibleDuplicates, int attention, int setAside, String error, String holder,
                      Long cartCount, Long distinctRead) {
        /** RUNNING as recorded, but its holder no longer holds a live lease: its process died. */
        public String outcomeIn(State st, Instant dbNow) {
            boolean live = st.leaseLive(dbNow) && holder != null && holder.equals(st.leaseHolder());
            return "RUNNING".equals(outcome) && !live ? "INTERRUPTED" : outcome;
        }
    }

    public State load(Connection c) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT * FROM sync_state WHERE id = 1");
             ResultSet rs = ps.executeQuery()) {
            rs.next();
            return new State(rs.getString("status"), Duration.ofSeconds(rs.getInt("interval_seconds")),
                    Sql.instant(rs, "cursor_at"), Sql.instant(rs, "watermark"),
                    Sql.instant(rs, "last_success_start"), Sql.instant(rs, "last_success_end"),
                    rs.getString("lease_holder"), Sql.instant(rs, "lease_expires_at"), Sql.instant(rs, "heartbeat_at"),
                    rs.getString("stopped_reason"), Sql.longOrNull(rs, "clock_skew_ms") == null ? null
                            : Duration.ofMillis(rs.getLong("clock_skew_ms")), Sql.instant(rs, "clock_measured_at"));
        }
    }

    /** The database's clock, which leases are judged by. */
    public Instant databaseNow(Connection c) throws SQLException {
        return Sql.dbNow(c);
    }

    /** Records a measurement of the cart's clock; the guard uses the latest. */
    public void recordClock(Connection c, Duration skew, Instant measuredAt) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "UPDATE sync_state SET clock_skew_ms = ?, clock_measured_at = ? WHERE id = 1")) {
            ps.setLong(1, skew.toMillis());
            Sql.setInstant(ps, 2, measuredAt);
            ps.executeUpdate();
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
     * A single conditional UPDATE, so two processes cannot both win. Judged by the database's clock
     * ({@code now} is {@link Sql#dbNow}), so machines whose clocks differ agree on who holds it.
     */
    public boolean acquireLease(Connection c, String holder, Duration ttl) throws SQLException {
        Instant now = Sql.dbNow(c);
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

    /** True when {@code holder} holds a live lease now (the database's clock); writes nothing. */
    public boolean holdsLease(Connection c, String holder) throws SQLException {
        State st = load(c);
        return holder.equals(st.leaseHolder()) && st.leaseLive(Sql.dbNow(c));
    }

    /** Runs still RUNNING under another holder: we hold the lease now, so their process died. */
    public int interruptOthers(Connection c, String holder) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "UPDATE sync_run SET outcome = 'INTERRUPTED', finished_at = ? WHERE outcome = 'RUNNING' "
                        + "AND (holder IS NULL OR holder <> ?)")) {
            Sql.setInstant(ps, 1, Sql.dbNow(c));
            ps.setString(2, holder);
            return ps.executeUpdate();
        }
    }

    public void releaseLease(Connection c, String holder) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "UPDATE sync_state SET lease_holder = NULL, lease_expires_at = NULL WHERE id = 1 AND lease_holder = ?")) {
            ps.setString(1, holder);
            ps.executeUpdate();
        }
    }

    /**
     * A run completed: the cursor moves to where the next run must read from, and 'Last Order from'
     * to the newest cart order the store holds (so orders a killed run committed count too, and a
     * partial run never moves it). Looked for at or after the last one first, so a big store is not
     * read whole at every run; the whole store only when none is (the first run).
     */
    public void completeRun(Connection c, Instant runStart, Instant runEnd, Instant nextCursor) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "UPDATE sync_state SET cursor_at = ?, last_success_start = ?, last_success_end = ?, watermark = COALESCE("
                        + "(SELECT MAX(created_at) FROM orders WHERE source = 'cart' AND created_at >= sync_state.watermark), "
                        + "(SELECT MAX(created_at) FROM orders WHERE source = 'cart')) WHERE id = 1")) {
            Sql.setInstant(ps, 1, nextCursor);
            Sql.setInstant(ps, 2, runStart);
            Sql.setInstant(ps, 3, runEnd);
            ps.executeUpdate();
        }
    }

    /** Forgets the cursor (plan reset): the next run starts from 'Import Orders from' again. */
    public void resetCursor(Connection c) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("UPDATE sync_state SET cursor_at = NULL WHERE id = 1")) {
            ps.executeUpdate();
        }
    }

    public long startRun(Connection c, Instant startedAt, String trigger, Instant since, String holder) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "INSERT INTO sync_run (started_at, trigger_kind, dry_run, since_at, outcome, holder) VALUES (?, ?, FALSE, ?, 'RUNNING', ?)",
                Statement.RETURN_GENERATED_KEYS)) {
            Sql.setInstant(ps, 1, startedAt);
            ps.setString(2, trigger.length() > 200 ? trigger.substring(0, 200) : trigger);
            Sql.setInstant(ps, 3, since);
            ps.setString(4, holder);
            ps.executeUpdate();
            try (ResultSet keys = ps.getGeneratedKeys()) {
                keys.next();
                return keys.getLong(1);
            }
        }
    }

    /** The counts so far, written with each page, so a run killed mid-way still shows what it committed. */
    public void recordCounts(Connection c, long runId, int[] counts) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "UPDATE sync_run SET fetched = ?, imported = ?, already_imported = ?, skipped_migrated = ?, "
                        + "skipped_ineligible = ?, possible_duplicates = ?, attention = ?, set_aside = ? WHERE id = ?")) {
            for (int i = 0; i < 8; i++) {
                ps.setInt(1 + i, counts[i]);
            }
            ps.setLong(9, runId);
            ps.executeUpdate();
        }
    }

    /** The count check: the cart's own count (null where it has none) and the distinct orders read. */
    public void recordCountCheck(Connection c, long runId, Long cartCount, long distinctRead) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("UPDATE sync_run SET cart_count = ?, distinct_read = ? WHERE id = ?")) {
            ps.setObject(1, cartCount);
            ps.setLong(2, distinctRead);
            ps.setLong(3, runId);
            ps.executeUpdate();
        }
    }

    public void finishRun(Connection c, long runId, Instant at, String outcome, int[] counts, String error) throws SQLException {
        recordCounts(c, runId, counts);
        try (PreparedStatement ps = c.prepareStatement("UPDATE sync_run SET finished_at = ?, outcome = ?, error = ? WHERE id = ?")) {
            Sql.setInstant(ps, 1, at);
            ps.setString(2, outcome);
            ps.setString(3, error == null || error.length() <= 2000 ? error : error.substring(0, 1997) + "...");
            ps.setLong(4, runId);
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
                            rs.getInt("attention"), rs.getInt("set_aside"), rs.getString("error"), rs.getString("holder"),
                            Sql.longOrNull(rs, "cart_count"), Sql.longOrNull(rs, "distinct_read")));
                }
            }
        }
        return out;
    }
}
