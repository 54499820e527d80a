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

    /** A runner is waiting to take over: another live process ({@code holder}, last heartbeat at) holds the lease. */
    record Waiting(String holder, Instant heartbeatAt) implements SyncEvent {
    }

    /** This import was handed to the runner that holds the lease ({@code holder}); its answer follows. */
    record Delegated(String holder) implements SyncEvent {
    }

    /** An e-mail notification could not be sent (the sync goes on; it is recorded and tried again later). */
    record NotificationFailed(String subject, String error) implements SyncEvent {
    }

    /** A runner holds the lease and imports on the interval. */
    record Holding(String holder) implements SyncEvent {
    }
}
