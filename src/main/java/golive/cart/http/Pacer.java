package golive.cart.http;

import java.net.http.HttpHeaders;
import java.time.Duration;

/**
 * A connector's proactive throttle: it sees every response's headers and says how long to
 * wait before the next request, so the cart's rate limit is rarely hit. The wait goes through
 * the transport's {@link Sleeper}. Implementations must be thread-safe (one per connector).
 */
public interface Pacer {

    /** Never waits. */
    Pacer NONE = new Pacer() {
        @Override
        public Duration beforeRequest() {
            return Duration.ZERO;
        }

        @Override
        public void afterResponse(int status, HttpHeaders headers) {
        }
    };

    /** How long to wait before sending the next request; zero for none. */
    Duration beforeRequest();

    /** Called with every response, errors included. */
    void afterResponse(int status, HttpHeaders headers);
}
