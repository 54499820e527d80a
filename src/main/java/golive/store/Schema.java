package golive.store;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The store's tables as the database describes them (JDBC metadata, the same calls on H2 and
 * PostgreSQL), for the export: names in lower case, columns in order, parents before children.
 */
final class Schema {
    /** The single-row tables the migrations seed ({@code plan}, {@code sync_state}): present in an empty store. */
    static final Set<String> SEEDED = Set.of("plan", "sync_state");

    private Schema() {
    }

    private static String schema(Connection c) throws SQLException {
        return c.getMetaData().getDatabaseProductName().toLowerCase(Locale.ROOT).contains("h2") ? "PUBLIC" : "public";
    }

    /** The store's tables (Flyway's history among them), lower case, sorted. */
    static List<String> tables(Connection c) throws SQLException {
        List<String> out = new ArrayList<>();
        try (ResultSet rs = c.getMetaData().getTables(null, schema(c), "%", new String[] {"TABLE"})) {
            while (rs.next()) {
                out.add(rs.getString("TABLE_NAME").toLowerCase(Locale.ROOT));
            }
        }
        out.sort(null);
        return out;
    }

    /** Parents no foreign key declares: on H2 {@code order_line}'s key to {@code orders} is dropped (V11), PostgreSQL keeps it. */
    private static final Map<String, Set<String>> UNDECLARED = Map.of("order_line", Set.of("orders"));

    /** Every table, each after the tables its foreign keys (and {@link #UNDECLARED}) point at. */
    static List<String> loadOrder(Connection c) throws SQLException {
        Map<String, Set<String>> parents = new TreeMap<>();
        DatabaseMetaData md = c.getMetaData();
        for (String t : tables(c)) {
            Set<String> p = new LinkedHashSet<>(UNDECLARED.getOrDefault(t, Set.of()));
            try (ResultSet rs = md.getImportedKeys(null, schema(c), name(c, t))) {
                while (rs.next()) {
                    String parent = rs.getString("PKTABLE_NAME").toLowerCase(Locale.ROOT);
                    if (!parent.equals(t)) {
                        p.add(parent);
                    }
                }
            }
            parents.put(t, p);
        }
        List<String> order = new ArrayList<>();
        while (order.size() < parents.size()) {
            int before = order.size();
            for (Map.Entry<String, Set<String>> e : parents.entrySet()) {
                if (!order.contains(e.getKey()) && order.containsAll(e.getValue())) {
                    order.add(e.getKey());
                }
            }
            if (order.size() == before) {
                throw new StoreException("the store's foreign keys form a cycle: " + parents);
            }
        }
        return order;
    }

    static List<StoreExport.Column> columns(Connection c, String table) throws SQLException {
        List<StoreExport.Column> out = new ArrayList<>();
        try (ResultSet rs = c.getMetaData().getColumns(null, schema(c), name(c, table), "%")) {
            Map<Integer, StoreExport.Column> byPosition = new TreeMap<>();
            while (rs.next()) {
                byPosition.put(rs.getInt("ORDINAL_POSITION"), new StoreExport.Column(
                        rs.getString("COLUMN_NAME").toLowerCase(Locale.ROOT), StoreExport.Kind.of(rs.getInt("DATA_TYPE"))));
            }
            out.addAll(byPosition.values());
        }
        return out;
    }

    /** " ORDER BY" the primary key, so an export of the same store is the same file; empty without one. */
    static String orderBy(Connection c, String table) throws SQLException {
        Map<Integer, String> key = new TreeMap<>();
        try (ResultSet rs = c.getMetaData().getPrimaryKeys(null, schema(c), name(c, table))) {
            while (rs.next()) {
                key.put(rs.getInt("KEY_SEQ"), rs.getString("COLUMN_NAME").toLowerCase(Locale.ROOT));
            }
        }
        return key.isEmpty() ? "" : " ORDER BY " + String.join(", ", key.values());
    }

    static long count(Connection c, String table) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT COUNT(*) FROM " + table); ResultSet rs = ps.executeQuery()) {
            rs.next();
            return rs.getLong(1);
        }
    }

    /** The newest migration applied: stores of one version hold the same tables and columns. */
    static String version(Connection c) throws SQLException {
        List<String> versions = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT \"version\" FROM \"flyway_schema_history\" WHERE \"success\" = TRUE AND \"version\" IS NOT NULL");
             ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                versions.add(rs.getString(1));
            }
        }
        return versions.stream().max(java.util.Comparator.comparing(v -> new java.math.BigDecimal(v))).orElse("0");
    }

    /** After rows were loaded with their ids: the table's identity column hands out the next id above them. */
    static void restartIdentity(Connection c, Database.Kind kind, String table) throws SQLException {
        String identity = null;
        try (ResultSet rs = c.getMetaData().getColumns(null, schema(c), name(c, table), "%")) {
            while (rs.next()) {
                if ("YES".equals(rs.getString("IS_AUTOINCREMENT"))) {
                    identity = rs.getString("COLUMN_NAME").toLowerCase(Locale.ROOT);
                }
            }
        }
        if (identity == null) {
            return;
        }
        long next;
        try (PreparedStatement ps = c.prepareStatement("SELECT COALESCE(MAX(" + identity + "), 0) + 1 FROM " + table);
             ResultSet rs = ps.executeQuery()) {
            rs.next();
            next = rs.getLong(1);
        }
        // the one statement that differs: each engine restarts an identity its own way
        String sql = kind == Database.Kind.H2 ? "ALTER TABLE " + table + " ALTER COLUMN " + identity + " RESTART WITH " + next
                : "SELECT setval(pg_get_serial_sequence('" + table + "', '" + identity + "'), " + next + ", false)";
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.execute();
        }
    }

    /** The name as the database's metadata holds it: upper case on H2, lower case on PostgreSQL. */
    private static String name(Connection c, String table) throws SQLException {
        return "PUBLIC".equals(schema(c)) ? table.toUpperCase(Locale.ROOT) : table;
    }
}
