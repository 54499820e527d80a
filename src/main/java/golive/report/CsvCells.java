package golive.report;

import java.util.regex.Pattern;

/**
 * Makes a cell safe to open in a spreadsheet (OWASP "CSV injection"): text that starts with
 * {@code =}, {@code +}, {@code -}, {@code @}, a tab or a carriage return would be read as a formula,
 * so it gets a leading apostrophe, which spreadsheets show as text and do not display. Numbers
 * ({@code -5.00}) are left as they are. Every CSV the product writes passes its cells through here.
 */
public final class CsvCells {
    private static final Pattern NUMBER = Pattern.compile("[+-]?\\d+(\\.\\d+)?");

    private CsvCells() {
    }

    public static Object safe(Object cell) {
        if (!(cell instanceof String s) || s.isEmpty()) {
            return cell;
        }
        char first = s.charAt(0);
        boolean formula = first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r';
        return formula && !NUMBER.matcher(s).matches() ? "'" + s : s;
    }

    /** Every cell of a record. */
    public static Object[] safe(Object... cells) {
        Object[] out = new Object[cells.length];
        for (int i = 0; i < cells.length; i++) {
            out[i] = safe(cells[i]);
        }
        return out;
    }
}
