package golive.sandbox;

import java.time.Duration;

/**
 * A misbehaviour the sandbox applies to one request (see {@link Faults}). Some replace the
 * answer (an error status, a 429, a revoked token, a dropped connection); others spoil the
 * real answer (slow, truncated JSON, a connection cut mid-body). Immutable.
 */
public sealed interface Fault {

    /** Answers {@code status} (e.g. 503) with a small error body. */
    record Status(int status) implements Fault {
    }

    /** Answers 429 with {@code Retry-After} and Shopify's body, whatever the bucket says. */
    record RateLimited(String retryAfter) implements Fault {
    }

    /** Answers 401 as if the merchant had revoked the token. */
    record RevokedToken() implements Fault {
    }

    /** A host's or firewall's HTML error page (429, 503) in front of the cart, with {@code Retry-After} when not null. */
    record HtmlError(int status, String retryAfter) implements Fault {
    }

    /** Closes the connection without answering (the cart unreachable mid-run). */
    record Drop() implements Fault {
    }

    /** Answers normally, after {@code delay} (real time: keep it short in tests). */
    record Slow(Duration delay) implements Fault {
    }

    /** Answers 200 with the real body cut in half: well-formed HTTP, broken JSON. */
    record TruncatedJson() implements Fault {
    }

    /** Sends the real headers and half the body, then closes the connection (a reset). */
    record CutBody() implements Fault {
    }

    static Fault serverError(int status) {
        return new Status(status);
    }

    static Fault tooManyRequests() {
        return new RateLimited("2.0");
    }

    static Fault revokedToken() {
        return new RevokedToken();
    }

    static Fault drop() {
        return new Drop();
    }

    static Fault slow(Duration delay) {
        return new Slow(delay);
    }

    static Fault truncatedJson() {
        return new TruncatedJson();
    }

    static Fault cutBody() {
        return new CutBody();
    }
}
