package golive.sync;

/**
 * What one run did with the orders it read. Every order read lands in exactly one of imported,
 * alreadyImported, skippedMigrated, skippedIneligible; attention counts known orders newly flagged.
 *
 * @param possibleDuplicates imported orders created before the cut-off (in an accepted overlap) that
 *                           were not in the migrated set: check them against the old system
 */
public record SyncCounts(int fetched, int imported, int alreadyImported, int skippedMigrated, int skippedIneligible,
                         int possibleDuplicates, int attention) {

    public static final SyncCounts ZERO = new SyncCounts(0, 0, 0, 0, 0, 0, 0);

    SyncCounts plus(SyncCounts o) {
        return new SyncCounts(fetched + o.fetched, imported + o.imported, alreadyImported + o.alreadyImported,
                skippedMigrated + o.skippedMigrated, skippedIneligible + o.skippedIneligible,
                possibleDuplicates + o.possibleDuplicates, attention + o.attention);
    }

    int[] toArray() {
        return new int[] {fetched, imported, alreadyImported, skippedMigrated, skippedIneligible, possibleDuplicates, attention};
    }
}
