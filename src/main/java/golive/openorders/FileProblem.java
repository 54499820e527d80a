package golive.openorders;

import golive.i18n.Messages;

import java.util.Arrays;
import java.util.List;

/**
 * One problem in an open-orders file (or its column mapping): the file, the physical line where
 * the record starts (1 = the first line; 0 = the file as a whole), the column by its header name
 * (null when no one column is at fault), what kind of problem it is and the values its message
 * needs. Immutable.
 */
public record FileProblem(String file, long line, String column, Kind kind, List<String> args, Severity severity) {

    /** An error rejects the batch; a warning is reported and the batch may still be committed. */
    public enum Severity { ERROR, WARNING }

    /** What is wrong; the words are {@code openorders.problem.<KIND>} in the message bundle. */
    public enum Kind {
        ENCODING, BAD_CSV, EMPTY_FILE, UNKNOWN_FORMAT, MISSING_COLUMN, DUPLICATE_COLUMN, MISSING_VALUE, BAD_DATE, TIME_AMBIGUOUS,
        TIME_DOES_NOT_EXIST, BAD_NUMBER, NUMBER_TOO_LARGE, NEGATIVE_QUANTITY, NEGATIVE_TOTAL, BAD_CURRENCY, BAD_STATUS, BAD_CART_ID, CONFLICT,
        MIXED_CURRENCY, NOT_CONTIGUOUS, TOO_LONG, DUPLICATE_CART_ID, STORE_CONFLICT, AT_OR_AFTER_CUTOFF,
        MAPPING_UNREADABLE, MAPPING_UNKNOWN_FIELD, MAPPING_MISSING, MAPPING_BAD_VALUE
    }

    public FileProblem {
        args = List.copyOf(args);
    }

    public static FileProblem error(String file, long line, String column, Kind kind, Object... args) {
        return new FileProblem(file, line, column, kind, strings(args), Severity.ERROR);
    }

    public static FileProblem warning(String file, long line, String column, Kind kind, Object... args) {
        return new FileProblem(file, line, column, kind, strings(args), Severity.WARNING);
    }

    public boolean isError() {
        return severity == Severity.ERROR;
    }

    /** What is wrong and what was expected, in the user's language. */
    public String message() {
        return Messages.get("openorders.problem." + kind.name(), args.toArray());
    }

    /** {@code file:line: column 'X': message}, as compilers print it (line and column only when known). */
    public String describe() {
        return file + (line > 0 ? ":" + line : "") + ": " + (column != null ? "column '" + column + "': " : "")
                + (severity == Severity.WARNING ? "warning: " : "") + message();
    }

    private static List<String> strings(Object[] args) {
        return Arrays.stream(args).map(String::valueOf).toList();
    }
}
