package golive.store;

import golive.cart.Lifecycle;
import golive.domain.CartKind;
import golive.domain.DocType;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.Set;

/** The cut-over plan row: cut-off, 'Import Orders from', acceptances, 'Import Orders As', the lock. */
public final class PlanStore {

    /**
     * The plan as stored. Zones are those the user chose; instants are exact. {@code version} moves
     * with every change a sync run depends on, the cart's included ({@link #bumpVersion}).
     *
     * @param importable the optional order states imported (a subset of {@link Lifecycle#OPTIONAL}); null: the cart's defaults
     */
    public record Plan(Instant cutoff, ZoneId cutoffZone, boolean cutoffConfirmed,
                       Instant importFrom, ZoneId importFromZone, boolean gapAccepted, boolean overlapAccepted,
                       DocType importAs, Instant lockedAt, long version, Set<Lifecycle> importable) {
        public boolean locked() {
            return lockedAt != null;
        }

        /** Every state a run imports for a cart of {@code kind}: open and partially fulfilled, and the chosen optional ones. */
        public Set<Lifecycle> importableFor(CartKind kind) {
            if (importable == null) {
                return Lifecycle.defaultImportable(kind);
            }
            Set<Lifecycle> all = EnumSet.of(Lifecycle.OPEN, Lifecycle.PARTIALLY_FULFILLED);
            all.addAll(importable);
            return all;
        }
    }

    public Plan load(Connection c) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT * FROM plan WHERE id = 1");
             ResultSet rs = ps.executeQuery()) {
            rs.next();
            return new Plan(Sql.instant(rs, "cutoff_at"), zone(rs.getString("cutoff_zone")), rs.getBoolean("cutoff_confirmed"),
                    Sql.instant(rs, "import_from_at"), zone(rs.getString("import_from_zone")),
                    rs.getBoolean("gap_accepted"), rs.getBoolean("overlap_accepted"),
                    DocType.fromId(rs.getString("import_as")), Sql.instant(rs, "locked_at"), rs.getLong("version"),
                    importable(rs.getString("importable")));
        }
    }

    /** Setting the cut-off confirms it and withdraws any gap/overlap acceptance made against the old value. */
    public void setCutoff(Connection c, Instant at, ZoneId zone) throws SQLException {
        update(c, "UPDATE plan SET cutoff_at = ?, cutoff_zone = ?, cutoff_confirmed = TRUE, gap_accepted = FALSE, "
                + "overlap_accepted = FALSE WHERE id = 1", at, zone);
    }

    public void setImportFrom(Connection c, Instant at, ZoneId zone, boolean gapAccepted, boolean overlapAccepted) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "UPDATE plan SET import_from_at = ?, import_from_zone = ?, gap_accepted = ?, overlap_accepted = ? WHERE id = 1")) {
            Sql.setInstant(ps, 1, at);
            ps.setString(2, zone.getId());
            ps.setBoolean(3, gapAccepted);
            ps.setBoolean(4, overlapAccepted);
            ps.executeUpdate();
        }
    }

    public void setImportAs(Connection c, DocType type) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("UPDATE plan SET import_as = ? WHERE id = 1")) {
            ps.setString(1, type.id());
            ps.executeUpdate();
        }
    }

    /** Locks the plan at the first import from the cart; a no-op once locked. */
    public void lockIfOpen(Connection c, Instant at) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("UPDATE plan SET locked_at = ? WHERE id = 1 AND locked_at IS NULL")) {
            Sql.setInstant(ps, 1, at);
            ps.executeUpdate();
        }
    }

    /** Unlocks the plan (a reset). */
    public void unlock(Connection c) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("UPDATE plan SET locked_at = NULL, reset_count = reset_count + 1 WHERE id = 1")) {
            ps.executeUpdate();
        }
    }

    /** Sets the optional importable states; null returns to the cart's defaults. */
    public void setImportable(Connection c, Set<Lifecycle> states) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("UPDATE plan SET importable = ? WHERE id = 1")) {
            ps.setString(1, states == null ? null
                    : String.join(",", states.stream().sorted().map(Lifecycle::id).toList()));
            ps.executeUpdate();
        }
    }

    /**
     * Marks a change a sync run depends on, in the changer's transaction: a run that began under the
     * old version stops at its next page instead of writing under a plan that no longer stands.
     */
    public void bumpVersion(Connection c) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("UPDATE plan SET version = version + 1 WHERE id = 1")) {
            ps.executeUpdate();
        }
    }

    /**
     * The plan's version, holding the plan row until {@code c}'s transaction ends: a plan change
     * (a reset, a new cut-off) cannot slip between a page's check and its writes; it waits for the
     * page, or the page sees it.
     */
    public long version(Connection c) throws SQLException {
        return OrderStore.scalar(c, "SELECT version FROM plan WHERE id = 1 FOR UPDATE");
    }

    private static void update(Connection c, String sql, Instant at, ZoneId zone) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            Sql.setInstant(ps, 1, at);
            ps.setString(2, zone.getId());
            ps.executeUpdate();
        }
    }

    private static Set<Lifecycle> importable(String ids) {
        if (ids == null) {
            return null;
        }
        Set<Lifecycle> s = EnumSet.noneOf(Lifecycle.class);
        for (String id : ids.split(",")) {
            if (!id.isBlank()) {
                s.add(Lifecycle.fromId(id));
            }
        }
        return s;
    }

    private static ZoneId zone(String id) {
        return id == null ? null : ZoneId.of(id);
    }
}
