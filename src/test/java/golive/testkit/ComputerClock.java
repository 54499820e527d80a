package golive.testkit;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/**
 * This computer's clock in a test: real time plus an offset the test sets, so a local clock that
 * runs fast or slow against the cart's can be introduced at any moment. Thread-safe.
 */
public final class ComputerClock extends Clock {
    private volatile Duration offset = Duration.ZERO;

    /** From now on this computer's clock reads real time plus {@code by} (negative: slow). */
    public void runAhead(Duration by) {
        offset = by;
    }

    @Override
    public Instant instant() {
        return Instant.now().plus(offset);
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return Clock.offset(Clock.system(zone), offset);
    }
}
