package golive.openorders;

import java.time.LocalDateTime;
import java.time.ZoneOffset;

/**
 * A date and time in one of the built-in forms, read by hand. Immutable.
 *
 * @param offset the offset the text gave, or null for a wall time (read in the store's zone)
 */
record QuickDate(LocalDateTime local, ZoneOffset offset) {

    /**
     * The built-in forms read by hand ({@code yyyy-MM-dd[T ]HH:mm[:ss[.fff]][ ][Z|+HH:MM|+HHMM]}), or null
     * for anything else, which the formatter then reads or rejects. Its optional sections copy a
     * map per section, a tenth of a 100,000-order import.
     */
    static QuickDate parse(String s) {
        int n = s.length();
        if (n < 16 || !digits(s, 0, 4) || s.charAt(4) != '-' || !digits(s, 5, 2) || s.charAt(7) != '-' || !digits(s, 8, 2)
                || (s.charAt(10) != 'T' && s.charAt(10) != ' ') || !digits(s, 11, 2) || s.charAt(13) != ':' || !digits(s, 14, 2)) {
            return null;
        }
        int i = 16;
        int second = 0;
        int nano = 0;
        if (i < n && s.charAt(i) == ':') {
            if (!digits(s, i + 1, 2)) {
                return null;
            }
            second = num(s, i + 1, 2);
            i += 3;
            if (i < n && s.charAt(i) == '.') {
                int start = ++i;
                while (i < n && i - start < 9 && Character.isDigit(s.charAt(i))) {
                    i++;
                }
                if (i == start) {
                    return null;
                }
                nano = num(s, start, i - start) * (int) Math.pow(10, 9 - (i - start));
            }
        }
        if (i < n && s.charAt(i) == ' ') {
            i++;
        }
        ZoneOffset offset = null;
        if (i < n) {
            char c = s.charAt(i);
            if (c == 'Z' && i + 1 == n) {
                offset = ZoneOffset.UTC;
            } else if ((c == '+' || c == '-') && digits(s, i + 1, 2)) {
                int j = i + 3 < n && s.charAt(i + 3) == ':' ? i + 4 : i + 3;
                if (!digits(s, j, 2) || j + 2 != n) {
                    return null;
                }
                int sign = c == '-' ? -1 : 1;
                try {
                    offset = ZoneOffset.ofHoursMinutes(sign * num(s, i + 1, 2), sign * num(s, j, 2));
                } catch (java.time.DateTimeException e) {
                    return null;
                }
            } else {
                return null;
            }
        }
        try {
            return new QuickDate(LocalDateTime.of(num(s, 0, 4), num(s, 5, 2), num(s, 8, 2), num(s, 11, 2), num(s, 14, 2), second, nano),
                    offset);
        } catch (java.time.DateTimeException e) {
            return null;
        }
    }

    private static boolean digits(String s, int from, int count) {
        if (from + count > s.length()) {
            return false;
        }
        for (int i = from; i < from + count; i++) {
            char c = s.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return true;
    }

    private static int num(String s, int from, int count) {
        int v = 0;
        for (int i = from; i < from + count; i++) {
            v = v * 10 + (s.charAt(i) - '0');
        }
        return v;
    }
}
