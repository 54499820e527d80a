package golive.crash;

import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;

/**
 * A named place in the code where a crash test kills this process: {@code -Dgolive.killAt=NAME}
 * (or {@code NAME#N}, the N-th time it is reached). There the thread says {@code KILL-POINT NAME#N}
 * on stderr and stops, holding whatever it holds (an open transaction, a lease renewal), until the
 * test sends SIGKILL; so the kill lands exactly at that point, deterministically, and is a real
 * kill -9 rather than an exit the JVM could tidy up after. A process nobody kills halts itself
 * after a minute, as abruptly. Without the property every call is a no-op. Thread-safe.
 */
public final class KillPoint {
    /** The line a crash test waits for before it kills. */
    public static final String SAID = "KILL-POINT ";

    private static final String NAME;
    private static final int NTH;
    private static final AtomicInteger HITS = new AtomicInteger();

    static {
        String spec = System.getProperty("golive.killAt");
        int hash = spec == null ? -1 : spec.indexOf('#');
        NAME = spec == null ? null : hash < 0 ? spec : spec.substring(0, hash);
        NTH = hash < 0 ? 1 : Integer.parseInt(spec.substring(hash + 1));
    }

    private KillPoint() {
    }

    /** Stops here when this is the point (and the hit) the crash test named. */
    public static void reach(String name) {
        if (NAME == null || !NAME.equals(name) || HITS.incrementAndGet() != NTH) {
            return;
        }
        System.err.println(SAID + name + "#" + NTH);
        System.err.flush();
        long until = System.nanoTime() + TimeUnit.MINUTES.toNanos(1);
        while (System.nanoTime() < until) {
            LockSupport.parkNanos(until - System.nanoTime());
        }
        Runtime.getRuntime().halt(137);
    }
}
