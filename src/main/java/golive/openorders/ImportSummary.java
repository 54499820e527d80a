package golive.openorders;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.SortedMap;

/**
 * The preview of a file: what it holds and what committing it would add. Counts are of open
 * orders unless named otherwise. Immutable.
 *
 * @param format          the format the file was read as (template, shopify, mapped), or null when undetected
 * @param zone            the zone that dates without an offset were read in
 * @param totals          order totals per currency
 * @param skippedByReason orders skipped as not open, per reason (fulfilled, cancelled, refunded, status 'X')
 * @param alreadyInStore  orders the store holds already (same cart id, else same number): they add nothing
 * @param alreadySample   the first few of those order numbers, to show
 */
public record ImportSummary(String file, String format, ZoneId zone, Instant cutoff, long orders, long lines,
                            SortedMap<String, BigDecimal> totals, Instant earliest, Instant latest, long withCartId,
                            long skippedNotOpen, SortedMap<String, Long> skippedByReason, long atOrAfterCutoff,
                            long alreadyInStore, List<String> alreadySample, long newOrders, long newLines,
                            List<PreviewOrder> firstNewOrders) {
    /** How many new orders the preview lists, at most (the counts above cover the whole file). */
    public static final int PREVIEW_ORDERS = 200;

    public ImportSummary {
        totals = java.util.Collections.unmodifiableSortedMap(new java.util.TreeMap<>(totals));
        skippedByReason = java.util.Collections.unmodifiableSortedMap(new java.util.TreeMap<>(skippedByReason));
        alreadySample = List.copyOf(alreadySample);
        firstNewOrders = List.copyOf(firstNewOrders);
    }
}
