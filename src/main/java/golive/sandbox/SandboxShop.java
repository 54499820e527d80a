package golive.sandbox;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;

/**
 * The sandbox cart's state in no cart's terms: settings (name, zone, currency) and the order book.
 * Who may read it, and in which words, is each face's ({@code sandbox/<cart>/}). Every change
 * stamps {@code updated_at} from the shop's clock. Timestamps have whole seconds, as every cart's
 * API gives them. Ids start above 2^32, as real Shopify ids do (a face for a cart with small ids
 * shows its own). The order book is kept in one sorted index per {@link Index}, so a face reads a
 * page from where it starts and stops after it ({@link #read}) instead of sorting the whole shop per
 * page. Thread-safe: every method is atomic.
 */
public final class SandboxShop {
    /** Newest first: created_at desc, id desc — Shopify's listing order. */
    public static final Comparator<SandboxOrder> NEWEST_FIRST =
            Comparator.comparing(SandboxOrder::createdAt).thenComparingLong(SandboxOrder::id).reversed();

    /** An order book sort: by id, by running number, by created_at or by updated_at (whole seconds), ties by id. */
    public enum Index {
        ID, NUMBER, CREATED, UPDATED;

        public Key key(SandboxOrder o) {
            return switch (this) {
                case ID -> new Key(o.id(), o.id());
                case NUMBER -> new Key(o.number(), o.id());
                case CREATED -> new Key(o.createdAt().getEpochSecond(), o.id());
                case UPDATED -> new Key(o.updatedAt().getEpochSecond(), o.id());
            };
        }
    }

    /** A place in an index: the sort value (id, number or epoch second), then the id. */
    public record Key(long sort, long id) implements Comparable<Key> {
        private static final Comparator<Key> ORDER = Comparator.comparingLong(Key::sort).thenComparingLong(Key::id);

        /** The first place with sort value {@code sort}. */
        public static Key first(long sort) {
            return new Key(sort, Long.MIN_VALUE);
        }

        /** The place just after this one. */
        public Key next() {
            return id == Long.MAX_VALUE ? first(sort + 1) : new Key(sort, id + 1);
        }

        @Override
        public int compareTo(Key other) {
            return ORDER.compare(this, other);
        }
    }

    /**
     * The keys of {@code index} in [from, to) (null: open). A face keeps its own filter too: a range
     * only narrows where reading starts and ends.
     */
    public record Range(Index index, Key from, Key to) {
        public static Range all(Index index) {
            return new Range(index, null, null);
        }

        /** Sort values (ids, numbers or epoch seconds) in [lowest, highest], both inclusive (null: open). */
        public static Range of(Index index, Long lowest, Long highest) {
            return new Range(index, lowest == null ? null : Key.first(lowest),
                    highest == null || highest == Long.MAX_VALUE ? null : Key.first(highest + 1));
        }

        /** This range from {@code k} on. */
        public Range from(Key k) {
            return new Range(index, from == null || k.compareTo(from) > 0 ? k : from, to);
        }

        /** This range below {@code k}. */
        public Range below(Key k) {
            return new Range(index, from, to == null || k.compareTo(to) < 0 ? k : to);
        }
    }

    private final Clock clock;
    private final Map<Index, TreeMap<Key, SandboxOrder>> indexes = new EnumMap<>(Index.class);
    private String name = "Sandbox Shop";
    private ZoneId zone = ZoneId.of("America/New_York");
    private String currency = "USD";
    private long nextId = 5_000_000_000_001L;
    private long nextNumber = 1001;

    public SandboxShop(Clock clock) {
        this.clock = clock;
        for (Index i : Index.values()) {
            indexes.put(i, new TreeMap<>());
        }
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
        if (indexes.get(Index.ID).containsKey(new Key(id, id))) {
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
        index(o);
        return o;
    }

    public synchronized List<SandboxOrder> addAll(List<SandboxOrder> drafts) {
        List<SandboxOrder> added = new ArrayList<>();
        drafts.forEach(d -> added.add(add(d)));
        return added;
    }

    /** Applies {@code change} and stamps updated_at = now. */
    public synchronized SandboxOrder edit(long id, UnaryOperator<SandboxOrder> change) {
        SandboxOrder o = indexes.get(Index.ID).get(new Key(id, id));
        if (o == null) {
            throw new NoSuchElementException("no order " + id);
        }
        SandboxOrder changed = change.apply(o).withUpdatedAt(now());
        indexes.forEach((i, m) -> m.remove(i.key(o)));
        index(changed);
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

    private void index(SandboxOrder o) {
        indexes.forEach((i, m) -> m.put(i.key(o), o));
    }

    public synchronized Optional<SandboxOrder> order(long id) {
        return Optional.ofNullable(indexes.get(Index.ID).get(new Key(id, id)));
    }

    /** The order with the shop's running number {@code number} (faces whose carts use the number as the id). */
    public synchronized Optional<SandboxOrder> orderByNumber(long number) {
        return Optional.ofNullable(indexes.get(Index.NUMBER).ceilingEntry(Key.first(number)))
                .map(Map.Entry::getValue).filter(o -> o.number() == number);
    }

    /** A snapshot, newest first. */
    public synchronized List<SandboxOrder> orders() {
        return new ArrayList<>(indexes.get(Index.CREATED).descendingMap().values());
    }

    /** Runs {@code work} under the shop's lock, so the reads in it see one state. */
    public synchronized <T> T atomically(Supplier<T> work) {
        return work.get();
    }

    /**
     * What {@code read} makes of the orders in {@code range}, ascending or descending, as a lazy
     * stream: a page reads as far as it goes ({@code filter}, {@code skip}, {@code limit}), not the
     * whole shop. It runs under the shop's lock, so it sees one state; it must not keep the stream.
     */
    public synchronized <T> T read(Range range, boolean descending, Function<Stream<SandboxOrder>, T> read) {
        return read.apply(view(range, descending).values().stream());
    }

    /**
     * How many orders pass {@code keep}, where each of {@code ranges} holds every order that can: they
     * are walked side by side and the first to end gives the count, so it costs the narrowest one.
     */
    public synchronized long count(Predicate<SandboxOrder> keep, List<Range> ranges) {
        if (ranges.isEmpty()) {
            throw new IllegalArgumentException("count needs a range");
        }
        List<Iterator<SandboxOrder>> walks = ranges.stream().map(r -> view(r, false).values().iterator()).toList();
        long[] counts = new long[walks.size()];
        while (true) {
            for (int i = 0; i < counts.length; i++) {
                if (!walks.get(i).hasNext()) {
                    return counts[i];
                }
                if (keep.test(walks.get(i).next())) {
                    counts[i]++;
                }
            }
        }
    }

    private NavigableMap<Key, SandboxOrder> view(Range r, boolean descending) {
        NavigableMap<Key, SandboxOrder> m = indexes.get(r.index());
        if (r.from() != null && r.to() != null) {
            m = r.from().compareTo(r.to()) >= 0 ? new TreeMap<>() : m.subMap(r.from(), true, r.to(), false);
        } else if (r.from() != null) {
            m = m.tailMap(r.from(), true);
        } else if (r.to() != null) {
            m = m.headMap(r.to(), false);
        }
        return descending ? m.descendingMap() : m;
    }

    public synchronized int size() {
        return indexes.get(Index.ID).size();
    }
}
