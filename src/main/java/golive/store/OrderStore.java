package golive.store;

import golive.domain.DocType;
import golive.domain.Money;
import golive.domain.Order;
import golive.domain.OrderLine;
import golive.domain.OrderSource;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

/**
 * The sales-order store. Inserts are idempotent on (shop, cart order id), so a page committed
 * twice (a crash, an overlapping window) adds nothing; stored orders are never rewritten, only
 * flagged 'needs attention'.
 */
public final class OrderStore {

    /**
     * What the store knows of a cart order it already holds. {@code cartState} is the cart's state as
     * last recorded; null for a migrated order the cart has not been seen with yet (its baseline is
     * "open, as the file said").
     */
    public record Known(long id, OrderSource source, String cartState, boolean needsAttention) {
    }

    /** Migrated orders by cart id and by normalised number, so the sync skips them with no per-order query. */
    public record MigratedRegistry(Set<String> cartIds, Set<String> numbers) {
        public boolean contains(String cartId, String normalisedNumber) {
            return (cartId != null && cartIds.contains(cartId)) || (normalisedNumber != null && numbers.contains(normalisedNumber));
        }
    }

    /** Inserts unless (shop, cart id) is already there. @return true when a row was added */
    public boolean insert(Connection c, NewOrder o, Instant now) throws SQLException {
        long id;
        try (PreparedStatement ps = c.prepareStatement(
                "INSERT INTO orders (source, shop_key, cart_order_id, order_number, order_number_norm, created_at, doc_type, "
                        + "status, currency, total, customer_email, customer_name, cart_updated_at, cart_state, batch_id, run_id, imported_at) "
                        + "SELECT ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ? FROM (VALUES (0)) one (x) WHERE ? IS NULL OR NOT EXISTS "
                        + "(SELECT 1 FROM orders WHERE shop_key = ? AND cart_order_id = ?)",
                Statement.RETURN_GENERATED_KEYS)) {
            int i = 0;
            ps.setString(++i, o.source().id());
            ps.setString(++i, o.shopKey());
            ps.setString(++i, o.cartOrderId());
            ps.setString(++i, o.orderNumber());
            ps.setString(++i, o.orderNumberNorm());
            Sql.setInstant(ps, ++i, o.createdAt());
            ps.setString(++i, o.docType().id());
            ps.setString(++i, Order.PENDING);
            ps.setString(++i, o.total().currency());
            ps.setBigDecimal(++i, o.total().amount());
            ps.setString(++i, o.customerEmail());
            ps.setString(++i, o.customerName());
            Sql.setInstant(ps, ++i, o.cartUpdatedAt());
            ps.setString(++i, o.cartState());
            ps.setObject(++i, o.batchId());
            ps.setObject(++i, o.runId());
            Sql.setInstant(ps, ++i, now);
            ps.setString(++i, o.cartOrderId());
            ps.setString(++i, o.shopKey());
            ps.setString(++i, o.cartOrderId());
            if (ps.executeUpdate() == 0) {
                return false;
            }
            try (ResultSet keys = ps.getGeneratedKeys()) {
                keys.next();
                id = keys.getLong(1);
            }
        }
        try (PreparedStatement ps = c.prepareStatement(
                "INSERT INTO order_line (order_id, line_no, sku, description, quantity, price) VALUES (?, ?, ?, ?, ?, ?)")) {
            int n = 0;
            for (OrderLine l : o.lines()) {
                ps.setLong(1, id);
                ps.setInt(2, ++n);
                ps.setString(3, l.sku());
                ps.setString(4, l.description());
                ps.setBigDecimal(5, l.quantity());
                ps.setBigDecimal(6, l.price());
                ps.addBatch();
            }
            ps.executeBatch();
        }
        return true;
    }

