package golive.openorders;

import golive.cart.CartConnector;
import golive.cart.CartOrder;
import golive.cart.Lifecycle;
import golive.cart.OrderPages;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;

/**
 * Compares the migrated set with the cart: open cart orders created before the cut-off that the
 * set lacks, set orders the cart excludes (fulfilled, cancelled, refunded: {@link CartOrder#exclusion()},
 * the sync's own rule), and set orders the cart does not know.
 * <p>
 * The cart SPI has no "created between" listing, so the check reads every order
 * <em>updated</em> since a window start (the earliest migrated order, or the cut-off, minus
 * {@link #MARGIN}) and filters here: an order created in the window was necessarily updated in it,
 * so every migrated order's cart counterpart is listed. Open orders created before the window are
 * older than every migrated order, so they are missing by definition; the cart counts them
 * ({@link CartConnector#countOpenCreated}) and those the listing did not already show are added to
 * the missing count. Test orders are ignored. Holds no state between runs: thread-safe; blocking (HTTP).
 */
public final class CartCheck {
    public static final Duration MARGIN = Duration.ofDays(7);
    /** Findings listed one by one per kind; the counts are complete. */
    public static final int LISTED = 100;

    /** One order the check points at: its cart id (if known), number, creation and what is wrong. */
    public record Finding(String cartOrderId, String orderNumber, Instant createdAt, String what) {
    }

    /**
     * @param missingBeforeWindow open cart orders created before {@code windowStart} (counted, not listed)
     * @param missingCount        every open cart order before the cut-off absent from the set, those before the window included
     */
    public record Result(Instant windowStart, Instant cutoff, long cartOrdersRead, int migratedOrders,
                         List<Finding> missingFromFile, long missingCount, long missingBeforeWindow,
                         List<Finding> notOpenInCart, long notOpenCount, List<Finding> unknownToCart, long unknownCount) {
        public Result {
            missingFromFile = List.copyOf(missingFromFile);
            notOpenInCart = List.copyOf(notOpenInCart);
            unknownToCart = List.copyOf(unknownToCart);
        }

        public boolean passed() {
            return missingCount == 0 && notOpenCount == 0 && unknownCount == 0;
        }
    }

    private final CartConnector cart;
    private final UnaryOperator<String> normaliser;
    private final Set<Lifecycle> importable;

    /**
     * @param normaliser the cart's order-number normal form ({@link golive.domain.OrderNumbers#normalise})
     * @param importable the states the plan imports: an order in one of them is open for this check
     */
    public CartCheck(CartConnector cart, UnaryOperator<String> normaliser, Set<Lifecycle> importable) {
        this.cart = cart;
        this.normaliser = normaliser;
        this.importable = importable;
    }

    public Result run(MigratedSet set, Instant cutoff) {
        return run(set, cutoff, page -> { });
    }

    /**
     * @param sightings called with each page's cart orders that match the migrated set, so the caller
     *                  can record their first sight in the cart (needs attention when excluded)
     */
    public Result run(MigratedSet set, Instant cutoff, Consumer<List<CartOrder>> sightings) {
        return run(set, cutoff, sightings, n -> { });
    }

    /** @param readSoFar told the cart orders read so far after each page (a progress line) */
    public Result run(MigratedSet set, Instant cutoff, Consumer<List<CartOrder>> sightings, java.util.function.LongConsumer readSoFar) {
        Instant from = set.earliest() != null && set.earliest().isBefore(cutoff) ? set.earliest() : cutoff;
        Instant windowStart = from.minus(MARGIN);
        List<Finding> missing = new ArrayList<>();
        List<Finding> notOpen = new ArrayList<>();
        long read = 0, missingCount = 0, notOpenCount = 0, listedBeforeWindow = 0;
        Set<String> seen = new HashSet<>();
        OrderPages pages = cart.updatedSince(windowStart);
        while (pages.hasNext()) {
            List<CartOrder> matched = new ArrayList<>();
            for (CartOrder o : pages.next().orders()) {
                if (!seen.add(o.id())) {
                    continue; // listed twice: it changed while the pages were read
                }
                read++;
                boolean open = o.importable(importable);
                MigratedSet.Ref ref = set.find(o.id(), normaliser.apply(o.number()));
                if (ref == null && o.lifecycle() == Lifecycle.TEST) {
                    continue;
                }
                if (ref != null) {
                    ref.matched = true;
                    matched.add(o);
                    if (o.exclusion() != null) {
                        notOpenCount++;
                        add(notOpen, new Finding(o.id(), o.number(), o.createdAt(), o.exclusion()));
                    }
                } else if (open && o.createdAt().isBefore(cutoff)) {
                    missingCount++;
                    listedBeforeWindow += o.createdAt().isBefore(windowStart) ? 1 : 0;
                    add(missing, new Finding(o.id(), o.number(), o.createdAt(), "open in the cart, not migrated"));
                }
            }
            sightings.accept(matched);
            readSoFar.accept(read);
        }
        long beforeWindow = Math.max(0, cart.countOpenCreated(null, windowStart) - listedBeforeWindow);
        List<Finding> unknown = new ArrayList<>();
        long unknownCount = 0;
        for (MigratedSet.Ref r : set.all()) {
            if (!r.matched) {
                unknownCount++;
                add(unknown, new Finding(r.cartId, r.number, r.createdAt, "not found in the cart"));
            }
        }
        return new Result(windowStart, cutoff, read, set.size(), missing, missingCount + beforeWindow, beforeWindow,
                notOpen, notOpenCount, unknown, unknownCount);
    }

    private static void add(List<Finding> list, Finding f) {
        if (list.size() < LISTED) {
            list.add(f);
        }
    }
}
