package golive.sandbox;

import java.time.Clock;
import java.time.Instant;

/**
 * A cart's rate limit as a bucket that empties by the shop's clock. Shopify's REST limit puts one
 * call in a bucket of 40 that leaks 2 a second (a call into a full bucket gets 429); its GraphQL
 * limit takes a query's cost in points from a bucket of 2,000 that restores 100 a second (a query
 * costing more than what is available is THROTTLED). Both are this: {@code level} rises by what is
 * taken and falls at {@code leakPerSecond}. When not enforcing, takes are counted (for the headers
 * and the cost report) but never refused. Thread-safe.
 */
public final class LeakyBucket {
    private final Clock clock;
    private int capacity;
    private double leakPerSecond;
    private boolean enforcing = true;
    private double level;
    private Instant last;

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
        return tryTake(1);
    }

    /** Takes {@code amount}; false when it does not fit and enforcing (nothing is taken then). */
    public synchronized boolean tryTake(double amount) {
        leak();
        if (level + amount > capacity + 1e-9) {
            if (enforcing) {
                return false;
            }
            level = Math.max(0, capacity - amount);
        }
        level += amount;
        return true;
    }

    /** Returns part of what was taken (a query that cost less than it asked for). */
    public synchronized void giveBack(double amount) {
        leak();
        level = Math.max(0, level - amount);
    }

    /** What could be taken now. */
    public synchronized double available() {
        leak();
        return capacity - level;
    }

    public synchronized double leakPerSecond() {
        return leakPerSecond;
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
