package golive.cart;

/**
 * A cart call that failed for good (after the transport's retries). Messages carry the cart's
 * own words where it gave any, and never a secret.
 */
public class CartException extends RuntimeException {
    public CartException(String message) {
        super(message);
    }

    public CartException(String message, Throwable cause) {
        super(message, cause);
    }

    /** 401/403: the cart rejected the credentials or their permissions. Never retried; stops Auto Sync. */
    public static class Rejected extends CartException {
        private final int status;

        public Rejected(int status, String message) {
            super(message);
            this.status = status;
        }

        public int status() {
            return status;
        }
    }

    /** Unreachable, timing out, 5xx/429 or unreadable bodies after every retry. */
    public static class Unavailable extends CartException {
        public Unavailable(String message, Throwable cause) {
            super(message, cause);
        }
    }

    /**
     * The listing ended with fewer distinct orders than the cart's own count for the same window: a
     * short read is never taken for the end of the data (the run fails, the cursor stays).
     */
    public static class Incomplete extends CartException {
        public Incomplete(String message) {
            super(message);
        }
    }

    /** Any other 4xx: the request itself was wrong (a bug or an unsupported cart setting). */
    public static class BadRequest extends CartException {
        public BadRequest(String message) {
            super(message);
        }
    }
}
