package golive.sandbox.bigcommerce;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * BigCommerce's rate limit: a quota of requests per window (Standard and Plus: 150 per 30 s), shared
 * by every app on the store, the window starting at its first request and judged by the shop's clock.
 * Thread-safe.
 */
final class BigCommerceQuota {
    /** What one request saw: whether it fitted, what is left and when the window resets. */
    record Reading(boolean allowed, int quota, int left, long resetMs, long windowMs) {
    }

    private final Clock clock;
    private int quota = 150;
    private Duration window = Duration.ofSeconds(30);
    private Instant start;
    private int used;

    BigCommerceQuota(Clock clock) {
        this.clock = clock;
    }

    synchronized void configure(int requests, Duration per) {
        if (requests < 1 || per.isNegative() || per.isZero()) {
            throw new IllegalArgumentException("a quota of at least one request per positive window");
        }
        quota = requests;
        window = per;
        start = null;
        used = 0;
    }

    /** Another app (or the merchant's) spends {@code n} requests of the current window. */
    synchronized void spend(int n) {
        roll();
        used = Math.min(quota, used + n);
    }

    /** Counts one request, unless the window's quota is spent. */
    synchronized Reading take() {
        roll();
        boolean allowed = used < quota;
        if (allowed) {
            used++;
        }
        return reading(allowed);
    }

    /** The current window as the headers show it, without counting a request. */
    synchronized Reading peek() {
        roll();
        return reading(true);
    }

    private Reading reading(boolean allowed) {
        long reset = Math.max(0, Duration.between(clock.instant(), start.plus(window)).toMillis());
        return new Reading(allowed, quota, quota - used, reset, window.toMillis());
    }

    private void roll() {
        Instant now = clock.instant();
        if (start == null || !now.isBefore(start.plus(window))) {
            start = now;
            used = 0;
        }
    }
}
