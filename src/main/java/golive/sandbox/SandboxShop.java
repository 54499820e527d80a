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
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.UnaryOperator;

/**
 * The sandbox cart's state: settings (name, zone, currency, access token, granted scopes) and
 * the order book. Every change stamps {@code updated_at} from the shop's clock. Timestamps
 * have whole seconds, as Shopify's do. Ids start above 2^32, as real Shopify ids do.
 * Thread-safe: every method is atomic.
 */
public final class SandboxShop {
    /** Newest first: created_at desc, id desc — Shopify's listing order. */
    public static final Comparator<SandboxOrder> NEWEST_FIRST =
            Comparator.comparing(SandboxOrder::createdAt).thenComparingLong(SandboxOrder::id).reversed();

    private final Clock clock;
    private final TreeMap<Long, SandboxOrder> orders = new TreeMap<>();
    private String name = "Sandbox Shop";
    private String domain = "sandbox-shop.myshopify.com";
    private ZoneId zone = ZoneId.of("America/New_York");
    private String currency = "USD";
    private String token = "shpat_sandbox0000000000000000000000";
    private Set<String> scopes = Set.of("read_orders", "read_all_orders", "read_products");
    private long nextId = 5_000_000_000_001L;
    private int nextNumber = 1001;

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

    public synchronized String domain() {
        return domain;
    }

    public synchronized SandboxShop name(String shopName, String myshopifyDomain) {
        this.name = shopName;
        this.domain = myshopifyDomain;
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

    public synchronized String token() {
        return token;
    }

    public synchronized SandboxShop token(String t) {
        this.token = t;
        return this;
    }

    /** Invalidates the current token (the merchant uninstalled the app); returns the new one. */
    public synchronized String revokeToken() {
        token = "shpat_reissued" + Long.toHexString(System.nanoTime());
        return token;
    }

    public synchronized Set<String> scopes() {
        return scopes;
    }

    public synchronized SandboxShop scopes(String... handles) {
        this.scopes = Set.copyOf(new TreeSet<>(List.of(handles)));
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
        return edit(id, o -> o.withFulfillment("fulfilled",
                o.lines().stream().map(l -> withFulfilled(l, l.quantity())).toList()));
    }

    /** Ships the first line only (or one unit of a single line): fulfillment_status "partial". */
    public SandboxOrder fulfilPartly(long id) {
        return edit(id, o -> {
            List<SandboxOrder.Line> lines = new ArrayList<>(o.lines());
            SandboxOrder.Line first = lines.get(0);
            boolean single = lines.size() == 1;
            if (single && first.quantity() < 2) {
                throw new IllegalArgumentException("order " + id + " has one unit: it cannot ship partly");
            }
            lines.set(0, withFulfilled(first, single ? 1 : first.quantity()));
            return o.withFulfillment("partial", lines);
        });
    }

    /** Cancels and closes; paid money is refunded, authorised money voided. */
    public SandboxOrder cancel(long id) {
        return edit(id, o -> {
            Instant t = now();
            boolean paid = "paid".equals(o.financialStatus()) || "partially_refunded".equals(o.financialStatus());
            return o.withClosing(t, t).withFinancialStatus(paid ? "refunded" : "voided", paid ? o.total() : null);
        });
    }

    /** Archives the order (closed_at set); it leaves status=open. */
    public SandboxOrder close(long id) {
        return edit(id, o -> o.withClosing(o.cancelledAt(), now()));
    }

    /** Refunds the whole order. */
    public SandboxOrder refund(long id) {
        return edit(id, o -> o.withFinancialStatus("refunded", o.total()));
    }

    public synchronized Optional<SandboxOrder> order(long id) {
        return Optional.ofNullable(orders.get(id));
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

    private static SandboxOrder.Line withFulfilled(SandboxOrder.Line l, int fulfilled) {
        return new SandboxOrder.Line(l.sku(), l.title(), l.variantTitle(), l.quantity(), l.price(), fulfilled);
    }
}
