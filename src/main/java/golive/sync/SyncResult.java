package golive.sync;

import golive.cart.CartOrder;

import java.time.Instant;
import java.util.List;

/**
 * A completed run. For a dry run {@code runId} is 0, nothing was written, and {@code wouldImport}
 * lists what a real run would import now (the preview); otherwise it is empty.
 *
 * @param cartCount    the cart's own count of the orders the run had to read (null where the cart has none, and for dry runs)
 * @param distinctRead the distinct orders read that the count covers
 */
public record SyncResult(long runId, boolean dryRun, Instant since, Instant startedAt, Instant finishedAt,
                         SyncCounts counts, Instant watermark, List<CartOrder> wouldImport, Long cartCount, long distinctRead) {
    public SyncResult {
        wouldImport = List.copyOf(wouldImport);
    }
}
