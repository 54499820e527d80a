package golive.cart;

import java.time.Instant;
import java.util.Optional;

/**
 * The SPI every cart implements over its real HTTP API (one sub-package per cart). Thread-safe;
 * every method does blocking I/O, so never call it on the FX thread. Failures are
 * {@link CartException}s after the transport's retries.
 */
public interface CartConnector {

    /** Step 2: every check, each with the cart's own message. Never throws for a failed check. */
    ConnectionReport test();

    /**
     * Every order (any state) updated at or after {@code since}, page by page, under the listing
     * rule of {@link OrderPages}: one fixed lower bound, keyset or offset over ids, no server-side
     * status filter. The sync's only read; eligibility is decided by the caller. The pages report
     * the cart's clock from their first response and the cart's own count where it has one.
     */
    OrderPages updatedSince(Instant since);

    /**
     * How many open, unfulfilled, non-cancelled orders were created in [from, to); either bound
     * may be null (open). Used for the cut-off and gap counts.
     */
    long countOpenCreated(Instant from, Instant to);

    /** One order by the cart's id, for {@code sync import --order ID}. */
    Optional<CartOrder> order(String id);
}
