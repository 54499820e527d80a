package golive.cart;

/**
 * A forward-only walk over the pages of one listing. Each {@link #next()} is one HTTP page
 * (retried inside the transport); the caller commits a page before asking for the next.
 */
public interface OrderPages {
    boolean hasNext();

    /** @throws CartException when the page still fails after retries */
    OrderPage next();
}
