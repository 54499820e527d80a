package golive.cart.bigcommerce;

import golive.cart.http.Pacer;
import golive.cart.http.RetryPolicy;

import java.net.http.HttpHeaders;
import java.time.Duration;
import java.util.OptionalLong;

/**
 * Paces requests by BigCommerce's window quota, which every app on the store shares: each answer
 * says how many requests are left in the window ({@code X-Rate-Limit-Requests-Left}) and when it
 * resets ({@code X-Rate-Limit-Time-Reset-Ms}). When what is left falls to a small reserve (a
 * thirtieth of {@code X-Rate-Limit-Requests-Quota}, kept for the merchant's other apps), or a 429
 * says the quota is spent, the next request waits for the reset, capped by the retry policy like any
 * cart-given wait and never longer than {@code X-Rate-Limit-Time-Window-Ms}. A 429 without these
 * headers is platform load, not the quota: the transport's growing backoff handles it. Thread-safe.
 */
final class BigCommerceRateLimit implements Pacer {
    static final String LEFT = "X-Rate-Limit-Requests-Left";
    static final String QUOTA = "X-Rate-Limit-Requests-Quota";
    static final String RESET_MS = "X-Rate-Limit-Time-Reset-Ms";
    static final String WINDOW_MS = "X-Rate-Limit-Time-Window-Ms";

    private final RetryPolicy policy;
    private Duration pending = Duration.ZERO;
    private Duration waited = Duration.ZERO;

    BigCommerceRateLimit(RetryPolicy policy) {
        this.policy = policy;
    }

    @Override
    public synchronized Duration beforeRequest() {
        Duration w = pending;
        pending = Duration.ZERO;
        waited = waited.plus(w);
        return w;
    }

    @Override
    public synchronized void afterResponse(int status, HttpHeaders headers) {
        OptionalLong reset = number(headers, RESET_MS);
        OptionalLong left = number(headers, LEFT);
        if (reset.isEmpty() || left.isEmpty() && status != 429) {
            pending = Duration.ZERO;
            return;
        }
        long quota = number(headers, QUOTA).orElse(0);
        boolean spent = status == 429 || left.getAsLong() <= Math.max(1, quota / 30);
        long ms = Math.min(reset.getAsLong(), number(headers, WINDOW_MS).orElse(reset.getAsLong()));
        pending = spent ? policy.retryAfter(Duration.ofMillis(Math.max(0, ms)), 1) : Duration.ZERO;
    }

    /** Everything this pacer has asked the transport to wait. */
    synchronized Duration waited() {
        return waited;
    }

    private static OptionalLong number(HttpHeaders headers, String name) {
        try {
            return headers.firstValue(name).map(v -> OptionalLong.of(Long.parseLong(v.strip()))).orElse(OptionalLong.empty());
        } catch (NumberFormatException e) {
            return OptionalLong.empty();
        }
    }
}
