package golive.launch;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * The one rule for starting Auto Sync and for every write from the cart into the store: a pure
 * function of the persisted state and the time. The wizard, the CLI and the sync engine all ask
 * it; nothing re-implements it. Thread-safe (stateless).
 */
public final class Guard {
    /** A passing connection test counts for this long. */
    public static final Duration TEST_VALID_FOR = Duration.ofHours(24);
    /** Each sync run re-reads this much before the previous run's start (on the cart's clock). */
    public static final Duration SYNC_OVERLAP = Duration.ofMinutes(15);
    /** Beyond this, the two clocks disagree by more than the overlap can absorb: CLOCK_SKEW. */
    public static final Duration MAX_CLOCK_SKEW = SYNC_OVERLAP.dividedBy(2);

    private Guard() {
    }

    /** Every problem that stands, in step order; empty means ready. */
    public static List<Problem> problems(LaunchState s, Instant now) {
        List<Problem> out = new ArrayList<>();
        connection(s, now, out);
        if (s.cartConnected() && s.clockSkew() != null && s.clockSkew().abs().compareTo(MAX_CLOCK_SKEW) > 0) {
            out.add(Problem.of(ProblemCode.CLOCK_SKEW, s.clockSkew().abs().toSeconds(), s.clockSkew().isNegative() ? "behind" : "ahead of",
                    MAX_CLOCK_SKEW.toSeconds()));
        }
        if (!s.cutoffConfirmed()) {
            out.add(Problem.of(ProblemCode.CUTOFF_NOT_CONFIRMED));
        }
        if (!s.openOrdersDone()) {
            out.add(Problem.of(ProblemCode.OPEN_ORDERS_NOT_IMPORTED));
        }
        if (s.importFrom() == null) {
            out.add(Problem.of(ProblemCode.IMPORT_FROM_NOT_SET));
        } else if (s.cutoff() != null) {
            if (s.importFrom().isAfter(s.cutoff()) && !s.gapAccepted()) {
                out.add(Problem.of(ProblemCode.GAP_NOT_ACCEPTED, s.cutoff(), s.importFrom()));
            } else if (s.importFrom().isBefore(s.cutoff()) && !s.overlapAccepted()) {
                out.add(Problem.of(ProblemCode.OVERLAP_NOT_ACCEPTED, s.importFrom(), s.cutoff()));
            }
        }
        return out;
    }

    public static boolean ready(LaunchState s, Instant now) {
        return problems(s, now).isEmpty();
    }

    /** True when the last test passed for the current config less than 24 h ago (step 2 done). */
    public static boolean connectionTested(LaunchState s, Instant now) {
        LaunchState.TestSummary t = s.lastTest();
        return s.cartConnected() && t != null && t.passed() && t.fingerprint().equals(s.configFingerprint())
                && now.isBefore(t.testedAt().plus(TEST_VALID_FOR));
    }

    private static void connection(LaunchState s, Instant now, List<Problem> out) {
        LaunchState.TestSummary t = s.lastTest();
        if (!s.cartConnected()) {
            out.add(Problem.of(ProblemCode.CART_NOT_CONNECTED));
        } else if (t == null) {
            out.add(Problem.of(ProblemCode.CONNECTION_NOT_TESTED));
        } else if (!t.fingerprint().equals(s.configFingerprint())) {
            out.add(Problem.of(ProblemCode.CONNECTION_TEST_STALE, "config-changed"));
        } else if (!t.passed()) {
            out.add(Problem.of(ProblemCode.CONNECTION_TEST_FAILED, t.testedAt()));
        } else if (!now.isBefore(t.testedAt().plus(TEST_VALID_FOR))) {
            out.add(Problem.of(ProblemCode.CONNECTION_TEST_STALE, "expired", t.testedAt()));
        } else if (t.historyLimitDays() != null && s.windowStart() != null
                && s.windowStart().isBefore(now.minus(Duration.ofDays(t.historyLimitDays())))) {
            // the window the next run reads, not 'Import Orders from': a shop that syncs keeps its cursor recent
            out.add(Problem.of(ProblemCode.SCOPE_INSUFFICIENT, t.historyLimitDays(), s.windowStart()));
        }
    }
}
