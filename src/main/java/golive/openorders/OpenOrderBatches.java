package golive.openorders;

import golive.launch.Cutover;
import golive.launch.InvalidInput;
import golive.launch.Problem;
import golive.launch.ProblemCode;
import golive.launch.Refusal;
import golive.store.AuditLog;
import golive.store.OpenOrdersStore;
import golive.store.PlanStore;

import java.time.Instant;
import java.util.List;

/**
 * The committed open-order batches: list them, and undo one until the first import from the cart
 * locks the plan (after that, migrated orders may already stand in for synced ones). An undo
 * deletes the batch's orders and marks it undone, with its audit entry, in one transaction.
 * Thread-safe; blocking.
 */
public final class OpenOrderBatches {
    private final Cutover cutover;
    private final OpenOrdersStore batches = new OpenOrdersStore();
    private final PlanStore plans = new PlanStore();

    public OpenOrderBatches(Cutover cutover) {
        this.cutover = cutover;
    }

    /** File batches and the 'none' declaration still in force, oldest first. */
    public List<OpenOrdersStore.Batch> active() {
        return cutover.database().read(batches::active);
    }

    /**
     * @return how many orders were deleted
     * @throws Refusal      OPEN_ORDERS_UNDO_LOCKED once the plan is locked
     * @throws InvalidInput OPEN_ORDERS_BATCH_NOT_FOUND for an unknown, undone or 'none' batch
     */
    public int undo(long batchId) {
        return cutover.requested("open-orders undo", () -> cutover.database().inTransaction(c -> {
            Instant now = cutover.clock().instant();
            OpenOrdersStore.Batch batch = batches.activeFileBatch(c, batchId)
                    .orElseThrow(() -> new InvalidInput(Problem.of(ProblemCode.OPEN_ORDERS_BATCH_NOT_FOUND, batchId)));
            PlanStore.Plan plan = plans.load(c);
            // "until the first import from the cart": a plan reset unlocks the plan, not this
            if (plan.locked() || cartOrdersExist(c)) {
                throw new Refusal(Problem.of(ProblemCode.OPEN_ORDERS_UNDO_LOCKED, batchId, plan.lockedAt()));
            }
            int deleted = batches.undo(c, batchId, now);
            plans.bumpVersion(c);
            AuditLog.record(c, now, "open-orders.undo", "batch " + batchId + ": " + batch.fileName() + ", "
                    + batch.orderCount() + " order(s)", "undone: " + deleted + " order(s) deleted");
            return deleted;
        }));
    }

    private static boolean cartOrdersExist(java.sql.Connection c) throws java.sql.SQLException {
        try (var ps = c.prepareStatement("SELECT 1 FROM orders WHERE source = 'cart' LIMIT 1"); var rs = ps.executeQuery()) {
            return rs.next();
        }
    }
}
