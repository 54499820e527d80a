package golive.cart.http;

import java.time.Duration;
import java.util.concurrent.Callable;

/**
 * Who hears about each retry made on this thread: the window's connection test says "attempt 2
 * of 5" instead of spinning silently. Thread-local, so that the connector SPI's calls need not
 * each carry a listener for one screen's progress line; {@link CartHttp} retries on the calling
 * thread, so every retry of the watched work is heard.
 */
public final class RetryWatch {
    /** Told before the wait that precedes {@code attempt} (2 or more) of {@code of}. */
    @FunctionalInterface
    public interface Listener {
        void retrying(int attempt, int of, Duration wait);
    }

    private static final ThreadLocal<Listener> CURRENT = new ThreadLocal<>();

    private RetryWatch() {
    }

    /** Runs {@code work} on this thread with {@code listener} hearing its retries. */
    public static <T> T watching(Listener listener, Callable<T> work) throws Exception {
        Listener outer = CURRENT.get();
        CURRENT.set(listener);
        try {
            return work.call();
        } finally {
            CURRENT.set(outer);
        }
    }

    static void retrying(int attempt, int of, Duration wait) {
        Listener l = CURRENT.get();
        if (l != null) {
            l.retrying(attempt, of, wait);
        }
    }
}
