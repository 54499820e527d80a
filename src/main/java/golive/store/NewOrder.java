package golive.store;

import golive.domain.DocType;
import golive.domain.Money;
import golive.domain.OrderLine;
import golive.domain.OrderSource;

import java.time.Instant;
import java.util.List;

/**
 * An order about to enter the store, from the sync or the open-orders importer.
 *
 * @param cartState a compact digest of what the cart said (status, total, lines), compared on later
 *                  reads to raise 'needs attention'; null for migrated orders
 */
public record NewOrder(
        OrderSource source,
        String shopKey,
        String cartOrderId,
        String orderNumber,
        String orderNumberNorm,
        Instant createdAt,
        DocType docType,
        Money total,
        String customerEmail,
        String customerName,
        Instant cartUpdatedAt,
        String cartState,
        Long batchId,
        Long runId,
        List<OrderLine> lines) {

    public NewOrder {
        lines = List.copyOf(lines);
    }
}
