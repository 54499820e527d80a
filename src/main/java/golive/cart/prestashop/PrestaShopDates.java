package golive.cart.prestashop;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.time.zone.ZoneOffsetTransition;

/**
 * PrestaShop's times: "2025-01-02 14:05:27", the shop's wall time (PS_TIMEZONE) without a zone,
 * whole seconds, {@code 0000-00-00 00:00:00} for unset; filters compare them raw against those wall
 * times. Stateless.
 */
final class PrestaShopDates {
    static final DateTimeFormatter WALL = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");
    static final String UNSET = "0000-00-00 00:00:00";

    private PrestaShopDates() {
    }

    /** A shop-local time as an instant (a wall time a clock change repeats reads as the earlier); null when unset or blank. */
    static Instant parse(String text, ZoneId zone) {
        if (text == null || text.isBlank() || text.strip().equals(UNSET)) {
            return null;
        }
        return LocalDateTime.parse(text.strip(), WALL).atZone(zone).toInstant();
    }

    static String wall(Instant at, ZoneId zone) {
        return WALL.format(at.truncatedTo(ChronoUnit.SECONDS).atZone(zone));
    }

    /**
     * The wall time for a strict {@code >} that keeps everything at or after {@code at}: a second
     * earlier, and earlier still by the hour a clock change between {@code at} and {@code until} turns
     * back (after it, wall times repeat, and an order stamped then would compare as older). Reading a
     * little early only overlaps: orders are kept by id.
     */
    static String after(Instant at, ZoneId zone, Instant until) {
        LocalDateTime wall = LocalDateTime.ofInstant(at.truncatedTo(ChronoUnit.SECONDS).minusSeconds(1), zone);
        ZoneOffsetTransition t = zone.getRules().nextTransition(at);
        while (t != null && !t.getInstant().isAfter(until)) {
            if (t.isOverlap()) {
                wall = wall.minus(Duration.ofSeconds(t.getOffsetBefore().getTotalSeconds() - t.getOffsetAfter().getTotalSeconds()));
            }
            t = zone.getRules().nextTransition(t.getInstant());
        }
        return WALL.format(wall);
    }
}
