package golive.openorders;

/**
 * How far an open-orders preview or import has got, for a progress line with counts: first the
 * file's orders, then the check against the cart. Called on the importing thread.
 */
public interface ImportProgress {
    ImportProgress NONE = new ImportProgress() {
        @Override
        public void fileOrders(long read, long added) {
        }

        @Override
        public void cartOrders(long read) {
        }
    };

    /** Every {@link #EVERY} orders and at the end of the file: the orders read so far, and how many of them are new. */
    void fileOrders(long read, long added);

    /** After each page of the check: the cart's orders read so far. */
    void cartOrders(long read);

    int EVERY = 500;
}
