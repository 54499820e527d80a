package golive.launch;

import golive.cart.CartConfig;
import golive.cart.CartConnector;
import golive.cart.CartConnectors;
import golive.cart.ConnectionReport;
import golive.cart.Lifecycle;
import golive.cart.http.CartUrls;
import golive.domain.DocType;
import golive.domain.OrderSource;
import golive.store.AuditLog;
import golive.store.CartStore;
import golive.store.Database;
import golive.store.OpenOrdersStore;
import golive.store.OrderStore;
import golive.store.PlanStore;
import golive.store.SecretStore;
import golive.store.SyncStateStore;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * The go-live steps as operations on one store: connect, test, plan, declare, start and stop.
 * The wizard and the CLI both call this; each change is written with its audit entry in one
 * transaction, and the plan-change rules (DESIGN.md, "Changing the plan") live here. Every request
 * that can be refused runs through {@link #requested}, which audits the refusal. Cart calls are
 * made outside transactions. Thread-safe; blocking (never call on the FX thread).
 */
public final class Cutover {
    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(Cutover.class);
    private final Database db;
    private final Clock clock;
    private final Function<CartConfig, CartConnector> connectors;
    private final CartStore carts;
    private final PlanStore plans = new PlanStore();
    private final OpenOrdersStore openOrders = new OpenOrdersStore();
    private final OrderStore orders = new OrderStore();
    private final SyncStateStore sync = new SyncStateStore();
    private final LaunchStateReader reader;
    /** The request this thread is running, so one made inside another is audited once, as the outer one. */
    private final ThreadLocal<String> asked = new ThreadLocal<>();

    public Cutover(Database db, Clock clock, Function<CartConfig, CartConnector> connectors) {
        this.db = db;
        this.clock = clock;
        this.connectors = connectors;
        this.carts = new CartStore(SecretStore.forDatabase(db));
        this.reader = new LaunchStateReader(carts);
    }

    public Database database() {
        return db;
    }

    public Clock clock() {
        return clock;
    }

    public CartStore carts() {
        return carts;
    }

    public LaunchState state() {
        return db.read(c -> reader.read(c, clock.instant()));
    }

    public List<Problem> problems() {
        return Guard.problems(state(), clock.instant());
    }

    /** The guard's problems as the store stands within {@code c}'s transaction: what every page commit asks. */
    public List<Problem> problems(Connection c) throws SQLException {
        Instant now = clock.instant();
        return Guard.problems(reader.read(c, now), now);
    }

    /** @throws Refusal listing every guard problem, unless the guard is satisfied */
    public void requireReady() {
        List<Problem> problems = problems();
        if (!problems.isEmpty()) {
            throw new Refusal(problems);
        }
    }

    public Optional<CartConfig> cartConfig() {
        return db.read(carts::load);
    }

    /** The connector for the saved cart. @throws Refusal CART_NOT_CONNECTED */
    public CartConnector connector() {
        return connectors.apply(cartConfig().orElseThrow(() -> new Refusal(Problem.of(ProblemCode.CART_NOT_CONNECTED))));
    }

    /**
     * Step 1. New credentials or another URL form for the same shop are accepted at any time
     * (audited; the connection must be tested again); another shop is refused while the store holds
     * orders from this one, or while the plan is locked.
     */
    public void connect(CartConfig entered) {
        List<String> missing = entered.missingSecrets();
        if (!missing.isEmpty()) {
            throw new InvalidInput(Problem.of(ProblemCode.MISSING_CREDENTIAL, entered.kind().id(), "--" + missing.get(0),
                    "GOLIVE_CART_" + missing.get(0).toUpperCase(java.util.Locale.ROOT)));
        }
        CartConnectors.credentialProblem(entered).ifPresent(why -> {
            throw new InvalidInput(Problem.of(ProblemCode.BAD_CREDENTIAL, entered.kind().id(), why));
        });
        CartConfig config = entered.withUrl(CartConnectors.storeUrl(entered.kind(), entered.url()));
        try {
            CartUrls.requireSecure(config.url());
        } catch (IllegalArgumentException e) {
            throw new InvalidInput(Problem.of(ProblemCode.BAD_URL, CartUrls.shown(String.valueOf(config.url())), e.getMessage()));
        }
        try {
            connectors.apply(config); // the kind is supported, and the URL one its connector can use
        } catch (IllegalArgumentException e) {
            if (CartConnectors.supported().contains(config.kind())) { // e.g. a BigCommerce storefront address, not its API Path
                throw new InvalidInput(Problem.of(ProblemCode.BAD_URL, CartUrls.shown(String.valueOf(config.url())), e.getMessage()));
            }
            throw new InvalidInput(Problem.of(ProblemCode.UNSUPPORTED_CART, config.kind().id(), CartConnectors.supportedIds()));
        }
        requested("cart connect", () -> db.inTransaction(c -> {
            Instant now = clock.instant();
            Optional<CartConfig> old = carts.load(c);
            PlanStore.Plan plan = plans.load(c);
            String otherShop = otherShopWithOrders(c, config.shopKey());
            if (otherShop != null) {
                throw new Refusal(Problem.of(ProblemCode.SHOP_CHANGE_REFUSED, otherShop));
            }
            boolean sameShop = old.map(o -> o.shopKey().equals(config.shopKey())).orElse(false);
            if (plan.locked() && !sameShop && old.isPresent()) {
                throw new Refusal(Problem.of(ProblemCode.SHOP_CHANGE_REFUSED, old.get().shopKey()));
            }
            carts.save(c, config, now);
            plans.bumpVersion(c);
            AuditLog.record(c, now, sameShop ? "cart.credentials" : "cart.connect", old.map(CartConfig::toString).orElse(null),
                    config + (sameShop ? " (same shop: test the connection again)" : ""));
            return null;
        }));
    }

    /**
     * Step 2: runs every check against the saved config and records the result for that config.
     * Interrupting the calling thread cancels it: nothing is recorded.
     */
    public ConnectionReport test() {
        return requested("cart test", this::testSaved);
    }

    private ConnectionReport testSaved() {
        CartConfig config = cartConfig().orElseThrow(() -> new Refusal(Problem.of(ProblemCode.CART_NOT_CONNECTED)));
        ConnectionReport report = connectors.apply(config).test();
        if (Thread.currentThread().isInterrupted()) {
            // cancelled by the person: a half-run test is not a result, the last one stands
            throw new java.util.concurrent.CancellationException("connection test cancelled");
        }
        db.inTransaction(c -> {
            Instant now = clock.instant();
            carts.recordTest(c, carts.fingerprint(config), now, report);
            if (report.clockSkew() != null) {
                sync.recordClock(c, report.clockSkew(), now);
            }
            AuditLog.record(c, now, "cart.test", null, (report.passed() ? "passed" : "failed") + " " + config);
            return null;
        });
        return report;
    }

    /** Forgets the cart and deletes its secrets; Auto Sync stops. */
    public boolean disconnect() {
        return db.inTransaction(c -> {
            Instant now = clock.instant();
            Optional<CartConfig> old = carts.load(c);
            boolean removed = carts.delete(c);
            if (removed) {
                plans.bumpVersion(c);
                stopSync(c, now, "cart disconnected");
                AuditLog.record(c, now, "cart.disconnect", old.map(CartConfig::toString).orElse(null), null);
            }
            return removed;
        });
    }

    /** Step 3. Setting it is the explicit confirmation; withdraws earlier gap/overlap acceptances. */
    public void setCutoff(Instant at, ZoneId zone) {
        requested("plan cutoff", () -> db.inTransaction(c -> {
            Instant now = clock.instant();
            PlanStore.Plan before = requireUnlocked(c);
            plans.setCutoff(c, at, zone);
            plans.bumpVersion(c);
            sync.resetCursor(c); // a new plan reads from its own 'Import Orders from', never an old cursor
            AuditLog.record(c, now, "plan.cutoff", WallTime.show(before.cutoff(), before.cutoffZone()), WallTime.show(at, zone));
            return null;
        }));
    }

    /**
     * Step 5. Saves the value; acceptance flags count only for the gap or overlap that actually
     * exists, so the guard keeps GAP/OVERLAP_NOT_ACCEPTED until the matching flag is given.
     */
    public Boundary setImportFrom(Instant at, ZoneId zone, boolean acceptGap, boolean acceptOverlap) {
        return requested("plan import-from", () -> db.inTransaction(c -> {
            Instant now = clock.instant();
            PlanStore.Plan before = requireUnlocked(c);
            Boundary b = Boundary.of(before.cutoff(), at);
            plans.setImportFrom(c, at, zone, b.isGap() && acceptGap, b.isOverlap() && acceptOverlap);
            plans.bumpVersion(c);
            sync.resetCursor(c);
            AuditLog.record(c, now, "plan.import-from", WallTime.show(before.importFrom(), before.importFromZone()),
                    WallTime.show(at, zone) + (b.isGap() && acceptGap ? " gap accepted" : "")
                            + (b.isOverlap() && acceptOverlap ? " overlap accepted" : ""));
            return b;
        }));
    }

    public void setImportAs(DocType type) {
        db.inTransaction(c -> {
            PlanStore.Plan before = plans.load(c);
            plans.setImportAs(c, type);
            AuditLog.record(c, clock.instant(), "plan.import-as", before.importAs().id(), type.id());
            return null;
        });
    }

    /**
     * Which optional states (pending payment, on hold, scheduled) are imported beside open and
     * partially fulfilled orders; null returns to the cart's defaults. Part of the plan: refused once
     * locked; a change reads from 'Import Orders from' again.
     */
    public void setImportable(Set<Lifecycle> optional) {
        if (optional != null) {
            for (Lifecycle l : optional) {
                if (!Lifecycle.OPTIONAL.contains(l)) {
                    throw new InvalidInput(Problem.of(ProblemCode.BAD_ORDER_STATE, l.id(),
                            String.join(", ", Lifecycle.OPTIONAL.stream().map(Lifecycle::id).toList())));
                }
            }
        }
        requested("plan importable", () -> db.inTransaction(c -> {
            PlanStore.Plan before = requireUnlocked(c);
            plans.setImportable(c, optional);
            plans.bumpVersion(c);
            sync.resetCursor(c);
            AuditLog.record(c, clock.instant(), "plan.importable", describe(before.importable()), describe(optional));
            return null;
        }));
    }

    private static String describe(Set<Lifecycle> optional) {
        return optional == null ? "the cart's defaults" : optional.isEmpty() ? "none beyond open orders"
                : String.join(", ", optional.stream().sorted().map(Lifecycle::id).toList());
    }

    /** Stops Auto Sync and unlocks the plan; imported orders stay. The next run reads from 'Import Orders from' again. */
    public void resetPlan(String reason) {
        requireReason(reason);
        db.inTransaction(c -> {
            Instant now = clock.instant();
            stopSync(c, now, "plan reset");
            plans.unlock(c);
            plans.bumpVersion(c);
            sync.resetCursor(c);
            AuditLog.record(c, now, "plan.reset", null, reason);
            return null;
        });
    }

    /** Step 4 without a file. Refused while a file batch is in force. */
    public void declareNoOpenOrders(String reason) {
        requireReason(reason);
        requested("open-orders none", () -> db.inTransaction(c -> {
            Instant now = clock.instant();
            if (openOrders.active(c).stream().anyMatch(b -> !b.isNone())) {
                throw new Refusal(Problem.of(ProblemCode.OPEN_ORDERS_BATCH_EXISTS));
            }
            openOrders.declareNone(c, reason, now);
            plans.bumpVersion(c);
            AuditLog.record(c, now, "open-orders.none", null, reason);
            return null;
        }));
    }

    /** Step 6: RUNNING, once the guard is satisfied. A runner (wizard or {@code sync run}) does the imports. */
    public void startSync(Duration interval) {
        requested("sync start", () -> db.inTransaction(c -> {
            Instant now = clock.instant();
            List<Problem> problems = Guard.problems(reader.read(c, now), now);
            if (!problems.isEmpty()) {
                throw new Refusal(problems);
            }
            SyncStateStore.State before = sync.load(c);
            sync.setStatus(c, "RUNNING", interval, null);
            AuditLog.record(c, now, "sync.start", before.status() + " every " + before.interval().toSeconds() + "s",
                    "RUNNING every " + (interval == null ? before.interval() : interval).toSeconds() + "s");
            return null;
        }));
    }

    /**
     * Runs what a person asked for ({@code request}: "plan cutoff", "sync now", ...; the CLI's words).
     * A refusal is audited here, after the refused transaction rolled back, and rethrown: the wizard,
     * the CLI and the sync engine get one audit entry per refusal without asking for it. A request
     * made within another (import-missing importing through sync import) is audited as the outer one.
     */
    public <T> T requested(String request, Supplier<T> action) {
        if (asked.get() != null) {
            return action.get();
        }
        asked.set(request);
        try {
            return action.get();
        } catch (Refusal r) {
            auditRefusal(request, r);
            throw r;
        } finally {
            asked.remove();
        }
    }

    /**
     * Audits a refused request with the codes of its problems, so the log shows what was tried and
     * why it was not done, unless it already is (a run stopped mid-way has its own entry). Never
     * fails the caller: a refusal is already being reported.
     */
    private void auditRefusal(String request, Refusal r) {
        if (r.audited()) {
            return;
        }
        try {
            db.inTransaction(c -> {
                AuditLog.record(c, clock.instant(), "refused", request, Refusal.codes(r.problems()));
                return null;
            });
            r.markAudited();
        } catch (RuntimeException e) {
            LOG.warn("could not audit the refusal of {}: {}", request, e.getMessage());
        }
    }

    public void stopSync(String reason) {
        db.inTransaction(c -> {
            stopSync(c, clock.instant(), reason);
            return null;
        });
    }

    private void stopSync(Connection c, Instant now, String reason) throws SQLException {
        SyncStateStore.State before = sync.load(c);
        if (before.running()) {
            sync.setStatus(c, "STOPPED", null, reason);
            AuditLog.record(c, now, "sync.stop", "RUNNING", "STOPPED (" + reason + ")");
        }
    }

    private PlanStore.Plan requireUnlocked(Connection c) throws SQLException {
        PlanStore.Plan plan = plans.load(c);
        if (plan.locked()) {
            throw new Refusal(Problem.of(ProblemCode.PLAN_LOCKED, plan.lockedAt()));
        }
        return plan;
    }

    private String otherShopWithOrders(Connection c, String shopKey) throws SQLException {
        try (var ps = c.prepareStatement("SELECT shop_key FROM orders WHERE shop_key <> ? LIMIT 1")) {
            ps.setString(1, shopKey);
            try (var rs = ps.executeQuery()) {
                return rs.next() ? rs.getString(1) : null;
            }
        }
    }

    private static void requireReason(String reason) {
        if (reason == null || reason.isBlank()) {
            throw new InvalidInput(Problem.of(ProblemCode.REASON_REQUIRED));
        }
    }

    /**
     * Open, unfulfilled cart orders created in [from, to) (either bound may be null): the count shown
     * with the cut-off (before it) and with a gap or overlap (inside it). Asks the cart.
     */
    public long countOpenInCart(Instant from, Instant to) {
        return connector().countOpenCreated(from, to);
    }

    /**
     * The orders behind {@link #countOpenInCart} for a bounded window (a gap or an overlap): read
     * from the cart's pages of orders changed since {@code from}, oldest first, at most {@code limit}.
     */
    public java.util.List<golive.cart.CartOrder> openInCart(Instant from, Instant to, int limit) {
        CartConfig config = cartConfig().orElseThrow(() -> new Refusal(Problem.of(ProblemCode.CART_NOT_CONNECTED)));
        java.util.Set<golive.cart.Lifecycle> importable = db.read(plans::load).importableFor(config.kind());
        java.util.Map<String, golive.cart.CartOrder> found = new java.util.TreeMap<>();
        golive.cart.OrderPages pages = connector().updatedSince(from);
        while (pages.hasNext()) {
            for (golive.cart.CartOrder o : pages.next().orders()) {
                if (!o.createdAt().isBefore(from) && o.createdAt().isBefore(to) && o.importable(importable)) {
                    found.put(o.createdAt() + " " + o.id(), o); // listed again when it changed while read: once
                }
            }
        }
        return found.values().stream().limit(limit).toList();
    }

    /** The store's zone recorded by the last connection test, if any: the default for dates. */
    public Optional<ZoneId> storeZone() {
        return db.read(carts::lastTest).map(t -> t.report().storeZone()).filter(z -> z != null).map(ZoneId::of);
    }

    /** How many orders of each source the store holds (status). */
    public long orderCount(OrderSource source) {
        return db.read(c -> orders.count(c, source));
    }
}
