package golive.store.migration;

import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * H2 gives {@code order_line}'s foreign key to {@code orders} an index of its own, on
 * {@code (order_id)}, beside the primary key {@code (order_id, line_no)} that starts with the same
 * column: H2 reuses an index for a foreign key only when it has exactly the key's columns. That index
 * was 300,000 extra insertions in a 100,000-order open-orders file (the import 16 % slower). On H2 the
 * key goes, with its index; an order's lines are deleted with it by the code that deletes orders
 * ({@code OpenOrdersStore.undo}). In Java because H2 named the key itself. PostgreSQL keeps its key,
 * which has no index of its own there.
 */
public final class V11__OrderLineForeignKeyOnH2 extends BaseJavaMigration {

    @Override
    public void migrate(Context context) throws SQLException {
        Connection c = context.getConnection();
        if (!"H2".equals(c.getMetaData().getDatabaseProductName())) {
            return;
        }
        List<String> keys = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT CONSTRAINT_NAME FROM INFORMATION_SCHEMA.TABLE_CONSTRAINTS "
                + "WHERE TABLE_SCHEMA = SCHEMA() AND TABLE_NAME = 'ORDER_LINE' AND CONSTRAINT_TYPE = 'FOREIGN KEY'");
             ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                keys.add(rs.getString(1));
            }
        }
        try (Statement s = c.createStatement()) {
            for (String key : keys) {
                s.execute("ALTER TABLE order_line DROP CONSTRAINT \"" + key.replace("\"", "\"\"") + "\"");
            }
        }
    }
}
