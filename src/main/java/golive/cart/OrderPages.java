package golive.cart;

import java.time.Instant;
import java.util.OptionalLong;

/**
 * A forward-only walk over the pages of one listing with a fixed lower bound (DESIGN.md, "How a run
 * lists": keyset, or offset over ids, never offset over a modified-date sort). Each {@link #next()}
 * is one page (retried inside the transport); the caller commits a page before asking for the next.
 * Not thread-safe: one walker.
 */
public interface OrderPages extends AutoCloseable {
    boolean hasNext();

    /** @throws CartException when the page still fails after retries */
    OrderPage next();

    /**
     * The cart's clock (its {@code Date} header) at this listing's first response, beside this
     * computer's at the same moment; null before the first page.
     */
    ClockReading clock();

    /**
     * The cart's own count of the orders (any state) updated from the listing's lower bound through
     * {@code through}, inclusive, asked now; empty where the cart offers no count (or no exact one).
     * The engine asks it after the last page and compares it with the distinct ids it read.
     *
     * @throws CartException when the count call fails after retries
     */
    OptionalLong expectedCount(Instant through);

    /** Gives up the walk (a fetch still running is stopped); nothing by default. */
    @Override
    default void close() {
    }
}
