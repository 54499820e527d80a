package golive.reconcile;

import golive.store.ReconciliationStore;

import java.util.List;
import java.util.Map;

/**
 * One reconciliation as a person reads it: the window, how many orders each bucket holds (and how
 * many of those were acknowledged), the orders of every bucket that needs a look, and the imported
 * orders the cart changed since. Lists are capped at {@link Reconciler#LIST_LIMIT}; the counts are not.
 */
public record Reconciliation(ReconciliationStore.Run run,
                             Map<Bucket, Count> counts,
                             Map<String, Long> excludedByState,
                             Map<Bucket, List<ReconciliationStore.CartRow>> cartOrders,
                             Map<Bucket, List<ReconciliationStore.StoreRow>> storeOrders,
                             List<ReconciliationStore.Attention> attention) {

    /** A bucket's size, and how many of its orders a person acknowledged. */
    public record Count(long all, long acknowledged) {
        public static final Count ZERO = new Count(0, 0);

        public long open() {
            return all - acknowledged;
        }
    }

    public Count count(Bucket b) {
        return counts.getOrDefault(b, Count.ZERO);
    }

    /** Nothing missing, nothing twice, no suspect match and no orphan, not counting acknowledged ones. */
    public boolean clean() {
        return counts.entrySet().stream().noneMatch(e -> e.getKey().fails() && e.getValue().open() > 0);
    }
}
