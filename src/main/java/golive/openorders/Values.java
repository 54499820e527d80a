package golive.openorders;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.time.temporal.ChronoField;
import java.time.temporal.TemporalAccessor;
import java.time.temporal.TemporalQueries;
import java.util.List;
import java.util.Locale;

/**
 * Reads a field's text as a date, a decimal or a currency code, adding a {@link FileProblem} that
 * says what was expected when it cannot. Dates without an offset are in {@code zone}; a local time
 * the zone repeats (fall-back) or skips (spring-forward) is a problem, never a guess. Thread-safe.
 */
final class Values {
    /** ISO ({@code 2026-11-19T14:05:09-05:00}, {@code ...Z}), Shopify ({@code 2026-11-19 14:05:09 -0500}), or local. */
    static final DateTimeFormatter BUILT_IN = new DateTimeFormatterBuilder()
            .append(DateTimeFormatter.ISO_LOCAL_DATE)
            .optionalStart().appendLiteral('T').optionalEnd()
            .optionalStart().appendLiteral(' ').optionalEnd()
            .appendValue(ChronoField.HOUR_OF_DAY, 2).appendLiteral(':').appendValue(ChronoField.MINUTE_OF_HOUR, 2)
            .optionalStart().appendLiteral(':').appendValue(ChronoField.SECOND_OF_MINUTE, 2)
            .optionalStart().appendFraction(ChronoField.NANO_OF_SECOND, 1, 9, true).optionalEnd().optionalEnd()
            .optionalStart().appendLiteral(' ').optionalEnd()
            .optionalStart().appendOffset("+HH:MM", "Z").optionalEnd()
            .optionalStart().appendOffset("+HHMM", "Z").optionalEnd()
            .toFormatter(Locale.ROOT).withResolverStyle(ResolverStyle.STRICT);
    private static final String BUILT_IN_EXPECTED = "a date and time such as 2026-11-19 14:05:09, 2026-11-19T14:05:09-05:00 "
            + "or 2026-11-19 14:05:09 -0500";

    private final String file;
    private final ZoneId zone;
    private final DateTimeFormatter custom;
    private final String customPattern;

    Values(String file, ZoneId zone, DateTimeFormatter custom, String customPattern) {
        this.file = file;
        this.zone = zone;
        this.custom = custom;
        this.customPattern = customPattern;
    }

    ZoneId zone() {
        return zone;
    }

    /** The instant, or null (a problem was added unless the value is simply absent and optional). */
    Instant instant(RawRow row, Field f, String column, boolean required, List<FileProblem> out) {
        String text = row.get(f);
        if (text == null) {
            return missing(row, column, required, "a date and time", out);
        }
        if (custom == null) {
            QuickDate q = QuickDate.parse(text);
            if (q != null) {
                return q.offset() != null ? q.local().toInstant(q.offset()) : resolve(row, column, text, q.local(), zone, out);
            }
        }
        TemporalAccessor t;
        LocalDate date;
        try {
            t = (custom != null ? custom : BUILT_IN).parse(text);
            date = t.query(TemporalQueries.localDate());
        } catch (DateTimeParseException e) {
            date = null;
            t = null;
        }
        if (date == null) {
            out.add(FileProblem.error(file, row.line(), column, FileProblem.Kind.BAD_DATE, text,
                    custom != null ? "the mapping's date_format " + customPattern : BUILT_IN_EXPECTED));
            return null;
        }
        ZoneOffset offset = t.query(TemporalQueries.offset());
        LocalTime time = t.query(TemporalQueries.localTime());
        LocalDateTime local = date.atTime(time == null ? LocalTime.MIDNIGHT : time);
        if (offset != null) {
            return local.toInstant(offset);
        }
        ZoneId explicit = t.query(TemporalQueries.zoneId());
        return resolve(row, column, text, local, explicit != null ? explicit : zone, out);
    }

    /** The same instant for two spellings of a date, read quietly: for comparing an order's rows. */
    Instant quietly(RawRow row, Field f) {
        return instant(row, f, null, false, new java.util.ArrayList<>());
    }

    private Instant resolve(RawRow row, String column, String text, LocalDateTime local, ZoneId z, List<FileProblem> out) {
        List<ZoneOffset> valid = z.getRules().getValidOffsets(local);
        if (valid.size() == 1) {
            return local.toInstant(valid.get(0));
        }
        if (valid.isEmpty()) {
            out.add(FileProblem.error(file, row.line(), column, FileProblem.Kind.TIME_DOES_NOT_EXIST, text, z.getId(),
                    ZonedDateTime.ofLocal(local, z, null).toLocalDateTime()));
        } else {
            out.add(FileProblem.error(file, row.line(), column, FileProblem.Kind.TIME_AMBIGUOUS, text, z.getId(),
                    valid.get(0).getId(), valid.get(1).getId()));
        }
        return null;
    }

    /** A plain decimal ({@code 1234.50}, {@code -3}), or null with a problem. */
    BigDecimal decimal(RawRow row, Field f, String column, boolean required, List<FileProblem> out) {
        String text = row.get(f);
        if (text == null) {
            return missing(row, column, required, "a number", out);
        }
        if (!plainDecimal(text)) {
            out.add(FileProblem.error(file, row.line(), column, FileProblem.Kind.BAD_NUMBER, text));
            return null;
        }
        BigDecimal value = new BigDecimal(text);
        if (!golive.store.FieldLimits.fits(value)) {
            out.add(FileProblem.error(file, row.line(), column, FileProblem.Kind.NUMBER_TOO_LARGE, text));
            return null;
        }
        return value;
    }

    /** A three-letter currency code, upper-cased; {@code fallback} when absent; else null with a problem. */
    String currency(RawRow row, String column, String fallback, List<FileProblem> out) {
        String text = row.get(Field.CURRENCY);
        if (text == null) {
            return fallback != null ? fallback : missing(row, column, true, "a currency code such as USD", out);
        }
        String code = text.toUpperCase(Locale.ROOT);
        if (code.length() != 3 || !code.chars().allMatch(ch -> ch >= 'A' && ch <= 'Z')) {
            out.add(FileProblem.error(file, row.line(), column, FileProblem.Kind.BAD_CURRENCY, text));
            return null;
        }
        return code;
    }

    private <T> T missing(RawRow row, String column, boolean required, String expected, List<FileProblem> out) {
        if (required) {
            out.add(FileProblem.error(file, row.line(), column, FileProblem.Kind.MISSING_VALUE, expected));
        }
        return null;
    }

    /** Digits with an optional sign and decimal point: no exponent, currency sign or thousands separator. */
    static boolean plainDecimal(String s) {
        int i = s.startsWith("-") || s.startsWith("+") ? 1 : 0;
        boolean digits = false;
        boolean point = false;
        for (; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c >= '0' && c <= '9') {
                digits = true;
            } else if (c == '.' && !point) {
                point = true;
            } else {
                return false;
            }
        }
        return digits;
    }
}
