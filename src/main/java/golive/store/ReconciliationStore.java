package golive.store;

import golive.cart.CartOrder;
import golive.cart.Lifecycle;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The reconciliation's tables: the cart's orders staged as read, the pairings found by set
 * operations (never the sync's own registry), the bucket of every cart order and the store orders
 * left unpaired. Nothing here holds all orders in memory; lists are read back capped.
 */
public final class ReconciliationStore {

    /** What decides the buckets: the plan, the sync's position, what the credential can see. */
    public record Rules(String shopKey, Instant cutoff, Instant importFrom, boolean gapAccepted, Set<Lifecycle> importable,
                        Instant syncCursor, Instant visibleFrom) {
    }

    /** One reconciliation as recorded. */
    public record Run(long id, Instant startedAt, Instant finishedAt, Instant from, Instant to, Instant visibleFrom,
                      long cartOrders, Boolean clean) {
    }

    /** A store order as the reconciliation shows it beside its cart order. */
    public record StoreOrder(long id, String source, String cartOrderId, String number, Instant createdAt, BigDecimal total,
                             boolean needsAttention, String attentionReason) {
    }

    /** A cart order of one bucket, with the store orders paired with it (duplicates, suspect matches) and its acknowledgement. */
    public record CartRow(String cartOrderId, String number, Instant createdAt, BigDecimal total, String lifecycle,
                          String cartStatus, String bucket, String detail, String acknowledged, List<StoreOrder> store) {
    }

    /** A store order no cart order pairs with (an orphan, or not visible), with any acknowledgement's reason. */
    public record StoreRow(StoreOrder order, String acknowledged) {
    }

    /** A paired order the cart changed since it was imported: what changed, and any acknowledgement's reason. */
    public record Attention(StoreOrder order, String what, String acknowledged) {
    }

    public long begin(Connection c, Instant startedAt, Instant from, Instant visibleFrom) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "INSERT INTO reconciliation (started_at, from_at, visible_from) VALUES (?, ?, ?)", new String[] {"id"})) {
            Sql.setInstant(ps, 1, startedAt);
            Sql.setInstant(ps, 2, from);
            Sql.setInstant(ps, 3, visibleFrom);
            ps.executeUpdate();
            try (ResultSet keys = ps.getGeneratedKeys()) {
                keys.next();
                return keys.getLong(1);
            }
        }
    }

    /** Stages a page of cart orders; an order read twice (it changed between pages) keeps its latest state. */
    public void stage(Connection c, long reconId, List<CartOrder> orders, java.util.function.Function<CartOrder, String> norm)
            throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "MERGE INTO recon_cart t USING (VALUES (CAST(? AS BIGINT), CAST(? AS VARCHAR(64)), CAST(? AS VARCHAR(255)), "
                        + "CAST(? AS VARCHAR(255)), CAST(? AS TIMESTAMP WITH TIME ZONE), CAST(? AS TIMESTAMP WITH TIME ZONE), "
                        + "CAST(? AS DECIMAL(19, 4)), CAST(? AS VARCHAR(30)), CAST(? AS VARCHAR(500)))) "
                        + "s (recon_id, cart_order_id, order_number, order_number_norm, created_at, updated_at, total, lifecycle, cart_status) "
                        + "ON t.recon_id = s.recon_id AND t.cart_order_id = s.cart_order_id "
                        + "WHEN MATCHED THEN UPDATE SET order_number = s.order_number, order_number_norm = s.order_number_norm, "
                        + "created_at = s.created_at, updated_at = s.updated_at, total = s.total, lifecycle = s.lifecycle, cart_status = s.cart_status "
                        + "WHEN NOT MATCHED THEN INSERT (recon_id, cart_order_id, order_number, order_number_norm, created_at, updated_at, "
                        + "total, lifecycle, cart_status) VALUES (s.recon_id, s.cart_order_id, s.order_number, s.order_number_norm, "
                        + "s.created_at, s.updated_at, s.total, s.lifecycle, s.cart_status)")) {
            for (CartOrder o : orders) {
                ps.setLong(1, reconId);
                ps.setString(2, o.id());
                ps.setString(3, clip(o.number(), 255));
                ps.setString(4, clip(norm.apply(o), 255));
                Sql.setInstant(ps, 5, o.createdAt());
                Sql.setInstant(ps, 6, o.updatedAt());
                ps.setBigDecimal(7, o.total() == null ? null : o.total().amount());
                ps.setString(8, o.lifecycle().id());
                ps.setString(9, clip(o.cartStatus(), 500));
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }

    /**
     * Pairs, buckets and records the unpaired store orders of [from, to), by set operations. A store
     * order pairs with a cart order by cart id; a store order without one (migrated) by normalised
     * number, and only cleanly when its creation time is within a minute and its total is equal and
     * no other cart order has that number: otherwise the pairing is suspect. Each cart order's row is
     * written once: a paired one with its tally and bucket, then every other one with its bucket.
     */
    public void decide(Connection c, long reconId, Rules r, Instant from, Instant to) throws SQLException {
        // by cart id: at most one store order per cart order (the store's unique key), so no tally is needed
        update(c, "MERGE INTO recon_cart t USING (SELECT c.cart_order_id, o.id AS store_id, o.source AS src FROM recon_cart c "
                + "JOIN orders o ON o.cart_order_id = c.cart_order_id AND o.shop_key = ? WHERE c.recon_id = ?) s "
                + "ON t.recon_id = ? AND t.cart_order_id = s.cart_order_id "
                + "WHEN MATCHED THEN UPDATE SET matched = 1, store_order_id = s.store_id, store_source = s.src, "
                + "bucket = CASE WHEN s.src = 'migrated' THEN 'migrated' ELSE 'synced' END", r.shopKey(), reconId, reconId);
        update(c, "INSERT INTO recon_match (recon_id, cart_order_id, store_order_id, store_source, how) "
                + "SELECT c.recon_id, c.cart_order_id, o.id, o.source, CASE WHEN o.created_at >= c.created_at - INTERVAL '60' SECOND "
                + "AND o.created_at <= c.created_at + INTERVAL '60' SECOND AND o.total = c.total "
                + "AND (SELECT COUNT(*) FROM recon_cart d WHERE d.recon_id = c.recon_id AND d.order_number_norm = c.order_number_norm) = 1 "
                + "THEN 'number' ELSE 'suspect' END FROM recon_cart c "
                + "JOIN orders o ON o.shop_key = ? AND o.cart_order_id IS NULL AND o.order_number_norm = c.order_number_norm "
                + "WHERE c.recon_id = ? AND c.order_number_norm IS NOT NULL", r.shopKey(), reconId);
        // by number, added to any pairing by id: more than one clean pairing is a duplicate
        update(c, "MERGE INTO recon_cart t USING (SELECT cart_order_id, SUM(CASE WHEN how <> 'suspect' THEN 1 ELSE 0 END) AS matched, "
                + "SUM(CASE WHEN how = 'suspect' THEN 1 ELSE 0 END) AS suspects, MIN(CASE WHEN how <> 'suspect' THEN store_order_id END) AS store_id, "
                + "MIN(CASE WHEN how <> 'suspect' THEN store_source END) AS src FROM recon_match WHERE recon_id = ? GROUP BY cart_order_id) s "
                + "ON t.recon_id = ? AND t.cart_order_id = s.cart_order_id "
                + "WHEN MATCHED THEN UPDATE SET matched = t.matched + s.matched, suspects = s.suspects, "
                + "store_order_id = COALESCE(t.store_order_id, s.store_id), store_source = COALESCE(t.store_source, s.src), "
                + "bucket = CASE WHEN t.matched + s.matched > 1 THEN 'duplicate' "
                + "WHEN t.matched + s.matched = 1 AND COALESCE(t.store_source, s.src) = 'migrated' THEN 'migrated' "
                + "WHEN t.matched + s.matched = 1 THEN 'synced' ELSE 'suspect' END",
                reconId, reconId);
        // the minute before 'from' was read only so that a migrated order a few seconds off could pair
        update(c, "DELETE FROM recon_cart WHERE recon_id = ? AND created_at < ? AND bucket IS NULL", reconId, from);
        String excluded = ids(Set.of(Lifecycle.values()).stream().filter(Lifecycle::excluded).collect(Collectors.toSet()));
        String waiting = ids(Lifecycle.OPTIONAL.stream().filter(l -> !r.importable().contains(l)).collect(Collectors.toSet()));
        update(c, "UPDATE recon_cart SET bucket = CASE "
                + "WHEN lifecycle IN (" + excluded + ") THEN 'excluded' "
                + "WHEN lifecycle IN (" + waiting + ") THEN 'not-yet-importable' "
                + "WHEN created_at >= ? AND created_at < ? AND ? THEN 'in-accepted-gap' "
                + "WHEN created_at >= ? AND CAST(? AS TIMESTAMP WITH TIME ZONE) IS NOT NULL AND updated_at >= ? THEN 'awaiting-sync' "
                + "ELSE 'missing' END, detail = CASE "
                + "WHEN lifecycle IN (" + excluded + ") THEN cart_status "
                + "WHEN lifecycle IN (" + waiting + ") THEN cart_status "
                + "WHEN created_at < ? AND created_at >= ? THEN 'in the overlap, neither migrated nor synced' "
                + "WHEN created_at < ? THEN 'not migrated: check the old system' "
                + "WHEN created_at < ? AND ? THEN 'in the gap, accepted' "
                + "WHEN created_at < ? THEN 'in the gap, not accepted' "
                + "WHEN CAST(? AS TIMESTAMP WITH TIME ZONE) IS NOT NULL AND updated_at >= ? THEN 'changed after the last sync read; the next run reads it' "
                + "ELSE 'not synced' END WHERE recon_id = ? AND bucket IS NULL",
                r.cutoff(), r.importFrom(), r.gapAccepted(), r.importFrom(), r.syncCursor(), r.syncCursor(),
                r.cutoff(), r.importFrom(), r.cutoff(), r.importFrom(), r.gapAccepted(), r.importFrom(),
                r.syncCursor(), r.syncCursor(), reconId);
        update(c, "INSERT INTO recon_store (recon_id, store_order_id, bucket) "
                + "SELECT ?, o.id, CASE WHEN CAST(? AS TIMESTAMP WITH TIME ZONE) IS NOT NULL AND o.created_at < ? THEN 'not-visible' ELSE 'orphan' END FROM orders o "
                + "WHERE o.shop_key = ? AND o.created_at >= ? AND o.created_at < ? "
                + "AND NOT EXISTS (SELECT 1 FROM recon_match m WHERE m.recon_id = ? AND m.store_order_id = o.id) "
                + "AND NOT EXISTS (SELECT 1 FROM recon_cart p WHERE p.recon_id = ? AND p.cart_order_id = o.cart_order_id)",
                reconId, r.visibleFrom(), r.visibleFrom(), r.shopKey(), from, to, reconId, reconId);
    }

    /** When the earliest migrated order of {@code shopKey} was created; empty when none was migrated. */
    public Optional<Instant> earliestMigrated(Connection c, String shopKey) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT MIN(created_at) AS earliest FROM orders WHERE shop_key = ? AND source = 'migrated'")) {
            ps.setString(1, shopKey);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return Optional.ofNullable(Sql.instant(rs, "earliest"));
            }
        }
    }

    /** Closes the run with its window and verdict, and drops every earlier reconciliation. */
    public void finish(Connection c, long reconId, Instant finishedAt, Instant to, boolean clean) throws SQLException {
        update(c, "UPDATE reconciliation SET finished_at = ?, to_at = ?, clean = ?, "
                + "cart_orders = (SELECT COUNT(*) FROM recon_cart WHERE recon_id = ?) WHERE id = ?", finishedAt, to, clean, reconId, reconId);
        update(c, "DELETE FROM reconciliation WHERE id <> ?", reconId);
    }

    /** A run that did not finish (the cart failed mid-read): its staged rows go. */
    public void abandon(Connection c, long reconId) throws SQLException {
        update(c, "DELETE FROM reconciliation WHERE id = ? AND finished_at IS NULL", reconId);
    }

    public Optional<Run> latest(Connection c) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT * FROM reconciliation WHERE finished_at IS NOT NULL ORDER BY id DESC LIMIT 1");
             ResultSet rs = ps.executeQuery()) {
            if (!rs.next()) {
                return Optional.empty();
            }
            Boolean clean = rs.getBoolean("clean");
            return Optional.of(new Run(rs.getLong("id"), Sql.instant(rs, "started_at"), Sql.instant(rs, "finished_at"),
                    Sql.instant(rs, "from_at"), Sql.instant(rs, "to_at"), Sql.instant(rs, "visible_from"), rs.getLong("cart_orders"),
                    rs.wasNull() ? null : clean));
        }
    }

    /** How many orders each bucket holds, and how many of those a person acknowledged: bucket id to {all, acknowledged}. */
    public Map<String, long[]> counts(Connection c, long reconId) throws SQLException {
        Map<String, long[]> out = new LinkedHashMap<>();
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT bucket, COUNT(*), SUM(CASE WHEN EXISTS (SELECT 1 FROM acknowledgement a WHERE a.kind = bucket AND a.ref = cart_order_id) "
                        + "THEN 1 ELSE 0 END) FROM recon_cart WHERE recon_id = ? GROUP BY bucket")) {
            ps.setLong(1, reconId);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.put(rs.getString(1), new long[] {rs.getLong(2), rs.getLong(3)});
                }
            }
        }
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT s.bucket, COUNT(*), SUM(CASE WHEN EXISTS (SELECT 1 FROM acknowledgement a WHERE a.kind = s.bucket "
                        + "AND a.ref = COALESCE(o.order_number, CAST(o.id AS VARCHAR(20)))) THEN 1 ELSE 0 END) "
                        + "FROM recon_store s JOIN orders o ON o.id = s.store_order_id WHERE s.recon_id = ? GROUP BY s.bucket")) {
            ps.setLong(1, reconId);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.put(rs.getString(1), new long[] {rs.getLong(2), rs.getLong(3)});
                }
            }
        }
        return out;
    }

    /** Excluded cart orders counted by the reason the cart shows ("fulfilled", "cancelled"...). */
    public Map<String, Long> excludedByState(Connection c, long reconId) throws SQLException {
        Map<String, Long> out = new LinkedHashMap<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT lifecycle, COUNT(*) FROM recon_cart WHERE recon_id = ? AND bucket = 'excluded' "
                + "GROUP BY lifecycle ORDER BY lifecycle")) {
            ps.setLong(1, reconId);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.put(Lifecycle.fromId(rs.getString(1)).label(), rs.getLong(2));
                }
            }
        }
        return out;
    }

    /** Up to {@code limit} cart orders of {@code bucket} (null: every bucket), oldest first, each with its paired store orders. */
    public List<CartRow> cartOrders(Connection c, long reconId, String bucket, int limit) throws SQLException {
        List<CartRow> rows = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT r.*, (SELECT a.reason FROM acknowledgement a WHERE a.kind = r.bucket AND a.ref = r.cart_order_id) AS ack "
                        + "FROM recon_cart r WHERE r.recon_id = ? AND (? IS NULL OR r.bucket = ?) ORDER BY r.created_at, r.cart_order_id LIMIT ?")) {
            ps.setLong(1, reconId);
            ps.setString(2, bucket);
            ps.setString(3, bucket);
            ps.setInt(4, limit);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    rows.add(new CartRow(rs.getString("cart_order_id"), rs.getString("order_number"), Sql.instant(rs, "created_at"),
                            rs.getBigDecimal("total"), rs.getString("lifecycle"), rs.getString("cart_status"), rs.getString("bucket"),
                            rs.getString("detail"), rs.getString("ack"), List.of()));
                }
            }
        }
        if (!"duplicate".equals(bucket) && !"suspect".equals(bucket)) {
            return rows;
        }
        List<CartRow> withStore = new ArrayList<>(rows.size());
        for (CartRow row : rows) {
            withStore.add(new CartRow(row.cartOrderId(), row.number(), row.createdAt(), row.total(), row.lifecycle(), row.cartStatus(),
                    row.bucket(), row.detail(), row.acknowledged(), paired(c, reconId, row.cartOrderId())));
        }
        return withStore;
    }

    /** The cart order {@code cartOrderId} as reconciliation {@code reconId} bucketed it. */
    public Optional<CartRow> cartOrder(Connection c, long reconId, String cartOrderId) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT * FROM recon_cart WHERE recon_id = ? AND cart_order_id = ?")) {
            ps.setLong(1, reconId);
            ps.setString(2, cartOrderId);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(new CartRow(rs.getString("cart_order_id"), rs.getString("order_number"),
                        Sql.instant(rs, "created_at"), rs.getBigDecimal("total"), rs.getString("lifecycle"), rs.getString("cart_status"),
                        rs.getString("bucket"), rs.getString("detail"), null, List.of())) : Optional.empty();
            }
        }
    }

    /** Calls {@code each} with the creation time and bucket of every cart order created in [from, to), streamed (never all in memory). */
    public void createdBetween(Connection c, long reconId, Instant from, Instant to, java.util.function.BiConsumer<Instant, String> each)
            throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT created_at, bucket FROM recon_cart WHERE recon_id = ? AND created_at >= ? AND created_at < ?")) {
            ps.setLong(1, reconId);
            Sql.setInstant(ps, 2, from);
            Sql.setInstant(ps, 3, to);
            ps.setFetchSize(1000);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    each.accept(Sql.instant(rs, "created_at"), rs.getString("bucket"));
                }
            }
        }
    }

    /** Up to {@code limit} unpaired store orders of {@code bucket} ("orphan", "not-visible"), with any acknowledgement's reason. */
    public List<StoreRow> storeOrders(Connection c, long reconId, String bucket, int limit) throws SQLException {
        List<StoreRow> out = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT o.*, (SELECT a.reason FROM acknowledgement a WHERE a.kind = s.bucket "
                        + "AND a.ref = COALESCE(o.order_number, CAST(o.id AS VARCHAR(20)))) AS ack "
                        + "FROM recon_store s JOIN orders o ON o.id = s.store_order_id WHERE s.recon_id = ? AND s.bucket = ? "
                        + "ORDER BY o.created_at, o.id LIMIT ?")) {
            ps.setLong(1, reconId);
            ps.setString(2, bucket);
            ps.setInt(3, limit);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(new StoreRow(storeOrder(rs), rs.getString("ack")));
                }
            }
        }
        return out;
    }

    /**
     * Paired orders the cart changed since they were imported (cancelled, refunded, a different
     * total), and those the sync already flagged: up to {@code limit}, each with what changed.
     */
    public List<Attention> attention(Connection c, long reconId, int limit) throws SQLException {
        List<Attention> out = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT o.*, r.lifecycle, r.total AS cart_total, r.cart_order_id AS paired_id, "
                        + "(SELECT a.reason FROM acknowledgement a WHERE a.kind = 'attention' AND a.ref = r.cart_order_id) AS ack "
                        + "FROM recon_cart r JOIN orders o ON o.id = r.store_order_id "
                        + "WHERE r.recon_id = ? AND r.matched = 1 AND (o.needs_attention OR r.lifecycle IN ('cancelled', 'refunded') "
                        + "OR r.total <> o.total) ORDER BY o.created_at, o.id LIMIT ?")) {
            ps.setLong(1, reconId);
            ps.setInt(2, limit);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    StoreOrder o = storeOrder(rs);
                    List<String> what = new ArrayList<>();
                    String state = rs.getString("lifecycle");
                    if ("cancelled".equals(state) || "refunded".equals(state)) {
                        what.add("the cart now shows it " + state);
                    }
                    BigDecimal cartTotal = rs.getBigDecimal("cart_total");
                    if (cartTotal != null && cartTotal.compareTo(o.total()) != 0) {
                        what.add("total " + o.total().stripTrailingZeros().toPlainString() + " in the store, "
                                + cartTotal.stripTrailingZeros().toPlainString() + " in the cart");
                    }
                    if (o.needsAttention() && o.attentionReason() != null && what.isEmpty()) {
                        what.add(o.attentionReason());
                    }
                    out.add(new Attention(withCartId(o, rs.getString("paired_id")), String.join("; ", what), rs.getString("ack")));
                }
            }
        }
        return out;
    }

    private static StoreOrder withCartId(StoreOrder o, String cartId) {
        return o.cartOrderId() != null ? o : new StoreOrder(o.id(), o.source(), cartId, o.number(), o.createdAt(), o.total(),
                o.needsAttention(), o.attentionReason());
    }

    private List<StoreOrder> paired(Connection c, long reconId, String cartOrderId) throws SQLException {
        List<StoreOrder> out = new ArrayList<>();
        // the pairing by id is on the cart order's row, those by number (and the suspect ones) in recon_match
        try (PreparedStatement ps = c.prepareStatement("SELECT o.* FROM recon_match m JOIN orders o ON o.id = m.store_order_id "
                + "WHERE m.recon_id = ? AND m.cart_order_id = ? UNION SELECT o.* FROM recon_cart r JOIN orders o ON o.id = r.store_order_id "
                + "WHERE r.recon_id = ? AND r.cart_order_id = ? ORDER BY id")) {
            ps.setLong(1, reconId);
            ps.setString(2, cartOrderId);
            ps.setLong(3, reconId);
            ps.setString(4, cartOrderId);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(storeOrder(rs));
                }
            }
        }
        return out;
    }

    private static StoreOrder storeOrder(ResultSet rs) throws SQLException {
        return new StoreOrder(rs.getLong("id"), rs.getString("source"), rs.getString("cart_order_id"), rs.getString("order_number"),
                Sql.instant(rs, "created_at"), rs.getBigDecimal("total"), rs.getBoolean("needs_attention"), rs.getString("attention_reason"));
    }

    private static String ids(Set<Lifecycle> states) {
        return states.isEmpty() ? "''" : states.stream().map(l -> "'" + l.id() + "'").sorted().collect(Collectors.joining(", "));
    }

    private static void update(Connection c, String sql, Object... args) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 0; i < args.length; i++) {
                Object a = args[i];
                if (a instanceof Instant t) {
                    Sql.setInstant(ps, i + 1, t);
                } else if (a == null) {
                    ps.setNull(i + 1, java.sql.Types.TIMESTAMP_WITH_TIMEZONE);
                } else {
                    ps.setObject(i + 1, a);
                }
            }
            ps.executeUpdate();
        }
    }

    private static String clip(String s, int max) {
        return s == null || s.length() <= max ? s : s.substring(0, max);
    }
}
