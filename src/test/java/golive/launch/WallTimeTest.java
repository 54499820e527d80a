package golive.launch;

import org.junit.jupiter.api.Test;

import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class WallTimeTest {
    @Test
    void aLocalTimeInTheStoreZoneBecomesAnExactInstant() {
        assertThat(WallTime.resolve("2026-11-20T00:00", "America/New_York", null).toInstant())
                .isEqualTo(Instant.parse("2026-11-20T05:00:00Z"));
        assertThat(WallTime.resolve("2026-11-20T00:00:07", "Europe/Berlin", null).toInstant())
                .isEqualTo(Instant.parse("2026-11-19T23:00:07Z"));
    }

    @Test
    void aTimeSkippedBySpringForwardIsRefused() {
        assertThatThrownBy(() -> WallTime.resolve("2026-03-08T02:30", "America/New_York", null))
                .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.problem().code()).isEqualTo(ProblemCode.TIME_DOES_NOT_EXIST));
    }

    @Test
    void aTimeRepeatedByFallBackNeedsAnOffset() {
        assertThatThrownBy(() -> WallTime.resolve("2026-11-01T01:30", "America/New_York", null))
                .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.problem().code()).isEqualTo(ProblemCode.TIME_AMBIGUOUS));
        assertThat(WallTime.resolve("2026-11-01T01:30", "America/New_York", "-04:00").toInstant())
                .isEqualTo(Instant.parse("2026-11-01T05:30:00Z"));
        assertThat(WallTime.resolve("2026-11-01T01:30", "America/New_York", "-05:00").toInstant())
                .isEqualTo(Instant.parse("2026-11-01T06:30:00Z"));
        assertThatThrownBy(() -> WallTime.resolve("2026-11-01T01:30", "America/New_York", "+01:00"))
                .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.problem().code()).isEqualTo(ProblemCode.BAD_OFFSET));
    }

    @Test
    void badDatesAndZonesAreNamed() {
        assertThatThrownBy(() -> WallTime.resolve("20-11-2026 00:00", "UTC", null))
                .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.problem().code()).isEqualTo(ProblemCode.BAD_DATE_TIME));
        assertThatThrownBy(() -> WallTime.resolve("2026-11-20T00:00", "Mars/Olympus", null))
                .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.problem().code()).isEqualTo(ProblemCode.BAD_ZONE));
    }

    @Test
    void instantsAreShownInTheChosenZone() {
        assertThat(WallTime.show(Instant.parse("2026-11-20T05:00:00Z"), java.time.ZoneId.of("America/New_York")))
                .isEqualTo("2026-11-20 00:00:00 America/New_York (-05:00)");
    }
}
