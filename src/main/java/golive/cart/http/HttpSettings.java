package golive.cart.http;

import java.time.Duration;
import java.util.Objects;

/**
 * Transport settings a connector is opened with: timeouts, retry policy, and how to sleep.
 * Immutable; the withers return copies.
 */
public record HttpSettings(Duration connectTimeout, Duration requestTimeout, RetryPolicy retry, Sleeper sleeper) {

    public HttpSettings {
        Objects.requireNonNull(connectTimeout, "connectTimeout");
        Objects.requireNonNull(requestTimeout, "requestTimeout");
        Objects.requireNonNull(retry, "retry");
        Objects.requireNonNull(sleeper, "sleeper");
    }

    /** Connect 10 s, request 30 s, {@link RetryPolicy#DEFAULT}, real sleeping. */
    public static HttpSettings defaults() {
        return new HttpSettings(Duration.ofSeconds(10), Duration.ofSeconds(30), RetryPolicy.DEFAULT, Sleeper.SYSTEM);
    }

    public HttpSettings withRetry(RetryPolicy policy) {
        return new HttpSettings(connectTimeout, requestTimeout, policy, sleeper);
    }

    public HttpSettings withSleeper(Sleeper s) {
        return new HttpSettings(connectTimeout, requestTimeout, retry, s);
    }

    public HttpSettings withTimeouts(Duration connect, Duration request) {
        return new HttpSettings(connect, request, retry, sleeper);
    }
}
