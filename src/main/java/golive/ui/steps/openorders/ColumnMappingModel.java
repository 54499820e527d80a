package golive.ui.steps.openorders;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import golive.openorders.ColumnMapping;
import golive.openorders.Field;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * The column-mapping dialog's state for a CSV the engine does not recognise: the file's header,
 * the source column chosen for each mappable field, and the few settings a mapping has. Saved
 * as the JSON that {@link ColumnMapping#read} reads (and the CLI's {@code --map} takes), so the
 * engine validates it. FX thread only; {@link #readHeader} and {@link #save} do file I/O.
 */
public final class ColumnMappingModel {
    private final List<String> header;
    private final Map<Field, StringProperty> columns = new EnumMap<>(Field.class);
    private final StringProperty openValues = new SimpleStringProperty("");
    private final StringProperty dateFormat = new SimpleStringProperty("");
    private final StringProperty currency = new SimpleStringProperty("");

    public ColumnMappingModel(List<String> header) {
        this.header = List.copyOf(header);
        for (Field f : ColumnMapping.MAPPABLE) {
            StringProperty p = new SimpleStringProperty("");
            // a column named like the field is the obvious guess
            header.stream().filter(h -> normal(h).equals(normal(f.templateName()))).findFirst().ifPresent(p::set);
            columns.put(f, p);
        }
    }

    /** The first row of {@code csv}. Blocking. */
    public static List<String> readHeader(Path csv) throws IOException {
        try (Reader r = Files.newBufferedReader(csv, StandardCharsets.UTF_8);
             CSVParser p = CSVFormat.DEFAULT.builder().get().parse(r)) {
            Iterator<CSVRecord> it = p.iterator();
            if (!it.hasNext()) {
                return List.of();
            }
            List<String> out = new ArrayList<>();
            it.next().forEach(v -> out.add(v.replace("\uFEFF", "").strip()));
            return out;
        }
    }

    /** Writes the mapping beside the database and returns its path. Blocking. */
    public Path save(Path folder, String csvName) throws IOException {
        ObjectMapper json = new ObjectMapper();
        ObjectNode root = json.createObjectNode();
        root.put("name", csvName);
        ObjectNode cols = root.putObject("columns");
        columns.forEach((f, p) -> {
            if (p.get() != null && !p.get().isBlank()) {
                cols.put(f.templateName(), p.get());
            }
        });
        var open = root.putArray("open_values");
        Arrays.stream(openValues.get().split(",")).map(String::strip).filter(s -> !s.isEmpty()).forEach(open::add);
        if (!dateFormat.get().isBlank()) {
            root.put("date_format", dateFormat.get().strip());
        }
        if (!currency.get().isBlank()) {
            root.put("currency", currency.get().strip());
        }
        Files.createDirectories(folder);
        Path out = folder.resolve(csvName.replaceAll("[^A-Za-z0-9._-]", "_") + ".mapping.json");
        Files.writeString(out, json.writerWithDefaultPrettyPrinter().writeValueAsString(root));
        return out;
    }

    private static String normal(String s) {
        return s.toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9]", "");
    }

    public List<String> header() {
        return header;
    }

    /** The fields, in the engine's order, with the chosen source column ("" = none). */
    public Map<Field, StringProperty> columns() {
        return columns;
    }

    public StringProperty openValuesProperty() {
        return openValues;
    }

    public StringProperty dateFormatProperty() {
        return dateFormat;
    }

    public StringProperty currencyProperty() {
        return currency;
    }
}
