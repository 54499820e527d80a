package golive.sync;

import java.time.Instant;

/** What a running import reports, immutable, from the engine's thread. UIs hop to their own thread. */
public sealed interface SyncEvent {
    record Started(long runId, Instant since, boolean dryRun) implements SyncEvent {
    }

    record PageDone(int page, SyncCounts soFar) implements SyncEvent {
    }

    record Finished(SyncResult result) implements SyncEvent {
    }

    record Failed(String message, boolean credentialsRejected) implements SyncEvent {
    }
}
