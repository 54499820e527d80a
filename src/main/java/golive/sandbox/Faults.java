package golive.sandbox;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;

/**
 * The fault panel: faults queued for the next requests, one request each, in order; an optional
 * standing fault applied to every request once the queue is empty, until cleared; and an optional
 * random mix, one request in so many drawn from a list (a soak). Counts what it handed out, by kind.
 * Thread-safe.
 */
public final class Faults {
    private final Deque<Fault> queue = new ArrayDeque<>();
    private final Map<String, Integer> taken = new TreeMap<>();
    private Fault standing;
    private Random random;
    private double rate;
    private List<Fault> mix = List.of();

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

    /** Each request the queue and the standing fault leave alone suffers, with probability {@code rate}, one of {@code mix} (seeded: repeatable). */
    public synchronized Faults randomly(long seed, double rate, List<Fault> mix) {
        this.random = new Random(seed);
        this.rate = rate;
        this.mix = List.copyOf(mix);
        return this;
    }

    public synchronized void clear() {
        queue.clear();
        standing = null;
        random = null;
    }

    public synchronized int pending() {
        return queue.size();
    }

    /** The fault for the request being served, or null. */
    public synchronized Fault take() {
        Fault f = queue.poll();
        if (f == null) {
            f = standing;
        }
        if (f == null && random != null && !mix.isEmpty() && random.nextDouble() < rate) {
            f = mix.get(random.nextInt(mix.size()));
        }
        if (f != null) {
            taken.merge(f.toString(), 1, Integer::sum);
        }
        return f;
    }

    /** How many requests suffered each fault so far (by the fault's record form, e.g. {@code Status[status=503]}). */
    public synchronized Map<String, Integer> taken() {
        return new TreeMap<>(taken);
    }
}
