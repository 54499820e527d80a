package golive.testkit;

import golive.store.AuditLog;
import golive.store.Database;

import java.util.List;

/** The audit log's {@code refused} entries, oldest first: what tests of "every refusal audited" compare. */
public final class Refusals {
    private Refusals() {
    }

    /** Each as "request: codes", e.g. "plan cutoff: PLAN_LOCKED [2026-11-30T05:00:00Z]". */
    public static List<String> in(Database db) {
        return db.read(c -> AuditLog.recent(c, 1000)).stream().filter(e -> e.action().equals("refused"))
                .sorted(java.util.Comparator.comparingLong(AuditLog.Entry::id)).map(e -> e.before() + ": " + e.after()).toList();
    }
}
