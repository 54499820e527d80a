package golive.sandbox;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/**
 * The sandbox shop's clock: frozen (tests move it with {@link #advance}), or running at
 * {@code speed} times real time (a rehearsal compresses a day into minutes). Drives order
 * timestamps, the {@code Date} header and the leaky bucket's leak. Thread-safe.
 */
public final class SandboxClock extends Clock {
    private final Object lock = new Object();
    private Instant base;
    private long baseNanos;
    private double speed;

    private SandboxClock(Instant start, double speed) {
        this.base = start;
        this.baseNanos = System.nanoTime();
        this.speed = speed;
    }

    /** Stands still until advanced or set. */
    public static SandboxClock frozenAt(Instant start) {
        return new SandboxClock(start, 0);
    }

    /** Runs from {@code start} at {@code speed} times real time (1 = real time). */
    public static SandboxClock running(Instant start, double speed) {
        if (speed < 0) {
            throw new IllegalArgumentException("speed must not be negative");
        }
        return new SandboxClock(start, speed);
    }

    @Override
    public Instant instant() {
        synchronized (lock) {
            return now(System.nanoTime());
        }
    }

    /** Moves the clock forward (or back, for a negative duration). */
    public void advance(Duration d) {
        synchronized (lock) {
            long n = System.nanoTime();
            base = now(n).plus(d);
            baseNanos = n;
        }
    }

    public void set(Instant t) {
        synchronized (lock) {
            base = t;
            baseNanos = System.nanoTime();
        }
    }

    /** 0 freezes the clock where it is. */
    public void setSpeed(double newSpeed) {
        if (newSpeed < 0) {
            throw new IllegalArgumentException("speed must not be negative");
        }
        synchronized (lock) {
            long n = System.nanoTime();
            base = now(n);
            baseNanos = n;
            speed = newSpeed;
        }
    }

    public double speed() {
        synchronized (lock) {
            return speed;
        }
    }

    private Instant now(long nanos) {
        if (speed == 0) {
            return base;
        }
        return base.plusNanos((long) ((nanos - baseNanos) * speed));
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    /** A view in another zone reading this same clock. */
    @Override
    public Clock withZone(ZoneId zone) {
        SandboxClock self = this;
        return new Clock() {
            @Override
            public ZoneId getZone() {
                return zone;
            }

            @Override
            public Clock withZone(ZoneId z) {
                return self.withZone(z);
            }

            @Override
            public Instant instant() {
                return self.instant();
            }
        };
    }
}
