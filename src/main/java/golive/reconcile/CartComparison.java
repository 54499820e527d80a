package golive.reconcile;

import golive.cart.CartOrder;
import golive.domain.CartKind;
import golive.domain.Order;
import golive.domain.OrderNumbers;
import golive.domain.OrderSource;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Puts every cart order in exactly one bucket against the store — migrated, synced, excluded
 * (with the reason the cart shows), in an accepted gap, missing, or duplicate — and lists store
 * orders the cart does not have (orphans). The proof that nothing was lost or doubled; the full
 * report (timeline, HTML/PDF) grows from it. Pure: no I/O.
 */
public final class CartComparison {

    /** The buckets; lists hold order numbers as the cart shows them, with why where it helps. */
    public record Result(int cartOrders, int migrated, int synced, Map<String, Integer> excluded,
                         List<String> inAcceptedGap, List<String> missing, List<String> duplicates, List<String> orphans) {
        /** Nothing lost, nothing twice. */
        public boolean clean() {
            return missing.isEmpty() && duplicates.isEmpty();
        }
    }

    private CartComparison() {
    }

    public static Result compare(CartKind kind, List<CartOrder> cart, List<Order> store, Instant cutoff, Instant importFrom,
                                 boolean gapAccepted) {
        Set<String> migratedIds = new HashSet<>();
        Set<String> migratedNumbers = new HashSet<>();
        Set<String> syncedIds = new HashSet<>();
        for (Order o : store) {
            if (o.source() == OrderSource.MIGRATED) {
                add(migratedIds, o.cartOrderId());
                add(migratedNumbers, OrderNumbers.normalise(kind, o.orderNumber()));
            } else {
                add(syncedIds, o.cartOrderId());
            }
        }
        int migrated = 0;
        int synced = 0;
        Map<String, Integer> excluded = new TreeMap<>();
        List<String> gap = new ArrayList<>();
        List<String> missing = new ArrayList<>();
        List<String> duplicates = new ArrayList<>();
        Set<String> cartIds = new HashSet<>();
        Set<String> cartNumbers = new HashSet<>();
        for (CartOrder o : cart) {
            cartIds.add(o.id());
            String number = OrderNumbers.normalise(kind, o.number());
            add(cartNumbers, number);
            boolean m = migratedIds.contains(o.id()) || (number != null && migratedNumbers.contains(number));
            boolean s = syncedIds.contains(o.id());
            if (m && s) {
                duplicates.add(o.number() + " (migrated and synced)");
            } else if (m) {
                migrated++;
            } else if (s) {
                synced++;
            } else if (o.exclusion() != null) {
                excluded.merge(o.exclusion(), 1, Integer::sum);
            } else if (o.createdAt().isBefore(cutoff) && !o.createdAt().isBefore(importFrom)) {
                missing.add(o.number() + " (in the overlap, neither migrated nor synced)");
            } else if (o.createdAt().isBefore(cutoff)) {
                missing.add(o.number() + " (not migrated — check the old system)");
            } else if (o.createdAt().isBefore(importFrom) && gapAccepted) {
                gap.add(o.number());
            } else {
                missing.add(o.number() + (o.createdAt().isBefore(importFrom) ? " (in the gap, not accepted)" : " (not synced)"));
            }
        }
        List<String> orphans = new ArrayList<>();
        for (Order o : store) {
            boolean known = (o.cartOrderId() != null && cartIds.contains(o.cartOrderId()))
                    || (o.source() == OrderSource.MIGRATED && cartNumbers.contains(OrderNumbers.normalise(kind, o.orderNumber())));
            if (!known) {
                orphans.add(o.orderNumber() + " (" + o.source().id() + ")");
            }
        }
        return new Result(cart.size(), migrated, synced, excluded, gap, missing, duplicates, orphans);
    }

    private static void add(Set<String> set, String value) {
        if (value != null) {
            set.add(value);
        }
    }
}
