package golive.launch;

import java.time.Instant;

/**
 * The cut-over arithmetic between the cut-off and 'Import Orders from'. Orders before the cut-off
 * are migrated; orders at or after 'Import Orders from' are synced. Between them lies a gap
 * [cutoff, importFrom) never imported, or an overlap [importFrom, cutoff) deduplicated.
 */
public record Boundary(Instant cutoff, Instant importFrom) {

    public static Boundary of(Instant cutoff, Instant importFrom) {
        return new Boundary(cutoff, importFrom);
    }

    public boolean isGap() {
        return cutoff != null && importFrom != null && importFrom.isAfter(cutoff);
    }

    public boolean isOverlap() {
        return cutoff != null && importFrom != null && importFrom.isBefore(cutoff);
    }

    /** Start (inclusive) of the gap or overlap window, null when there is none. */
    public Instant windowStart() {
        return isGap() ? cutoff : isOverlap() ? importFrom : null;
    }

    /** End (exclusive) of the gap or overlap window. */
    public Instant windowEnd() {
        return isGap() ? importFrom : isOverlap() ? cutoff : null;
    }
}
