package golive.openorders;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * A saved column mapping for any other CSV (ShipStation, QuickBooks, a WooCommerce export
 * plugin...): the source column of each field, the status values that mean 'open', and how the
 * file writes dates, currency and its delimiter. Read from JSON (README, "Open orders file");
 * every mistake in it is a {@link FileProblem} naming the mapping file, line and key. Immutable.
 *
 * @param openValues status values (any case) that mean open; required when {@code status} is mapped
 * @param dateFormat a {@link DateTimeFormatter} pattern such as {@code M/d/yyyy H:mm}, or null for ISO
 * @param currency   the currency of every order when the file has no currency column, or null
 */
public record ColumnMapping(Map<Field, String> columns, Set<String> openValues, String dateFormat, String currency,
                            char delimiter) {

    /** The fields a mapping may name: all but Shopify's own status columns. */
    public static final Set<Field> MAPPABLE = EnumSet.complementOf(
            EnumSet.of(Field.FINANCIAL_STATUS, Field.FULFILLMENT_STATUS, Field.CANCELLED_AT));
    private static final Set<String> KEYS = Set.of("name", "columns", "open_values", "date_format", "currency", "delimiter");
    private static final Set<Field> REQUIRED = EnumSet.of(Field.ORDER_NUMBER, Field.CREATED_AT, Field.ORDER_TOTAL,
            Field.QUANTITY, Field.UNIT_PRICE);
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final long MAX_BYTES = 1_000_000;

    public ColumnMapping {
        columns = Map.copyOf(columns);
        openValues = Set.copyOf(openValues);
    }

    /** The mapping in {@code path}, or null after adding to {@code problems} everything wrong with it. */
    public static ColumnMapping read(Path path, List<FileProblem> problems) throws IOException {
        String file = path.toString();
        if (Files.size(path) > MAX_BYTES) {
            problems.add(FileProblem.error(file, 1, null, FileProblem.Kind.MAPPING_UNREADABLE, "the file has " + Files.size(path)
                    + " bytes, and a column mapping is a small JSON file (at most " + MAX_BYTES + ")"));
            return null;
        }
        String text;
        try (var in = new Utf8Guard(Files.newInputStream(path))) {
            text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (Utf8Guard.NotUtf8 e) {
            problems.add(FileProblem.error(file, e.line, null, FileProblem.Kind.ENCODING, e.what));
            return null;
        }
        JsonNode root;
        try {
            root = JSON.readTree(text);
        } catch (JsonProcessingException e) {
            problems.add(FileProblem.error(file, e.getLocation() == null ? 0 : e.getLocation().getLineNr(), null,
                    FileProblem.Kind.MAPPING_UNREADABLE, e.getOriginalMessage()));
            return null;
        }
        if (!(root instanceof ObjectNode)) {
            problems.add(FileProblem.error(file, 1, null, FileProblem.Kind.MAPPING_UNREADABLE, "expected a JSON object"));
            return null;
        }
        Map<String, Integer> lines = keyLines(text);
        int before = problems.size();
        root.fieldNames().forEachRemaining(k -> {
            if (!KEYS.contains(k)) {
                problems.add(FileProblem.error(file, lines.getOrDefault(k, 0), k, FileProblem.Kind.MAPPING_UNKNOWN_FIELD, KEYS));
            }
        });
        Map<Field, String> columns = new EnumMap<>(Field.class);
        root.path("columns").fields().forEachRemaining(e -> {
            Field f = Field.ofTemplateName(e.getKey());
            int line = lines.getOrDefault("columns." + e.getKey(), 0);
            if (f == null || !MAPPABLE.contains(f)) {
                problems.add(FileProblem.error(file, line, "columns." + e.getKey(), FileProblem.Kind.MAPPING_UNKNOWN_FIELD,
                        MAPPABLE.stream().map(Field::templateName).toList()));
            } else if (!e.getValue().isTextual() || e.getValue().asText().isBlank()) {
                problems.add(FileProblem.error(file, line, "columns." + e.getKey(), FileProblem.Kind.MAPPING_BAD_VALUE,
                        e.getValue(), "the name of a column in the CSV header"));
            } else {
                columns.put(f, e.getValue().asText().strip());
            }
        });
        String currency = text(root, "currency");
        String dateFormat = text(root, "date_format");
        String delimiter = root.has("delimiter") ? root.get("delimiter").asText() : ",";
        Set<String> open = new LinkedHashSet<>();
        root.path("open_values").forEach(v -> open.add(v.asText()));
        for (Field f : REQUIRED) {
            if (!columns.containsKey(f)) {
                problems.add(FileProblem.error(file, lines.getOrDefault("columns", 0), "columns." + f.templateName(),
                        FileProblem.Kind.MAPPING_MISSING, "the source column of " + f.templateName()));
            }
        }
        if (!columns.containsKey(Field.SKU) && !columns.containsKey(Field.DESCRIPTION)) {
            problems.add(FileProblem.error(file, lines.getOrDefault("columns", 0), "columns.description",
                    FileProblem.Kind.MAPPING_MISSING, "the source column of description or sku"));
        }
        if (!columns.containsKey(Field.CURRENCY) && currency == null) {
            problems.add(FileProblem.error(file, 0, "currency", FileProblem.Kind.MAPPING_MISSING,
                    "columns.currency, or \"currency\": \"USD\" when every order is in one currency"));
        }
        if (currency != null && !currency.matches("[A-Za-z]{3}")) {
            problems.add(FileProblem.error(file, lines.getOrDefault("currency", 0), "currency", FileProblem.Kind.MAPPING_BAD_VALUE,
                    currency, "a three-letter currency code such as USD"));
        }
        if (columns.containsKey(Field.STATUS) && open.isEmpty()) {
            problems.add(FileProblem.error(file, lines.getOrDefault("columns.status", 0), "open_values", FileProblem.Kind.MAPPING_MISSING,
                    "the status values that mean open, e.g. [\"awaiting_shipment\", \"on_hold\"]"));
        }
        if (delimiter.length() != 1) {
            problems.add(FileProblem.error(file, lines.getOrDefault("delimiter", 0), "delimiter", FileProblem.Kind.MAPPING_BAD_VALUE,
                    delimiter, "one character such as , or ; or a tab"));
        }
        if (dateFormat != null) {
            try {
                DateTimeFormatter.ofPattern(dateFormat, Locale.ROOT);
            } catch (IllegalArgumentException e) {
                problems.add(FileProblem.error(file, lines.getOrDefault("date_format", 0), "date_format",
                        FileProblem.Kind.MAPPING_BAD_VALUE, dateFormat, "a date pattern such as M/d/yyyy H:mm"));
            }
        }
        return problems.size() > before ? null : new ColumnMapping(columns, open, dateFormat,
                currency == null ? null : currency.toUpperCase(Locale.ROOT), delimiter.charAt(0));
    }

    /** The layout this mapping describes. */
    Layout layout() {
        Set<Field> required = EnumSet.copyOf(REQUIRED);
        if (currency == null) {
            required.add(Field.CURRENCY);
        }
        return new Layout(Format.MAPPED, columns, required, new OpenRule.OpenValues(openValues),
                dateFormat == null ? null : DateTimeFormatter.ofPattern(dateFormat, Locale.ROOT), currency, delimiter, false);
    }

    private static String text(JsonNode root, String key) {
        JsonNode n = root.get(key);
        return n == null || n.isNull() || n.asText().isBlank() ? null : n.asText().strip();
    }

    /** The line of each key ("currency", "columns.sku"): a tree forgets where its nodes were. */
    private static Map<String, Integer> keyLines(String text) throws IOException {
        Map<String, Integer> out = new HashMap<>();
        List<String> path = new ArrayList<>();
        try (JsonParser p = new JsonFactory().createParser(text)) {
            String pendingKey = null;
            for (JsonToken t; (t = p.nextToken()) != null; ) {
                if (t == JsonToken.FIELD_NAME) {
                    pendingKey = p.currentName();
                    String full = path.isEmpty() ? pendingKey : String.join(".", path) + "." + pendingKey;
                    out.putIfAbsent(full, p.currentTokenLocation().getLineNr());
                } else if (t == JsonToken.START_OBJECT) {
                    if (pendingKey != null) {
                        path.add(pendingKey);
                    }
                    pendingKey = null;
                } else if (t == JsonToken.END_OBJECT && !path.isEmpty()) {
                    path.remove(path.size() - 1);
                } else if (t == JsonToken.START_ARRAY) {
                    p.skipChildren();
                }
            }
        }
        return out;
    }
}
