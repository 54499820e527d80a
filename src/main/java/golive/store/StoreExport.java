package golive.store;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

/**
 * A store as a portable export: every table's rows (gzip'd JSON, typed by column), read in one snapshot
 * transaction, so {@code backup} of a shared database is consistent while a runner imports; restored into an
 * empty store of either engine, or copied straight from one store into another ({@code migrate-store}).
 * Cart secrets stay sealed as they are: the same key file opens them after a restore. The schema version
 * travels with the rows, and a store of another version is refused rather than half-loaded.
 */
public final class StoreExport {
    static final String FORMAT = "golive-store-export";
    static final int FORMAT_VERSION = 1;
    /** Tables made and kept by the database itself, never carried over. */
    private static final List<String> OWN = List.of("flyway_schema_history", "store_key");

    /** What was carried: rows per table, in load order. */
    public record Summary(String schemaVersion, Map<String, Long> rows) {
        public long rows(String table) {
            return rows.getOrDefault(table, 0L);
        }
    }

    private StoreExport() {
    }

    /** True when {@code head} (the file's first bytes) is a portable export: gzip, as an H2 backup zip is not. */
    static boolean looksLikeExport(byte[] head) {
        return head.length >= 2 && (head[0] & 0xff) == 0x1f && (head[1] & 0xff) == 0x8b;
    }

