package golive.cli;

import golive.launch.InvalidInput;
import golive.launch.Problem;
import golive.launch.ProblemCode;

import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Parses {@code 30s}, {@code 5m}, {@code 1h}; a bad value is bad input (exit 2), not a usage error. */
final class Durations {
    private static final Pattern FORM = Pattern.compile("(\\d+)([smh])");

    private Durations() {
    }

    static Duration parse(String value) {
        Matcher m = FORM.matcher(value == null ? "" : value.trim().toLowerCase(java.util.Locale.ROOT));
        // more than 9 digits is more than 30 years of hours: a typo, and past a long it would overflow
        if (!m.matches() || m.group(1).length() > 9 || Long.parseLong(m.group(1)) == 0) {
            throw new InvalidInput(Problem.of(ProblemCode.BAD_DURATION, value));
        }
        long n = Long.parseLong(m.group(1));
        return switch (m.group(2)) {
            case "s" -> Duration.ofSeconds(n);
            case "m" -> Duration.ofMinutes(n);
            default -> Duration.ofHours(n);
        };
    }
}
