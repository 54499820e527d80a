package golive.testkit;

import golive.store.Database;

import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * What a store holds, row by row, in the tables a person relies on (orders and their lines, the
 * plan, the cart, the open-orders batches, the audit log, the set-aside orders): equal snapshots
 * mean the store was left unchanged. Immutable.
 */
public record StoreSnapshot(List<String> rows) {
    private static final List<String> TABLES = List.of("orders", "order_line", "plan", "cart_config", "open_orders_batch",
            "audit_log", "set_aside");

    public static StoreSnapshot of(Database db) {
        return db.read(c -> {
            List<String> rows = new ArrayList<>();
            try (Statement s = c.createStatement()) {
                for (String table : TABLES) {
                    try (ResultSet rs = s.executeQuery("SELECT * FROM " + table + " ORDER BY 1")) {
                        ResultSetMetaData md = rs.getMetaData();
                        while (rs.next()) {
                            StringBuilder row = new StringBuilder(table).append(':');
                            for (int i = 1; i <= md.getColumnCount(); i++) {
                                row.append(' ').append(rs.getString(i));
                            }
                            rows.add(row.toString());
                        }
                    }
                }
            }
            return new StoreSnapshot(List.copyOf(rows));
        });
    }

    public static StoreSnapshot of(Path basePath) {
        try (Database db = Database.open(basePath)) {
            return of(db);
        }
    }

    public long count(String table) {
        return rows.stream().filter(r -> r.startsWith(table + ":")).count();
    }
}