    /** Writes {@code db} to {@code out} from one snapshot. */
    public static Summary write(Database db, OutputStream out) {
        return snapshot(db, c -> {
            try (GZIPOutputStream gz = new GZIPOutputStream(out); JsonGenerator g = new JsonFactory().createGenerator(gz)) {
                ExportFile.Writer sink = new ExportFile.Writer(g);
                Summary s = dump(c, sink);
                sink.finish();
                return s;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    /**
     * Loads an export into {@code target}, which must be empty (see {@link #requireEmpty}); all or nothing.
     *
     * @throws IllegalArgumentException the file is no export, of another store version, or the target holds data
     */
    public static Summary read(InputStream in, Database target) {
        return target.inTransaction(c -> {
            Loader loader = new Loader(c, target.kind());
            try (JsonParser p = new JsonFactory().createParser(new GZIPInputStream(in))) {
                return ExportFile.replay(p, loader);
            } catch (IOException e) {
                throw new IllegalArgumentException("the file is not a readable Cart Go-Live export: " + e.getMessage(), e);
            }
        });
    }

    /** Copies {@code from} (one snapshot) into {@code to}, which must be empty; all or nothing. */
    public static Summary copy(Database from, Database to) {
        return snapshot(from, src -> to.inTransaction(dst -> dump(src, new Loader(dst, to.kind()))));
    }

    /**
     * Refuses a store that holds anything but the rows its migrations seed.
     *
     * @throws IllegalArgumentException naming the first table that holds rows
     */
    public static void requireEmpty(Database db) {
        db.read(c -> {
            requireEmpty(c);
            return null;
        });
    }

    private static void requireEmpty(Connection c) throws SQLException {
        for (String t : Schema.tables(c)) {
            if (!Schema.SEEDED.contains(t) && !OWN.contains(t) && Schema.count(c, t) > 0) {
                throw new IllegalArgumentException("the target database is not empty (" + t + " has rows): restore only into"
                        + " a new or empty database; nothing was changed");
            }
        }
    }

    private static <T> T snapshot(Database db, Database.Work<T> work) {
        return db.read(c -> {
            // one snapshot of the whole store: a page committed mid-export is wholly in it or wholly not
            c.setTransactionIsolation(db.kind() == Database.Kind.POSTGRESQL ? Connection.TRANSACTION_REPEATABLE_READ
                    : Connection.TRANSACTION_SERIALIZABLE);
            try {
                return work.run(c);
            } finally {
                c.rollback();
                c.setTransactionIsolation(Connection.TRANSACTION_READ_COMMITTED);
            }
        });
    }

    /** Where rows go: a file or another store. */
    interface Sink {
        void begin(String schemaVersion) throws SQLException;

        void table(String name, List<Column> columns) throws SQLException;

        void row(Object[] values) throws SQLException;

        void endTable() throws SQLException;
    }

    /** A column and the one Java type its values travel as. */
    record Column(String name, Kind kind) {
    }

    enum Kind {
        LONG, BOOLEAN, DECIMAL, INSTANT, TEXT, BYTES;

        static Kind of(int sqlType) {
            return switch (sqlType) {
                case Types.BIGINT, Types.INTEGER, Types.SMALLINT, Types.TINYINT -> LONG;
                case Types.BOOLEAN, Types.BIT -> BOOLEAN;
                case Types.DECIMAL, Types.NUMERIC -> DECIMAL;
                case Types.TIMESTAMP_WITH_TIMEZONE, Types.TIMESTAMP -> INSTANT;
                case Types.BINARY, Types.VARBINARY, Types.LONGVARBINARY, Types.BLOB -> BYTES;
                default -> TEXT;
            };
        }

        int sqlType() {
            return switch (this) {
                case LONG -> Types.BIGINT;
                case BOOLEAN -> Types.BOOLEAN;
                case DECIMAL -> Types.DECIMAL;
                case INSTANT -> Types.TIMESTAMP_WITH_TIMEZONE;
                case TEXT -> Types.VARCHAR;
                case BYTES -> Types.BINARY;
            };
        }

        Object read(ResultSet rs, int i) throws SQLException {
            Object v = switch (this) {
                case LONG -> rs.getLong(i);
                case BOOLEAN -> rs.getBoolean(i);
                case DECIMAL -> rs.getBigDecimal(i);
                case INSTANT -> rs.getObject(i, OffsetDateTime.class);
                case TEXT -> rs.getString(i);
                case BYTES -> rs.getBytes(i);
            };
            return rs.wasNull() ? null : v;
        }
    }

    private static Summary dump(Connection c, Sink sink) throws SQLException {
        String version = Schema.version(c);
        sink.begin(version);
        Map<String, Long> counts = new LinkedHashMap<>();
        for (String table : Schema.loadOrder(c)) {
            if (OWN.contains(table)) {
                continue;
            }
            List<Column> columns = Schema.columns(c, table);
            sink.table(table, columns);
            long n = 0;
            try (PreparedStatement ps = c.prepareStatement("SELECT " + names(columns) + " FROM " + table + Schema.orderBy(c, table));
                 ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    Object[] values = new Object[columns.size()];
                    for (int i = 0; i < values.length; i++) {
                        values[i] = columns.get(i).kind().read(rs, i + 1);
                    }
                    sink.row(values);
                    n++;
                }
            }
            sink.endTable();
            counts.put(table, n);
        }
        return new Summary(version, counts);
    }

    static String names(List<Column> columns) {
        return String.join(", ", columns.stream().map(Column::name).toList());
    }

    /** Writes into an empty store: checks the version, clears the seeded rows, inserts in batches, moves the identities on. */
    static final class Loader implements Sink {
        private final Connection c;
        private final Database.Kind kind;
        private final List<String> targetTables;
        private PreparedStatement insert;
        private String table;
        private List<Column> columns;
        private int pending;

        Loader(Connection c, Database.Kind kind) throws SQLException {
            this.c = c;
            this.kind = kind;
            this.targetTables = Schema.tables(c);
        }

        @Override
        public void begin(String schemaVersion) throws SQLException {
            String here = Schema.version(c);
            if (!here.equals(schemaVersion)) {
                throw new IllegalArgumentException("the export is of store version " + schemaVersion + ", this release makes version " + here
                        + ": restore it with the release that made it; nothing was changed");
            }
            requireEmpty(c);
            for (String t : Schema.SEEDED) {
                try (PreparedStatement ps = c.prepareStatement("DELETE FROM " + t)) {
                    ps.executeUpdate();
                }
            }
        }

        @Override
        public void table(String name, List<Column> cols) throws SQLException {
            if (!targetTables.contains(name)) {
                throw new IllegalArgumentException("the export holds a table this store does not have (" + name + "); nothing was changed");
            }
            table = name;
            columns = cols;
            insert = c.prepareStatement("INSERT INTO " + name + " (" + names(cols) + ") VALUES ("
                    + String.join(", ", java.util.Collections.nCopies(cols.size(), "?")) + ")");
        }

        @Override
        public void row(Object[] values) throws SQLException {
            for (int i = 0; i < values.length; i++) {
                Object v = values[i];
                if (v == null) {
                    insert.setNull(i + 1, columns.get(i).kind().sqlType());
                } else if (v instanceof byte[] b) {
                    insert.setBytes(i + 1, b);
                } else {
                    insert.setObject(i + 1, v);
                }
            }
            insert.addBatch();
            if (++pending == 1000) {
                insert.executeBatch();
                pending = 0;
            }
        }

        @Override
        public void endTable() throws SQLException {
            insert.executeBatch();
            insert.close();
            pending = 0;
            Schema.restartIdentity(c, kind, table);
        }
    }
}
