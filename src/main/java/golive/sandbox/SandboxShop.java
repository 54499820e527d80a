package golive.sandbox;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.UnaryOperator;

/**
 * The sandbox cart's state in no cart's terms: settings (name, zone, currency) and the order book.
 * Who may read it, and in which words, is each face's ({@code sandbox/<cart>/}). Every change
 * stamps {@code updated_at} from the shop's clock. Timestamps have whole seconds, as every cart's
 * API gives them. Ids start above 2^32, as real Shopify ids do (a face for a cart with small ids
 * shows its own). Thread-safe: every method is atomic.
 */
public final class SandboxShop {
    /** Newest first: created_at desc, id desc — Shopify's listing order. */
    public static final Comparator<SandboxOrder> NEWEST_FIRST =
            Comparator.comparing(SandboxOrder::createdAt).thenComparingLong(SandboxOrder::id).reversed();

    private final Clock clock;
    private final TreeMap<Long, SandboxOrder> orders = new TreeMap<>();
    private final java.util.HashMap<Long, Long> idByNumber = new java.util.HashMap<>();
    private String name = "Sandbox Shop";
    private ZoneId zone = ZoneId.of("America/New_York");
    private String currency = "USD";
    private long nextId = 5_000_000_000_001L;
    private long nextNumber = 1001;

    public SandboxShop(Clock clock) {
        this.clock = clock;
    }

    public Clock clock() {
        return clock;
    }

    /** The shop's now, in whole seconds. */
    public Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.SECONDS);
    }

    public synchronized String name() {
        return name;
    }

    public synchronized SandboxShop name(String shopName) {
        this.name = shopName;
        return this;
    }

    public synchronized ZoneId zone() {
        return zone;
    }

    public synchronized SandboxShop zone(ZoneId z) {
        this.zone = z;
        return this;
    }

    public synchronized String currency() {
        return currency;
    }

    public synchronized SandboxShop currency(String c) {
        this.currency = c;
        return this;
    }

    /**
     * Adds a draft: assigns the next id (unless the draft has one) and order number, the
     * shop's currency, and created_at (now, when the draft has none).
     */
    public synchronized SandboxOrder add(SandboxOrder draft) {
        long id = draft.id() != 0 ? draft.id() : nextId++;
        nextId = Math.max(nextId, id + 1);
        if (orders.containsKey(id)) {
            throw new IllegalArgumentException("order " + id + " exists");
        }
        Instant created = draft.createdAt() != null ? draft.createdAt().truncatedTo(ChronoUnit.SECONDS) : now();
        Instant updated = draft.updatedAt() != null ? draft.updatedAt().truncatedTo(ChronoUnit.SECONDS) : created;
        Instant now = now();
        if (updated.isAfter(now) && !created.isAfter(now)) {
            updated = now; // a generated "later" change cannot lie in the shop's future
        }
        SandboxOrder o = draft.withIdentity(id, nextNumber++, created, updated,
                draft.currency() != null ? draft.currency() : currency);
        orders.put(id, o);
        idByNumber.put(o.number(), id);
        return o;
    }

    public synchronized List<SandboxOrder> addAll(List<SandboxOrder> drafts) {
        List<SandboxOrder> added = new ArrayList<>();
        drafts.forEach(d -> added.add(add(d)));
        return added;
    }

    /** Applies {@code change} and stamps updated_at = now. */
    public synchronized SandboxOrder edit(long id, UnaryOperator<SandboxOrder> change) {
        SandboxOrder o = orders.get(id);
        if (o == null) {
            throw new NoSuchElementException("no order " + id);
        }
        SandboxOrder changed = change.apply(o).withUpdatedAt(now());
        orders.put(id, changed);
        return changed;
    }

    /** Ships every line. */
    public SandboxOrder fulfil(long id) {
        return edit(id, o -> o.withLines(o.lines().stream().map(l -> l.withFulfilled(l.quantity())).toList()));
    }

    /** Ships the first line only (or one unit of a single line): partly fulfilled. */
    public SandboxOrder fulfilPartly(long id) {
        return edit(id, o -> {
            List<SandboxOrder.Line> lines = new ArrayList<>(o.lines());
            SandboxOrder.Line first = lines.get(0);
            boolean single = lines.size() == 1;
            if (single && first.quantity() < 2) {
                throw new IllegalArgumentException("order " + id + " has one unit: it cannot ship partly");
            }
            lines.set(0, first.withFulfilled(single ? 1 : first.quantity()));
            return o.withLines(lines);
        });
    }

    /** Cancels and closes; paid money is refunded, authorised money voided. */
    public SandboxOrder cancel(long id) {
        return edit(id, o -> {
            Instant t = now();
            boolean paid = o.payment() == SandboxOrder.Payment.PAID || o.payment() == SandboxOrder.Payment.PARTIALLY_REFUNDED;
            return o.withClosing(t, t).withPayment(paid ? SandboxOrder.Payment.REFUNDED : SandboxOrder.Payment.VOIDED,
                    paid ? o.total() : null);
        });
    }

    /** Archives the order (closed_at set); it leaves status=open. */
    public SandboxOrder close(long id) {
        return edit(id, o -> o.withClosing(o.cancelledAt(), now()));
    }

    /** Refunds the whole order. */
    public SandboxOrder refund(long id) {
        return edit(id, o -> o.withPayment(SandboxOrder.Payment.REFUNDED, o.total()));
    }

    /** Puts the order on hold (or schedules it, or releases it: {@code Hold.NONE}). */
    public SandboxOrder hold(long id, SandboxOrder.Hold hold) {
        return edit(id, o -> o.withHold(hold));
    }

    public synchronized Optional<SandboxOrder> order(long id) {
        return Optional.ofNullable(orders.get(id));
    }

    /** The order with the shop's running number {@code number} (faces whose carts use the number as the id). */
    public synchronized Optional<SandboxOrder> orderByNumber(long number) {
        Long id = idByNumber.get(number);
        return id == null ? Optional.empty() : Optional.ofNullable(orders.get(id));
    }

    /** A snapshot, newest first. */
    public synchronized List<SandboxOrder> orders() {
        List<SandboxOrder> all = new ArrayList<>(orders.values());
        all.sort(NEWEST_FIRST);
        return all;
    }

    public synchronized int size() {
        return orders.size();
    }
}
