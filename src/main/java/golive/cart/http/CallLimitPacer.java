package golive.cart.http;

import java.net.http.HttpHeaders;
import java.time.Duration;

/**
 * Paces against a leaky bucket the cart reports as {@code used/size} in a header (Shopify's
 * {@code X-Shopify-Shop-Api-Call-Limit: 32/40}). Once the bucket is fuller than the
 * threshold, it waits long enough for the excess to leak away, so 429s stay rare even when
 * other apps share the bucket. Thread-safe.
 */
public final class CallLimitPacer implements Pacer {
    private final String header;
    private final double leakPerSecond;
    private final double threshold;
    private double used;
    private double size;

    /**
     * @param leakPerSecond how fast the bucket empties (Shopify Standard: 2)
     * @param threshold     fill fraction from which to slow down (e.g. 0.8)
     */
    public CallLimitPacer(String header, double leakPerSecond, double threshold) {
        if (leakPerSecond <= 0 || threshold <= 0 || threshold > 1) {
            throw new IllegalArgumentException("leakPerSecond > 0 and 0 < threshold <= 1");
        }
        this.header = header;
        this.leakPerSecond = leakPerSecond;
        this.threshold = threshold;
    }

    @Override
    public synchronized Duration beforeRequest() {
        if (size <= 0) {
            return Duration.ZERO;
        }
        // one more call must fit under the threshold
        double excess = used + 1 - threshold * size;
        if (excess <= 0) {
            return Duration.ZERO;
        }
        used -= excess; // what will have leaked once we have waited
        return Duration.ofMillis((long) Math.ceil(excess / leakPerSecond * 1000));
    }

    @Override
    public synchronized void afterResponse(int status, HttpHeaders headers) {
        if (status == 429) {
            // Retry-After governs this wait; pacing on "40/40" as well would wait twice
            used = 0;
            size = 0;
            return;
        }
        headers.firstValue(header).ifPresent(this::parse);
    }

    private void parse(String value) {
        int slash = value.indexOf('/');
        if (slash < 0) {
            return;
        }
        try {
            double u = Double.parseDouble(value.substring(0, slash).trim());
            double s = Double.parseDouble(value.substring(slash + 1).trim());
            if (s > 0 && u >= 0) {
                used = u;
                size = s;
            }
        } catch (NumberFormatException ignored) {
            // a malformed header only costs us pacing, never the request
        }
    }
}
