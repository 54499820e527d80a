package golive.launch;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeParseException;
import java.time.zone.ZoneOffsetTransition;
import java.util.List;

/**
 * Turns what a person types (a local date-time in a zone) into an exact instant, refusing a
 * time the zone skips (spring-forward) and asking for the offset of one it repeats (fall-back).
 */
public final class WallTime {
    private static final java.time.format.DateTimeFormatter SHOWN = java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");
    private WallTime() {
    }

    /**
     * @param at     {@code YYYY-MM-DDTHH:MM[:SS]}
     * @param zone   an IANA zone id
     * @param offset {@code +HH:MM}, needed only for an ambiguous local time; may be null
     */
    public static ZonedDateTime resolve(String at, String zone, String offset) {
        LocalDateTime local;
        try {
            local = LocalDateTime.parse(at);
        } catch (DateTimeParseException e) {
            throw new InvalidInput(Problem.of(ProblemCode.BAD_DATE_TIME, at));
        }
        return resolve(local, zoneOf(zone), offsetOf(offset));
    }

    public static ZonedDateTime resolve(LocalDateTime local, ZoneId zone, ZoneOffset offset) {
        List<ZoneOffset> valid = zone.getRules().getValidOffsets(local);
        if (valid.isEmpty()) {
            ZoneOffsetTransition t = zone.getRules().getTransition(local);
            throw new InvalidInput(Problem.of(ProblemCode.TIME_DOES_NOT_EXIST, local, zone.getId(),
                    t == null ? "" : t.getDateTimeAfter()));
        }
        if (offset != null) {
            if (!valid.contains(offset)) {
                throw new InvalidInput(Problem.of(ProblemCode.BAD_OFFSET, offset, local, zone.getId(), valid));
            }
            return ZonedDateTime.ofLocal(local, zone, offset);
        }
        if (valid.size() > 1) {
            throw new InvalidInput(Problem.of(ProblemCode.TIME_AMBIGUOUS, local, zone.getId(), valid.get(0), valid.get(1)));
        }
        return ZonedDateTime.ofLocal(local, zone, valid.get(0));
    }

    public static ZoneId zoneOf(String zone) {
        try {
            return ZoneId.of(zone);
        } catch (DateTimeException e) {
            throw new InvalidInput(Problem.of(ProblemCode.BAD_ZONE, zone));
        }
    }

    private static ZoneOffset offsetOf(String offset) {
        if (offset == null || offset.isBlank()) {
            return null;
        }
        try {
            return ZoneOffset.of(offset);
        } catch (DateTimeException e) {
            throw new InvalidInput(Problem.of(ProblemCode.BAD_OFFSET, offset, "", "", "+HH:MM"));
        }
    }

    /** Shows an instant in the zone the user chose, e.g. "2026-11-20 00:00:00 America/New_York (-05:00)". */
    public static String show(Instant at, ZoneId zone) {
        if (at == null) {
            return null;
        }
        ZonedDateTime z = at.atZone(zone == null ? ZoneOffset.UTC : zone);
        return SHOWN.format(z) + " " + z.getZone().getId() + " (" + z.getOffset() + ")";
    }
}
