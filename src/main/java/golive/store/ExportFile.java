package golive.store;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The export's file format (gzip'd by {@link StoreExport}): {@code {"format", "formatVersion",
 * "schemaVersion", "tables": [{"name", "columns": [{"name", "kind"}], "rows": [[...]]}]}}; decimals
 * as plain strings, instants as ISO-8601 with offset, bytes as base64. Streamed both ways.
 */
final class ExportFile {
    private ExportFile() {
    }

    /** Writes the header, then each table's columns and rows as arrays. */
    static final class Writer implements StoreExport.Sink {
        private final JsonGenerator g;

        Writer(JsonGenerator g) {
            this.g = g;
        }

        @Override
        public void begin(String schemaVersion) {
            io(() -> {
                g.writeStartObject();
                g.writeStringField("format", StoreExport.FORMAT);
                g.writeNumberField("formatVersion", StoreExport.FORMAT_VERSION);
                g.writeStringField("schemaVersion", schemaVersion);
                g.writeArrayFieldStart("tables");
            });
        }

        @Override
        public void table(String name, List<StoreExport.Column> columns) {
            io(() -> {
                g.writeStartObject();
                g.writeStringField("name", name);
                g.writeArrayFieldStart("columns");
                for (StoreExport.Column col : columns) {
                    g.writeStartObject();
                    g.writeStringField("name", col.name());
                    g.writeStringField("kind", col.kind().name());
                    g.writeEndObject();
                }
                g.writeEndArray();
                g.writeArrayFieldStart("rows");
            });
        }

        @Override
        public void row(Object[] values) {
            io(() -> {
                g.writeStartArray();
                for (Object v : values) {
                    if (v == null) {
                        g.writeNull();
                    } else if (v instanceof Long l) {
                        g.writeNumber(l);
                    } else if (v instanceof Boolean b) {
                        g.writeBoolean(b);
                    } else if (v instanceof byte[] b) {
                        g.writeString(Base64.getEncoder().encodeToString(b));
                    } else if (v instanceof BigDecimal d) {
                        g.writeString(d.toPlainString());
                    } else {
                        g.writeString(v.toString());
                    }
                }
                g.writeEndArray();
            });
        }

        @Override
        public void endTable() {
            io(() -> {
                g.writeEndArray();
                g.writeEndObject();
            });
        }

        void finish() {
            io(() -> {
                g.writeEndArray();
                g.writeEndObject();
            });
        }

        private interface Io {
            void run() throws IOException;
        }

        private static void io(Io io) {
            try {
                io.run();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    /** Reads an export back into {@code sink}, checking its shape as it goes. */
    static StoreExport.Summary replay(JsonParser p, StoreExport.Sink sink) throws IOException, SQLException {
        expect(p.nextToken(), JsonToken.START_OBJECT, p);
        String format = field(p, "format");
        if (!StoreExport.FORMAT.equals(format)) {
            throw new IOException("not a Cart Go-Live export (format " + format + ")");
        }
        long formatVersion = Long.parseLong(field(p, "formatVersion"));
        if (formatVersion != StoreExport.FORMAT_VERSION) {
            throw new IOException("export format " + formatVersion + " is not one this release reads");
        }
        String version = field(p, "schemaVersion");
        sink.begin(version);
        name(p, "tables");
        expect(p.nextToken(), JsonToken.START_ARRAY, p);
        Map<String, Long> counts = new LinkedHashMap<>();
        while (p.nextToken() == JsonToken.START_OBJECT) {
            String table = field(p, "name");
            name(p, "columns");
            expect(p.nextToken(), JsonToken.START_ARRAY, p);
            List<StoreExport.Column> columns = new ArrayList<>();
            while (p.nextToken() == JsonToken.START_OBJECT) {
                String col = field(p, "name");
                StoreExport.Kind kind = StoreExport.Kind.valueOf(field(p, "kind"));
                expect(p.nextToken(), JsonToken.END_OBJECT, p);
                columns.add(new StoreExport.Column(col.toLowerCase(Locale.ROOT), kind));
            }
            sink.table(table, columns);
            name(p, "rows");
            expect(p.nextToken(), JsonToken.START_ARRAY, p);
            long n = 0;
            while (p.nextToken() == JsonToken.START_ARRAY) {
                Object[] values = new Object[columns.size()];
                for (int i = 0; i < values.length; i++) {
                    p.nextToken();
                    values[i] = value(p, columns.get(i).kind());
                }
                expect(p.nextToken(), JsonToken.END_ARRAY, p);
                sink.row(values);
                n++;
            }
            expect(p.nextToken(), JsonToken.END_OBJECT, p);
            sink.endTable();
            counts.put(table, n);
        }
        return new StoreExport.Summary(version, counts);
    }

    private static Object value(JsonParser p, StoreExport.Kind kind) throws IOException {
        if (p.currentToken() == JsonToken.VALUE_NULL) {
            return null;
        }
        return switch (kind) {
            case LONG -> p.getLongValue();
            case BOOLEAN -> p.getBooleanValue();
            case DECIMAL -> new BigDecimal(p.getText());
            case INSTANT -> OffsetDateTime.parse(p.getText());
            case TEXT -> p.getText();
            case BYTES -> Base64.getDecoder().decode(p.getText());
        };
    }

    private static void name(JsonParser p, String expected) throws IOException {
        if (p.nextToken() != JsonToken.FIELD_NAME || !expected.equals(p.currentName())) {
            throw new IOException("expected \"" + expected + "\" at " + p.currentLocation());
        }
    }

    private static String field(JsonParser p, String expected) throws IOException {
        name(p, expected);
        p.nextToken();
        return p.getText();
    }

    private static void expect(JsonToken got, JsonToken want, JsonParser p) throws IOException {
        if (got != want) {
            throw new IOException("expected " + want + " at " + p.currentLocation() + ", found " + got);
        }
    }
}
