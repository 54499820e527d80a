package golive.sandbox;

import java.time.Clock;
import java.time.Instant;

/**
 * Shopify's rate limit: each call adds one to a bucket of {@code capacity} that leaks
 * {@code leakPerSecond} by the shop's clock; a call into a full bucket is refused (429).
 * When not enforcing, calls are counted (for the header) but never refused. Thread-safe.
 */
public final class LeakyBucket {
    private final Clock clock;
    private int capacity;
    private double leakPerSecond;
    private boolean enforcing = true;
    private double level;
    private Instant last;

    /** Shopify Standard: 40 and 2/s. */
    public LeakyBucket(int capacity, double leakPerSecond, Clock clock) {
        this.clock = clock;
        configure(capacity, leakPerSecond);
        this.last = clock.instant();
    }

    public synchronized void configure(int newCapacity, double newLeakPerSecond) {
        if (newCapacity < 1 || newLeakPerSecond <= 0) {
            throw new IllegalArgumentException("capacity >= 1 and leak > 0");
        }
        leak();
        capacity = newCapacity;
        leakPerSecond = newLeakPerSecond;
    }

    public synchronized void setEnforcing(boolean on) {
        enforcing = on;
    }

    /** Takes one call; false when the bucket is full and enforcing (answer 429). */
    public synchronized boolean tryTake() {
        leak();
        if (level + 1 > capacity + 1e-9) {
            if (enforcing) {
                return false;
            }
            level = capacity - 1;
        }
        level += 1;
        return true;
    }

    /** "used/capacity", as in {@code X-Shopify-Shop-Api-Call-Limit}. */
    public synchronized String header() {
        leak();
        return (int) Math.ceil(level - 1e-9) + "/" + capacity;
    }

    public synchronized int capacity() {
        return capacity;
    }

    /** Empties the bucket (between test cases or scenario steps). */
    public synchronized void drain() {
        level = 0;
        last = clock.instant();
    }

    private void leak() {
        Instant now = clock.instant();
        if (last != null && now.isAfter(last)) {
            double seconds = (now.toEpochMilli() - last.toEpochMilli()) / 1000.0;
            level = Math.max(0, level - seconds * leakPerSecond);
        }
        last = now; // a clock set backwards just restarts the leak from here
    }
}
