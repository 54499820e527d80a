package golive.ui.steps.autosync;

import golive.store.SyncStateStore;
import golive.ui.fx.I18n;

import java.time.Instant;
import java.time.ZoneId;

/**
 * One recent run as shown: when, outcome (OK, FAILED, RUNNING, or INTERRUPTED when its process
 * died), counts, and the error if any. Immutable.
 */
public record RunRow(long runId, String when, String outcome, String counts, String error, int imported) {
    static RunRow of(SyncStateStore.Run r, SyncStateStore.State st, Instant dbNow, ZoneId zone) {
        return new RunRow(r.id(), golive.launch.WallTime.show(r.startedAt(), zone), r.outcomeIn(st, dbNow),
                I18n.t("autoSync.runs.counts", r.imported(), r.fetched(), r.alreadyImported(), r.skippedMigrated(),
                        r.skippedIneligible(), r.attention(), r.setAside()),
                r.error() == null ? "" : r.error(), r.imported());
    }
}
