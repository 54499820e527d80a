package golive.ui.steps.autosync;

import golive.store.SyncStateStore;
import golive.ui.fx.I18n;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/**
 * One recent run as shown: when, outcome (OK, FAILED, RUNNING, or INTERRUPTED when its process
 * died), counts, and the error if any. Immutable.
 */
public record RunRow(long runId, String when, String outcome, String counts, String error, int imported) {
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    static RunRow of(SyncStateStore.Run r, SyncStateStore.State st, Instant dbNow, ZoneId zone) {
        return new RunRow(r.id(), WHEN.format(r.startedAt().atZone(zone)), r.outcomeIn(st, dbNow),
                I18n.t("autoSync.runs.counts", r.imported(), r.fetched(), r.alreadyImported(), r.skippedMigrated(),
                        r.skippedIneligible(), r.attention(), r.setAside()),
                r.error() == null ? "" : r.error(), r.imported());
    }
}
