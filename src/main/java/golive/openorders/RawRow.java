package golive.openorders;

/**
 * One record of the file in field terms: the physical line it starts on and each field's
 * trimmed value ({@code null} when blank or when the file has no such column). Mutable only
 * while an order's first row absorbs values its later rows fill in; confined to one run.
 */
final class RawRow {
    private final long line;
    private final String[] values;

    RawRow(long line, String[] values) {
        this.line = line;
        this.values = values;
    }

    long line() {
        return line;
    }

    String get(Field f) {
        return values[f.ordinal()];
    }

    void fill(Field f, String value) {
        values[f.ordinal()] = value;
    }

    /** True when every field is blank (a blank line, or a row of bare commas). */
    boolean blank() {
        for (String v : values) {
            if (v != null) {
                return false;
            }
        }
        return true;
    }
}
