/**
 * Step 6, Auto Sync: STOPPED/RUNNING, Start only when the guard is ready, Stop, interval, import
 * now, preview, recent runs and orders needing attention. While the window is open it is the
 * runner ({@link golive.ui.steps.autosync.SyncRunner} around {@code golive.sync.AutoSync}).
 */
package golive.ui.steps.autosync;
