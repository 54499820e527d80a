package golive.openorders;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The orders the old system hands over (the store's migrated orders, plus a file's in a preview),
 * by cart order id and by normalised number, for the comparison with the cart. Not thread-safe.
 */
public final class MigratedSet {

    /** One migrated order; {@code matched} once the cart listed it. */
    static final class Ref {
        final String cartId;
        final String number;
        final Instant createdAt;
        boolean matched;

        Ref(String cartId, String number, Instant createdAt) {
            this.cartId = cartId;
            this.number = number;
            this.createdAt = createdAt;
        }
    }

    private final Map<String, Ref> byCartId = new HashMap<>();
    private final Map<String, Ref> byNumber = new HashMap<>();
    private final List<Ref> all = new ArrayList<>();
    private Instant earliest;

    void add(String cartId, String number, String norm, Instant createdAt) {
        Ref known = cartId != null ? byCartId.get(cartId) : null;
        if (known == null && norm != null) {
            known = byNumber.get(norm);
        }
        if (known != null) {
            return; // the same order from the store and the file
        }
        Ref r = new Ref(cartId, number, createdAt);
        all.add(r);
        if (cartId != null) {
            byCartId.put(cartId, r);
        }
        if (norm != null) {
            byNumber.putIfAbsent(norm, r);
        }
        if (createdAt != null && (earliest == null || createdAt.isBefore(earliest))) {
            earliest = createdAt;
        }
    }

    /** The migrated order with this cart id, else with this normalised number, or null. */
    Ref find(String cartId, String norm) {
        Ref r = cartId != null ? byCartId.get(cartId) : null;
        return r != null ? r : norm != null ? byNumber.get(norm) : null;
    }

    List<Ref> all() {
        return all;
    }

    public int size() {
        return all.size();
    }

    /** The oldest migrated order's creation, or null for an empty set. */
    public Instant earliest() {
        return earliest;
    }
}
