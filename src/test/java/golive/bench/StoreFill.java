package golive.bench;

import golive.store.Database;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/** Fills a store straight in SQL with orders an earlier sync would have written: for benchmarks that need a big store fast. */
final class StoreFill {
    private static final int CHUNK = 100_000;

    private StoreFill() {
    }

    /**
     * Adds {@code count} cart orders of {@code shopKey} (cart ids {@code old-N}, numbers {@code #N},
     * three lines each), in transactions of 100,000 orders. @return {@code count}
     */
    static long cartOrders(Database db, String shopKey, long count) {
        OffsetDateTime then = OffsetDateTime.now(ZoneOffset.UTC).minusYears(1);
        for (long done = 0; done < count; done += CHUNK) {
            long from = done + 1;
            long to = Math.min(count, done + CHUNK);
            db.inTransaction(c -> {
                long first;
                try (ResultSet rs = c.createStatement().executeQuery("SELECT COALESCE(MAX(id), 0) FROM orders")) {
                    rs.next();
                    first = rs.getLong(1) + 1;
                }
                long offset = next(c);
                try (PreparedStatement ps = c.prepareStatement(
                        "INSERT INTO orders (source, shop_key, cart_order_id, order_number, order_number_norm, created_at, doc_type, status, "
                                + "currency, total, customer_email, customer_name, cart_updated_at, cart_state, imported_at) "
                                + "SELECT 'cart', ?, 'old-' || (X + CAST(? AS BIGINT)), '#' || (X + CAST(? AS BIGINT)), CAST(X + CAST(? AS BIGINT) AS VARCHAR), DATEADD(SECOND, X, CAST(? AS TIMESTAMP WITH TIME ZONE)), 'sales-order', "
                                + "'PENDING', 'USD', 10 + MOD(X, 490), 'buyer' || X || '@example.com', 'Buyer ' || X, DATEADD(SECOND, X + 60, CAST(? AS TIMESTAMP WITH TIME ZONE)), "
                                + "'paid', DATEADD(SECOND, X + 120, CAST(? AS TIMESTAMP WITH TIME ZONE)) FROM SYSTEM_RANGE(CAST(? AS BIGINT), CAST(? AS BIGINT))")) {
                    int i = 0;
                    ps.setString(++i, shopKey);
                    for (int k = 0; k < 3; k++) {
                        ps.setLong(++i, offset);
                    }
                    for (int k = 0; k < 3; k++) {
                        ps.setObject(++i, then);
                    }
                    ps.setLong(++i, from);
                    ps.setLong(++i, to);
                    ps.executeUpdate();
                }
                try (PreparedStatement ps = c.prepareStatement(
                        "INSERT INTO order_line (order_id, line_no, sku, description, quantity, price) "
                                + "SELECT o.id, r.X, 'SKU-' || MOD(o.id * r.X, 997), 'Widget ' || r.X, r.X, 3.5 * r.X FROM orders o, SYSTEM_RANGE(1, 3) r WHERE o.id >= CAST(? AS BIGINT)")) {
                    ps.setLong(1, first);
                    ps.executeUpdate();
                }
                return null;
            });
        }
        return count;
    }

    /** The next free suffix of the {@code old-N} ids (so a second fill does not collide with the first). */
    private static long next(java.sql.Connection c) throws java.sql.SQLException {
        try (ResultSet rs = c.createStatement().executeQuery("SELECT COUNT(*) FROM orders WHERE cart_order_id LIKE 'old-%'")) {
            rs.next();
            return rs.getLong(1);
        }
    }

    static long distinctCartIds(Database db) {
        return db.read(c -> {
            try (ResultSet rs = c.createStatement().executeQuery("SELECT COUNT(DISTINCT cart_order_id) FROM orders")) {
                rs.next();
                return rs.getLong(1);
            }
        });
    }
}