    /** The cart orders among {@code cartIds} that the store holds already: one query per page. */
    public Map<String, Known> known(Connection c, String shopKey, Collection<String> cartIds) throws SQLException {
        Map<String, Known> out = new HashMap<>();
        if (cartIds.isEmpty()) {
            return out;
        }
        List<String> ids = List.copyOf(cartIds);
        // an explicit IN list: H2 turns it into index lookups on (shop_key, cart_order_id)
        String marks = String.join(",", java.util.Collections.nCopies(ids.size(), "?"));
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT id, source, cart_order_id, cart_state, needs_attention FROM orders WHERE shop_key = ? AND cart_order_id IN (" + marks + ")")) {
            ps.setString(1, shopKey);
            for (int i = 0; i < ids.size(); i++) {
                ps.setString(i + 2, ids.get(i));
            }
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.put(rs.getString("cart_order_id"), known(rs));
                }
            }
        }
        return out;
    }

    /** Migrated orders without a cart id, by normalised number: the ones a page matched by number alone. */
    public Map<String, Known> migratedByNumber(Connection c, String shopKey, Collection<String> numbers) throws SQLException {
        Map<String, Known> out = new HashMap<>();
        if (numbers.isEmpty()) {
            return out;
        }
        List<String> n = List.copyOf(numbers);
        String marks = String.join(",", java.util.Collections.nCopies(n.size(), "?"));
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT id, source, order_number_norm, cart_state, needs_attention FROM orders WHERE shop_key = ? "
                        + "AND source = 'migrated' AND cart_order_id IS NULL AND order_number_norm IN (" + marks + ")")) {
            ps.setString(1, shopKey);
            for (int i = 0; i < n.size(); i++) {
                ps.setString(i + 2, n.get(i));
            }
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.putIfAbsent(rs.getString("order_number_norm"), known(rs));
                }
            }
        }
        return out;
    }

    private static Known known(ResultSet rs) throws SQLException {
        return new Known(rs.getLong("id"), OrderSource.fromId(rs.getString("source")), rs.getString("cart_state"),
                rs.getBoolean("needs_attention"));
    }

    /** Records the cart's state of an order first seen in the cart (a migrated order's baseline); no flag. */
    public void recordCartState(Connection c, long orderId, String cartState, Instant cartUpdatedAt) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("UPDATE orders SET cart_state = ?, cart_updated_at = ? WHERE id = ?")) {
            ps.setString(1, cartState);
            Sql.setInstant(ps, 2, cartUpdatedAt);
            ps.setLong(3, orderId);
            ps.executeUpdate();
        }
    }

    /** Up to {@code limit} orders needing attention, newest first, without their lines. */
    public List<Order> needingAttention(Connection c, int limit) throws SQLException {
        List<Order> out = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT * FROM orders WHERE needs_attention ORDER BY created_at DESC, id DESC LIMIT ?")) {
            ps.setInt(1, limit);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(order(rs));
                }
            }
        }
        return out;
    }

    public MigratedRegistry migratedRegistry(Connection c, String shopKey) throws SQLException {
        Set<String> ids = new HashSet<>();
        Set<String> numbers = new HashSet<>();
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT cart_order_id, order_number_norm FROM orders WHERE source = 'migrated' AND shop_key = ?")) {
            ps.setString(1, shopKey);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    if (rs.getString(1) != null) {
                        ids.add(rs.getString(1));
                    }
                    if (rs.getString(2) != null) {
                        numbers.add(rs.getString(2));
                    }
                }
            }
        }
        return new MigratedRegistry(ids, numbers);
    }

    /** What identifies a stored order: source, cart id, number as shown and normalised, creation time. */
    public record Identity(String source, String cartOrderId, String orderNumber, String orderNumberNorm, Instant createdAt) {
    }

    /**
     * Every order of {@code shopKey} (only migrated ones when {@code migratedOnly}), streamed to
     * {@code sink} in one query: the open-orders import dedupes against it and checks it with the cart.
     */
    public void forEachIdentity(Connection c, String shopKey, boolean migratedOnly, Consumer<Identity> sink) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT source, cart_order_id, order_number, order_number_norm, created_at FROM orders WHERE shop_key = ?"
                        + (migratedOnly ? " AND source = 'migrated'" : ""))) {
            ps.setString(1, shopKey);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    sink.accept(new Identity(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                            Sql.instant(rs, "created_at")));
                }
            }
        }
    }

    /** Flags an order whose cart side changed after import; the order itself is left as it was. */
    public void markAttention(Connection c, long orderId, String reason, String newCartState, Instant cartUpdatedAt) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "UPDATE orders SET needs_attention = TRUE, attention_reason = ?, cart_state = ?, cart_updated_at = ? WHERE id = ?")) {
            ps.setString(1, reason);
            ps.setString(2, newCartState);
            Sql.setInstant(ps, 3, cartUpdatedAt);
            ps.setLong(4, orderId);
            ps.executeUpdate();
        }
    }

    public long count(Connection c, OrderSource source) throws SQLException {
        return scalar(c, "SELECT COUNT(*) FROM orders WHERE source = '" + source.id() + "'");
    }

    public long countNeedingAttention(Connection c) throws SQLException {
        return scalar(c, "SELECT COUNT(*) FROM orders WHERE needs_attention");
    }

    /** Every order with its lines, oldest first, streamed to {@code sink} (exports can be large). */
    public void forEach(Connection c, Consumer<Order> sink) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT o.*, l.line_no, l.sku, l.description, l.quantity, l.price FROM orders o "
                        + "LEFT JOIN order_line l ON l.order_id = o.id ORDER BY o.created_at, o.id, l.line_no");
             ResultSet rs = ps.executeQuery()) {
            Order current = null;
            List<OrderLine> lines = new ArrayList<>();
            while (rs.next()) {
                long id = rs.getLong("id");
                if (current != null && current.id() != id) {
                    sink.accept(withLines(current, lines));
                    lines = new ArrayList<>();
                }
                if (current == null || current.id() != id) {
                    current = order(rs);
                }
                if (rs.getObject("line_no") != null) {
                    lines.add(new OrderLine(rs.getString("sku"), rs.getString("description"), rs.getBigDecimal("quantity"), rs.getBigDecimal("price")));
                }
            }
            if (current != null) {
                sink.accept(withLines(current, lines));
            }
        }
    }

    public List<Order> all(Connection c) throws SQLException {
        List<Order> out = new ArrayList<>();
        forEach(c, out::add);
        return out;
    }

    /**
     * Up to {@code limit} orders, newest first, without their lines: those of {@code source} (null:
     * both), needing attention only when asked, and matching {@code search} (null: all) in the
     * number, the cart id, the customer's e-mail or name, case-insensitively. {@code matching}
     * receives how many match in all.
     */
    public List<Order> find(Connection c, OrderSource source, boolean attentionOnly, String search, int limit,
                            java.util.function.LongConsumer matching) throws SQLException {
        return find(c, source, attentionOnly, search, null, limit, matching);
    }

    /** {@link #find} among the orders one sync run imported ({@code runId} null: any). */
    public List<Order> find(Connection c, OrderSource source, boolean attentionOnly, String search, Long runId, int limit,
                            java.util.function.LongConsumer matching) throws SQLException {
        String where = " WHERE (? IS NULL OR source = ?) AND (? = FALSE OR needs_attention) AND (? IS NULL OR "
                + "LOWER(order_number) LIKE ? OR LOWER(cart_order_id) LIKE ? OR LOWER(customer_email) LIKE ? OR LOWER(customer_name) LIKE ?)"
                + " AND (CAST(? AS BIGINT) IS NULL OR run_id = ?)";
        String like = search == null || search.isBlank() ? null
                : "%" + search.strip().toLowerCase(java.util.Locale.ROOT).replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
        String src = source == null ? null : source.id();
        try (PreparedStatement count = c.prepareStatement("SELECT COUNT(*) FROM orders" + where)) {
            bindFilter(count, src, attentionOnly, like, runId);
            try (ResultSet rs = count.executeQuery()) {
                rs.next();
                matching.accept(rs.getLong(1));
            }
        }
        List<Order> out = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT * FROM orders" + where + " ORDER BY created_at DESC, id DESC LIMIT ?")) {
            bindFilter(ps, src, attentionOnly, like, runId);
            ps.setInt(11, limit);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(order(rs));
                }
            }
        }
        return out;
    }

    private static void bindFilter(PreparedStatement ps, String source, boolean attentionOnly, String like, Long runId)
            throws SQLException {
        ps.setString(1, source);
        ps.setString(2, source);
        ps.setBoolean(3, attentionOnly);
        for (int i = 4; i <= 8; i++) {
            ps.setString(i, like);
        }
        ps.setObject(9, runId, java.sql.Types.BIGINT);
        ps.setObject(10, runId, java.sql.Types.BIGINT);
    }

    private static Order order(ResultSet rs) throws SQLException {
        return new Order(rs.getLong("id"), OrderSource.fromId(rs.getString("source")),
                rs.getString("cart_order_id"), rs.getString("order_number"), Sql.instant(rs, "created_at"),
                DocType.fromId(rs.getString("doc_type")), rs.getString("status"),
                new Money(rs.getBigDecimal("total"), rs.getString("currency")), rs.getString("customer_email"),
                rs.getBoolean("needs_attention"), rs.getString("attention_reason"), List.of());
    }

    private static Order withLines(Order o, List<OrderLine> lines) {
        return new Order(o.id(), o.source(), o.cartOrderId(), o.orderNumber(), o.createdAt(), o.docType(), o.status(),
                o.total(), o.customerEmail(), o.needsAttention(), o.attentionReason(), List.copyOf(lines));
    }

    static long scalar(Connection c, String sql) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql); ResultSet rs = ps.executeQuery()) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
