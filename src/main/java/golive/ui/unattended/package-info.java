/**
 * Step 6's "Keep syncing when this window is closed" switch (the background service) and its
 * Notifications section (e-mail), in their own view and view model so the step's screen only
 * hosts them.
 */
package golive.ui.unattended;
