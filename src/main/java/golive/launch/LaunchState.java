package golive.launch;

import java.time.Instant;

/**
 * Everything the guard and the checklist look at, read from the store in one transaction.
 * A plain value so the guard can be tested over every combination without a database.
 *
 * @param configFingerprint fingerprint of the saved cart config, null when none is connected
 * @param lastTest          the newest connection test, null when never tested
 * @param openOrdersDone    a batch committed, or 'none' declared
 * @param syncRunning       Auto Sync status is RUNNING
 * @param runnerAlive       a process holds the live sync lease
 */
public record LaunchState(
        String configFingerprint,
        TestSummary lastTest,
        Instant cutoff,
        boolean cutoffConfirmed,
        boolean openOrdersDone,
        Instant importFrom,
        boolean gapAccepted,
        boolean overlapAccepted,
        boolean syncRunning,
        boolean runnerAlive) {

    /** The facts of the last connection test the guard needs. */
    public record TestSummary(String fingerprint, Instant testedAt, boolean passed, Integer historyLimitDays) {
    }

    public boolean cartConnected() {
        return configFingerprint != null;
    }
}
