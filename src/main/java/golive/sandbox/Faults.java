package golive.sandbox;

import java.util.ArrayDeque;
import java.util.Deque;

/**
 * The fault panel: faults queued for the next requests, one request each, in order; and an
 * optional standing fault applied to every request once the queue is empty, until cleared.
 * Thread-safe.
 */
public final class Faults {
    private final Deque<Fault> queue = new ArrayDeque<>();
    private Fault standing;

    /** The next request suffers {@code fault}. */
    public synchronized Faults next(Fault fault) {
        queue.add(fault);
        return this;
    }

    /** Each of the next {@code times} requests suffers {@code fault} (a 429 burst, a 503 spell). */
    public synchronized Faults next(int times, Fault fault) {
        for (int i = 0; i < times; i++) {
            queue.add(fault);
        }
        return this;
    }

    /** Every request suffers {@code fault} (after the queued ones) until {@link #clear()}. */
    public synchronized Faults always(Fault fault) {
        standing = fault;
        return this;
    }

    public synchronized void clear() {
        queue.clear();
        standing = null;
    }

    public synchronized int pending() {
        return queue.size();
    }

    /** The fault for the request being served, or null. */
    public synchronized Fault take() {
        Fault f = queue.poll();
        return f != null ? f : standing;
    }
}
