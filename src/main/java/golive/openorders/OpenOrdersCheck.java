package golive.openorders;

import golive.cart.CartConfig;
import golive.launch.Cutover;
import golive.launch.Guard;
import golive.launch.Problem;
import golive.launch.ProblemCode;
import golive.launch.Refusal;
import golive.store.PlanStore;
import golive.sync.MigratedWatch;

import java.util.List;
import java.util.Set;

/**
 * {@code open-orders check}: the store's migrated orders against a tested cart (see
 * {@link CartCheck}). Each migrated order seen in the cart is watched from then on, and flagged
 * needing attention at once when the cart has cancelled, refunded or fulfilled it ({@link MigratedWatch}). Needs the connection tested for the current settings and a confirmed
 * cut-off. Thread-safe; blocking (reads the cart outside any transaction).
 */
public final class OpenOrdersCheck {
    private static final Set<ProblemCode> CONNECTION = Set.of(ProblemCode.CART_NOT_CONNECTED, ProblemCode.CONNECTION_NOT_TESTED,
            ProblemCode.CONNECTION_TEST_FAILED, ProblemCode.CONNECTION_TEST_STALE);

    private final Cutover cutover;

    public OpenOrdersCheck(Cutover cutover) {
        this.cutover = cutover;
    }

    /** @throws Refusal the connection problems that stand, or CUTOFF_NOT_CONFIRMED */
    public CartCheck.Result run() {
        return cutover.requested("open-orders check", this::check);
    }

    private CartCheck.Result check() {
        List<Problem> connection = Guard.problems(cutover.state(), cutover.clock().instant()).stream()
                .filter(p -> CONNECTION.contains(p.code())).toList();
        if (!connection.isEmpty()) {
            throw new Refusal(connection);
        }
        CartConfig cart = cutover.cartConfig().orElseThrow(() -> new Refusal(Problem.of(ProblemCode.CART_NOT_CONNECTED)));
        PlanStore.Plan plan = cutover.database().read(new PlanStore()::load);
        if (!plan.cutoffConfirmed() || plan.cutoff() == null) {
            throw new Refusal(Problem.of(ProblemCode.CUTOFF_NOT_CONFIRMED));
        }
        MigratedSet set = new MigratedSet();
        cutover.database().read(c -> StoreIndex.load(c, cart.shopKey(), set));
        MigratedWatch watch = new MigratedWatch(cutover.database(), cart);
        return new CartCheck(cutover.connector(), OpenOrdersImporter.normaliser(cart), plan.importableFor(cart.kind()))
                .run(set, plan.cutoff(), watch::sighted);
    }
}
