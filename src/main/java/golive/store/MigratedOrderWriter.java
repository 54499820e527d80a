package golive.store;

import golive.domain.Order;
import golive.domain.OrderLine;
import golive.domain.ShipTo;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * The bulk path for migrated orders: plain inserts sent in JDBC batches of {@code chunk} orders,
 * inside the caller's transaction. Unlike {@link OrderStore#insert} it does not skip existing
 * cart ids: the caller has already set aside every order the store holds (one query, not one per
 * order), and the unique key still stops a duplicate that slipped in meanwhile (the transaction
 * fails). One instance per transaction; not thread-safe.
 */
public final class MigratedOrderWriter implements AutoCloseable {
    private record Pending(NewOrder order, ShipTo shipTo) {
    }

    private final PreparedStatement orders;
    private final PreparedStatement lines;
    private final int chunk;
    private final Instant now;
    private final List<Pending> pending = new ArrayList<>();
    private long written;

    public MigratedOrderWriter(Connection c, int chunk, Instant now) throws SQLException {
        this.orders = c.prepareStatement(
                "INSERT INTO orders (source, shop_key, cart_order_id, order_number, order_number_norm, created_at, doc_type, "
                        + "status, currency, total, customer_email, customer_name, batch_id, imported_at, ship_to_name, "
                        + "ship_to_company, ship_to_address1, ship_to_address2, ship_to_city, ship_to_region, ship_to_postcode, "
                        + "ship_to_country, ship_to_phone) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                new String[] {"id"});
        this.lines = c.prepareStatement(
                "INSERT INTO order_line (order_id, line_no, sku, description, quantity, price) VALUES (?, ?, ?, ?, ?, ?)");
        this.chunk = chunk;
        this.now = now;
    }

    /** Queues one order; a full chunk is written at once. */
    public void add(NewOrder o, ShipTo shipTo) throws SQLException {
        pending.add(new Pending(o, shipTo == null ? ShipTo.NONE : shipTo));
        if (pending.size() >= chunk) {
            flush();
        }
    }

    /** Writes what is queued: the orders, then (with their new ids) their lines. */
    public void flush() throws SQLException {
        if (pending.isEmpty()) {
            return;
        }
        for (Pending p : pending) {
            bindOrder(p.order(), p.shipTo());
            orders.addBatch();
        }
        orders.executeBatch();
        try (ResultSet keys = orders.getGeneratedKeys()) {
            for (Pending p : pending) {
                if (!keys.next()) {
                    throw new SQLException("the database returned fewer order ids than orders written");
                }
                long id = keys.getLong(1);
                int n = 0;
                for (OrderLine l : p.order().lines()) {
                    lines.setLong(1, id);
                    lines.setInt(2, ++n);
                    lines.setString(3, l.sku());
                    lines.setString(4, l.description());
                    lines.setBigDecimal(5, l.quantity());
                    lines.setBigDecimal(6, l.price());
                    lines.addBatch();
                }
            }
        }
        lines.executeBatch();
        written += pending.size();
        pending.clear();
    }

    /** Orders written so far (flushed). */
    public long written() {
        return written;
    }

    private void bindOrder(NewOrder o, ShipTo s) throws SQLException {
        int i = 0;
        orders.setString(++i, o.source().id());
        orders.setString(++i, o.shopKey());
        orders.setString(++i, o.cartOrderId());
        orders.setString(++i, o.orderNumber());
        orders.setString(++i, o.orderNumberNorm());
        Sql.setInstant(orders, ++i, o.createdAt());
        orders.setString(++i, o.docType().id());
        orders.setString(++i, Order.PENDING);
        orders.setString(++i, o.total().currency());
        orders.setBigDecimal(++i, o.total().amount());
        orders.setString(++i, o.customerEmail());
        orders.setString(++i, o.customerName());
        orders.setObject(++i, o.batchId());
        Sql.setInstant(orders, ++i, now);
        for (String v : new String[] {s.name(), s.company(), s.address1(), s.address2(), s.city(), s.region(),
                s.postcode(), s.country(), s.phone()}) {
            orders.setString(++i, v);
        }
    }

    @Override
    public void close() throws SQLException {
        try (orders; lines) {
            pending.clear();
        }
    }
}
