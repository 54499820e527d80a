package golive.sync;

/**
 * What one run did with the orders it read. Every order read lands in exactly one of imported,
 * alreadyImported, skippedMigrated, skippedIneligible, setAside; attention counts known orders newly flagged.
 *
 * @param possibleDuplicates imported orders created before the cut-off (in an accepted overlap) that
 *                           were not in the migrated set: check them against the old system
 * @param setAside           orders the store could not hold: recorded, shown, retried by every run
 */
public record SyncCounts(int fetched, int imported, int alreadyImported, int skippedMigrated, int skippedIneligible,
                         int possibleDuplicates, int attention, int setAside) {

    public static final SyncCounts ZERO = new SyncCounts(0, 0, 0, 0, 0, 0, 0, 0);

    SyncCounts plus(SyncCounts o) {
        return new SyncCounts(fetched + o.fetched, imported + o.imported, alreadyImported + o.alreadyImported,
                skippedMigrated + o.skippedMigrated, skippedIneligible + o.skippedIneligible,
                possibleDuplicates + o.possibleDuplicates, attention + o.attention, setAside + o.setAside);
    }

    int[] toArray() {
        return new int[] {fetched, imported, alreadyImported, skippedMigrated, skippedIneligible, possibleDuplicates, attention, setAside};
    }
}
