package golive.reconcile;

import java.util.Locale;

/**
 * Where the reconciliation puts an order (DESIGN.md, "Reconciliation buckets"). Every cart order of
 * the window is in exactly one of the cart buckets, decided in declaration order; store orders no
 * cart order pairs with are in a store bucket. {@link #fails} says which ones make the
 * reconciliation unclean (unless a person acknowledged the order).
 */
public enum Bucket {
    MIGRATED(false, false),
    SYNCED(false, false),
    DUPLICATE(true, false),
    SUSPECT(true, false),
    EXCLUDED(false, false),
    NOT_YET_IMPORTABLE(false, false),
    IN_ACCEPTED_GAP(false, false),
    /** Updated after the running sync's cursor: the next run reads it (not a failure while Auto Sync runs). */
    AWAITING_SYNC(false, false),
    MISSING(true, false),
    ORPHAN(true, true),
    /** A store order from before what this credential may read: it cannot be checked. */
    NOT_VISIBLE(false, true);

    private final boolean fails;
    private final boolean storeSide;

    Bucket(boolean fails, boolean storeSide) {
        this.fails = fails;
        this.storeSide = storeSide;
    }

    public boolean fails() {
        return fails;
    }

    public boolean storeSide() {
        return storeSide;
    }

    /** As the store, the CLI and the JSON write it: "not-yet-importable". */
    public String id() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** As people read it: "not yet importable". */
    public String label() {
        return name().toLowerCase(Locale.ROOT).replace('_', ' ');
    }

    public static Bucket fromId(String id) {
        for (Bucket b : values()) {
            if (b.id().equals(id)) {
                return b;
            }
        }
        throw new IllegalArgumentException("unknown bucket " + id);
    }
}
