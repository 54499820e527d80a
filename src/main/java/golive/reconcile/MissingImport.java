package golive.reconcile;

import golive.cart.CartConfig;
import golive.launch.Cutover;
import golive.launch.Problem;
import golive.launch.ProblemCode;
import golive.launch.Refusal;
import golive.launch.WallTime;
import golive.store.AuditLog;
import golive.store.PlanStore;
import golive.store.ReconciliationStore;
import golive.store.WindowExceptionStore;
import golive.sync.ImportNow;
import golive.sync.SyncCounts;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

/**
 * Imports from the cart the orders the latest reconciliation found missing, through the sync's own
 * guarded single-order import ({@link ImportNow#order}): by default only those created at or after
 * 'Import Orders from'; one before it only when a person confirms that order, with a reason
 * (recorded, audited). A re-run of the reconciliation then shows them synced. Blocking.
 */
public final class MissingImport {
    /** What happened to one order: "imported", "already imported", "already migrated". */
    public record Outcome(String cartOrderId, String number, String result) {
    }

    private final Cutover cutover;
    private final ReconciliationStore store = new ReconciliationStore();
    private final WindowExceptionStore exceptions = new WindowExceptionStore();

    public MissingImport(Cutover cutover) {
        this.cutover = cutover;
    }

    /** Every missing order at or after 'Import Orders from' (those before it are left, and counted by the caller from the report). */
    public List<Outcome> importAll() {
        return cutover.requested("reconcile import-missing", this::importEveryMissing);
    }

    private List<Outcome> importEveryMissing() {
        Instant importFrom = importFrom();
        List<Outcome> out = new ArrayList<>();
        for (ReconciliationStore.CartRow row : cutover.database().read(c -> store.cartOrders(c, latestId(c), Bucket.MISSING.id(),
                Integer.MAX_VALUE))) {
            if (!row.createdAt().isBefore(importFrom)) {
                out.add(importRow(row));
            }
        }
        return out;
    }

    /**
     * One missing order; before 'Import Orders from' only with {@code confirmReason} (null: not confirmed).
     *
     * @throws Refusal not missing in the latest reconciliation, or before 'Import Orders from' and not confirmed
     */
    public Outcome importOne(String cartOrderId, String confirmReason) {
        return cutover.requested("reconcile import-missing", () -> importMissing(cartOrderId, confirmReason));
    }

    private Outcome importMissing(String cartOrderId, String confirmReason) {
        ReconciliationStore.CartRow row = cutover.database().read(c -> store.cartOrder(c, latestId(c), cartOrderId))
                .orElseThrow(() -> new Refusal(Problem.of(ProblemCode.NOT_MISSING, cartOrderId, "not in the reconciled window")));
        if (!Bucket.MISSING.id().equals(row.bucket())) {
            throw new Refusal(Problem.of(ProblemCode.NOT_MISSING, row.number(), Bucket.fromId(row.bucket()).label()));
        }
        if (row.createdAt().isBefore(importFrom())) {
            if (confirmReason == null || confirmReason.isBlank()) {
                throw new Refusal(Problem.of(ProblemCode.CONFIRMATION_REQUIRED, row.number(), WallTime.show(row.createdAt(),
                        cutover.storeZone().orElse(ZoneOffset.UTC))));
            }
            CartConfig config = cutover.cartConfig().orElseThrow();
            cutover.database().inTransaction(c -> {
                Instant now = cutover.clock().instant();
                exceptions.confirm(c, config.shopKey(), row.cartOrderId(), confirmReason.strip(), now);
                AuditLog.record(c, now, "reconcile.confirm-before-import-from", null,
                        row.number() + " (" + row.cartOrderId() + "): " + confirmReason.strip());
                return null;
            });
        }
        return importRow(row);
    }

    private Outcome importRow(ReconciliationStore.CartRow row) {
        SyncCounts counts = new ImportNow(cutover).order(row.cartOrderId());
        String result = counts.imported() > 0 ? "imported" : counts.skippedMigrated() > 0 ? "already migrated" : "already imported";
        return new Outcome(row.cartOrderId(), row.number(), result);
    }

    private Instant importFrom() {
        Instant at = cutover.database().read(new PlanStore()::load).importFrom();
        if (at == null) {
            throw new Refusal(Problem.of(ProblemCode.IMPORT_FROM_NOT_SET));
        }
        return at;
    }

    private long latestId(java.sql.Connection c) throws java.sql.SQLException {
        return store.latest(c).orElseThrow(() -> new Refusal(Problem.of(ProblemCode.NO_RECONCILIATION))).id();
    }
}
