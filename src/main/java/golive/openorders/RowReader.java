package golive.openorders;

import org.apache.commons.csv.CSVRecord;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Reads records as {@link RawRow}s for one layout, chosen from the header: the template or a
 * Shopify export when {@link Format#AUTO} (a mapping wins when there is one). Header names match
 * without regard to case or surrounding spaces. Not thread-safe.
 */
final class RowReader {
    private final Layout layout;
    private final int[] index = new int[Field.values().length];
    private final String[] shown = new String[Field.values().length];

    private RowReader(Layout layout, List<String> header) {
        this.layout = layout;
        Map<String, Integer> byName = new HashMap<>();
        for (int i = 0; i < header.size(); i++) {
            byName.putIfAbsent(key(header.get(i)), i);
        }
        for (Field f : Field.values()) {
            String name = layout.column(f);
            Integer at = name == null ? null : byName.get(key(name));
            index[f.ordinal()] = at == null ? -1 : at;
            shown[f.ordinal()] = at == null ? name : header.get(at).strip();
        }
    }

    /**
     * The reader for this header, or null after logging why there is none: a header that is
     * neither format, or required columns missing (each one a problem on the header line).
     */
    static RowReader choose(CsvSource.Line header, Format requested, Layout mapped, String file, ProblemLog log) {
        List<String> names = header.record().toList();
        Layout layout = mapped != null ? mapped : switch (requested) {
            case TEMPLATE -> Layout.template();
            case SHOPIFY -> Layout.shopify();
            default -> detect(names);
        };
        if (layout == null) {
            log.add(FileProblem.error(file, header.line(), null, FileProblem.Kind.UNKNOWN_FORMAT));
            return null;
        }
        RowReader reader = new RowReader(layout, names);
        boolean complete = true;
        for (Field f : Field.values()) {
            String name = layout.column(f);
            // two columns of one name: which of them the file meant cannot be told, so neither is guessed at
            if (name != null && names.stream().filter(n -> key(n).equals(key(name))).count() > 1) {
                log.add(FileProblem.error(file, header.line(), name, FileProblem.Kind.DUPLICATE_COLUMN));
                complete = false;
            }
        }
        for (Field f : layout.required()) {
            if (reader.index[f.ordinal()] < 0 && !(f == Field.CURRENCY && layout.defaultCurrency() != null)) {
                log.add(FileProblem.error(file, header.line(), layout.column(f), FileProblem.Kind.MISSING_COLUMN,
                        layout.format().id()));
                complete = false;
            }
        }
        return complete ? reader : null;
    }

    private static Layout detect(List<String> header) {
        List<String> keys = header.stream().map(RowReader::key).toList();
        // one telling column each, so a file with a column missing is still recognised and the column named
        if (keys.contains("order_number")) {
            return Layout.template();
        }
        if (keys.contains("lineitem quantity") || keys.contains("name") && keys.contains("financial status")) {
            return Layout.shopify();
        }
        return null;
    }

    Layout layout() {
        return layout;
    }

    /** The header name of a field's column as the file spells it (or as the layout does, when absent). */
    String column(Field f) {
        return shown[f.ordinal()];
    }

    RawRow read(CsvSource.Line l) {
        CSVRecord r = l.record();
        String[] values = new String[index.length];
        for (int i = 0; i < index.length; i++) {
            int at = index[i];
            if (at >= 0 && at < r.size()) {
                String v = r.get(at).strip();
                values[i] = v.isEmpty() ? null : v;
            }
        }
        String zip = values[Field.SHIP_TO_POSTCODE.ordinal()];
        if (layout.quotedPostcodes() && zip != null && zip.startsWith("'")) {
            values[Field.SHIP_TO_POSTCODE.ordinal()] = zip.substring(1);
        }
        return new RawRow(l.line(), values);
    }

    private static String key(String name) {
        return name.strip().toLowerCase(Locale.ROOT);
    }
}
