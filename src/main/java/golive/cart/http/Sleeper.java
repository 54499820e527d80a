package golive.cart.http;

import java.time.Duration;

/**
 * How the transport waits between attempts. Injected so tests (and the sandbox's compressed
 * clock) can wait without wall-clock time passing. Implementations must be thread-safe.
 */
@FunctionalInterface
public interface Sleeper {

    /** Really sleeps. */
    Sleeper SYSTEM = d -> {
        if (!d.isNegative() && !d.isZero()) {
            Thread.sleep(d.toMillis(), d.toNanosPart() % 1_000_000);
        }
    };

    void sleep(Duration duration) throws InterruptedException;
}
