package golive.reconcile;

import golive.launch.Cutover;
import golive.store.PlanStore;
import golive.store.ReconciliationStore;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

/**
 * Cart orders per hour across the cut-over, from a day before the cut-off to a day after 'Import
 * Orders from' (within the reconciled window), split into accounted for, not to import, and missing
 * (or otherwise failing): what the timeline picture draws. Blocking (reads the database).
 */
public record Timeline(Instant cutoff, Instant importFrom, boolean gapAccepted, List<Hour> hours) {
    static final Duration AROUND = Duration.ofHours(24);

    /** One hour: its start and how many cart orders created in it are in each kind of bucket. */
    public record Hour(Instant start, int accounted, int notImported, int failing) {
        public int total() {
            return accounted + notImported + failing;
        }
    }

    public static Timeline of(Cutover cutover, Reconciliation r) {
        PlanStore.Plan plan = cutover.database().read(new PlanStore()::load);
        Instant later = plan.importFrom().isAfter(plan.cutoff()) ? plan.importFrom() : plan.cutoff();
        Instant earlier = plan.importFrom().isBefore(plan.cutoff()) ? plan.importFrom() : plan.cutoff();
        Instant from = max(r.run().from(), earlier.minus(AROUND)).truncatedTo(ChronoUnit.HOURS);
        Instant to = min(r.run().to(), later.plus(AROUND));
        int n = (int) Math.max(1, Duration.between(from, to).toHours() + 1);
        int[][] counts = new int[n][3];
        cutover.database().read(c -> {
            new ReconciliationStore().createdBetween(c, r.run().id(), from, to, (at, bucket) -> {
                int i = (int) Duration.between(from, at).toHours();
                if (i >= 0 && i < n) {
                    Bucket b = Bucket.fromId(bucket);
                    counts[i][b.fails() ? 2 : b == Bucket.MIGRATED || b == Bucket.SYNCED ? 0 : 1]++;
                }
            });
            return null;
        });
        List<Hour> hours = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            hours.add(new Hour(from.plus(Duration.ofHours(i)), counts[i][0], counts[i][1], counts[i][2]));
        }
        return new Timeline(plan.cutoff(), plan.importFrom(), plan.gapAccepted(), hours);
    }

    private static Instant max(Instant a, Instant b) {
        return a.isAfter(b) ? a : b;
    }

    private static Instant min(Instant a, Instant b) {
        return a.isBefore(b) ? a : b;
    }
}
