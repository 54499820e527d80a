package golive.cart.bigcommerce;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Locale;

/**
 * BigCommerce's two date forms: the RFC 2822 timestamps V2 answers with ({@code Wed, 10 Jan 2018
 * 21:05:30 +0000}) and the ISO 8601 bound it takes in a filter, written with an explicit offset
 * ({@code 2025-01-01T00:00:00+00:00}) whose '+' the client encodes as {@code %2B}. Stateless.
 */
final class BigCommerceDates {
    private static final DateTimeFormatter FILTER = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ssxxx", Locale.ROOT)
            .withZone(ZoneOffset.UTC);

    private BigCommerceDates() {
    }

    /** @throws java.time.format.DateTimeParseException when {@code rfc2822} is not one */
    static Instant parse(String rfc2822) {
        return ZonedDateTime.parse(rfc2822.strip(), DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
    }

    /** A lower bound in whole seconds, rounded down so an order at {@code t} is still at or after it. */
    static String atOrAfter(Instant t) {
        return FILTER.format(t.truncatedTo(ChronoUnit.SECONDS));
    }

    /** An upper bound in whole seconds, rounded up so nothing before {@code t} is cut off (the caller trims the rest). */
    static String upTo(Instant t) {
        Instant floor = t.truncatedTo(ChronoUnit.SECONDS);
        return FILTER.format(floor.equals(t) ? floor : floor.plusSeconds(1));
    }
}
