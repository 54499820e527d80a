package golive.cart;

import java.time.Duration;
import java.time.Instant;

/**
 * The cart's clock read from a response's {@code Date} header, with this computer's clock at the
 * moment the response arrived. Sync cursors stand on {@code cart}, never on {@code local}.
 */
public record ClockReading(Instant cart, Instant local) {
    /** Positive when the cart's clock is ahead of this computer's. */
    public Duration skew() {
        return Duration.between(local, cart);
    }
}
