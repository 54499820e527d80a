package golive.launch;

import java.time.Duration;
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
 * @param windowStart       where the next sync run reads from: the cursor, else 'Import Orders from'
 * @param clockSkew         the latest measurement of the cart's clock against this computer's, null before any
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
        boolean runnerAlive,
        Instant windowStart,
        Duration clockSkew) {

    /** The facts of the last connection test the guard needs. */
    public record TestSummary(String fingerprint, Instant testedAt, boolean passed, Integer historyLimitDays) {
    }

    public boolean cartConnected() {
        return configFingerprint != null;
    }
}
