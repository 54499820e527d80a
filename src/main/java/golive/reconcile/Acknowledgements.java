package golive.reconcile;

import golive.cart.CartConfig;
import golive.launch.Cutover;
import golive.launch.InvalidInput;
import golive.launch.Problem;
import golive.launch.ProblemCode;
import golive.store.AcknowledgementStore;
import golive.store.AuditLog;
import golive.store.SetAsideStore;

import java.time.Instant;
import java.util.List;

/**
 * {@code ack KIND ID --reason}: a person says they handled an order by hand (a needs-attention
 * order, a set-aside order, a suspect match checked, an orphan that is the old system's phone
 * order...). Audited; the order stays listed, marked acknowledged, and no longer fails the
 * reconciliation. ID is the cart order id; for an orphan, the store order's number.
 */
public final class Acknowledgements {
    /** What can be acknowledged: the failing buckets, needs attention and set aside. */
    public static final List<String> KINDS = List.of("missing", "duplicate", "suspect", "orphan", "attention", "set-aside");

    private final Cutover cutover;
    private final AcknowledgementStore store = new AcknowledgementStore();
    private final SetAsideStore setAside = new SetAsideStore();

    public Acknowledgements(Cutover cutover) {
        this.cutover = cutover;
    }

    /** @throws InvalidInput an unknown kind, or no reason */
    public void acknowledge(String kind, String ref, String reason) {
        if (!KINDS.contains(kind)) {
            throw new InvalidInput(Problem.of(ProblemCode.BAD_VALUE, kind, "expected one of " + String.join(", ", KINDS)));
        }
        if (reason == null || reason.isBlank()) {
            throw new InvalidInput(Problem.of(ProblemCode.REASON_REQUIRED));
        }
        if (ref == null || ref.isBlank()) {
            throw new InvalidInput(Problem.of(ProblemCode.BAD_VALUE, String.valueOf(ref), "expected an order id"));
        }
        cutover.database().inTransaction(c -> {
            Instant now = cutover.clock().instant();
            String before = store.record(c, kind, ref.strip(), reason.strip(), now);
            if (kind.equals("set-aside")) {
                CartConfig config = cutover.cartConfig().orElseThrow();
                setAside.resolve(c, config.shopKey(), ref.strip(), "acknowledged: " + reason.strip(), now);
            }
            AuditLog.record(c, now, "ack." + kind, before == null ? null : ref.strip() + ": " + before, ref.strip() + ": " + reason.strip());
            return null;
        });
    }
}
