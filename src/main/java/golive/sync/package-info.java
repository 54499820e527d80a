/**
 * Auto Sync: {@link golive.sync.SyncEngine} (one run: cursor, pages, idempotent commits),
 * {@link golive.sync.SyncLease} (one importer across processes), {@link golive.sync.AutoSync}
 * (the runner loop) and the {@link golive.sync.SyncEvent}s they report.
 */
package golive.sync;
