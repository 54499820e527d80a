package golive.launch;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import static golive.launch.ProblemCode.*;
import static org.assertj.core.api.Assertions.assertThat;

class GuardTest {
    static final Instant NOW = Instant.parse("2026-11-26T12:00:00Z");
    static final Instant CUTOFF = Instant.parse("2026-11-20T05:00:00Z");

    enum Conn { NONE, UNTESTED, PASSED, FAILED, OTHER_CONFIG, EXPIRED }

    enum From { UNSET, EQUAL, GAP, OVERLAP, OLD_OVERLAP }

    /** Every combination of every condition: each problem stands exactly when its condition does. */
    @Test
    void everyCombinationYieldsExactlyTheProblemsThatStand() {
        int checked = 0;
        for (Conn conn : Conn.values()) {
            for (Integer limit : new Integer[] {null, 60}) {
                for (boolean cutoffConfirmed : new boolean[] {false, true}) {
                    for (boolean openDone : new boolean[] {false, true}) {
                        for (From from : From.values()) {
                            for (boolean gapOk : new boolean[] {false, true}) {
                                for (boolean overlapOk : new boolean[] {false, true}) {
                                    LaunchState s = state(conn, limit, cutoffConfirmed, openDone, from, gapOk, overlapOk);
                                    Set<ProblemCode> got = Guard.problems(s, NOW).stream().map(Problem::code).collect(Collectors.toSet());
                                    Set<ProblemCode> want = expected(conn, limit, cutoffConfirmed, openDone, from, gapOk, overlapOk);
                                    assertThat(got).as("%s limit=%s cutoff=%s open=%s from=%s gapOk=%s overlapOk=%s",
                                            conn, limit, cutoffConfirmed, openDone, from, gapOk, overlapOk).isEqualTo(want);
                                    assertThat(Guard.ready(s, NOW)).isEqualTo(want.isEmpty());
                                    checked++;
                                }
                            }
                        }
                    }
                }
            }
        }
        assertThat(checked).isEqualTo(6 * 2 * 2 * 2 * 5 * 2 * 2);
    }

    private static Set<ProblemCode> expected(Conn conn, Integer limit, boolean cutoff, boolean open, From from, boolean gapOk, boolean overlapOk) {
        List<ProblemCode> p = new ArrayList<>();
        switch (conn) {
            case NONE -> p.add(CART_NOT_CONNECTED);
            case UNTESTED -> p.add(CONNECTION_NOT_TESTED);
            case FAILED -> p.add(CONNECTION_TEST_FAILED);
            case OTHER_CONFIG, EXPIRED -> p.add(CONNECTION_TEST_STALE);
            case PASSED -> {
                if (limit != null && from == From.OLD_OVERLAP) {
                    p.add(SCOPE_INSUFFICIENT);
                }
            }
        }
        if (!cutoff) {
            p.add(CUTOFF_NOT_CONFIRMED);
        }
        if (!open) {
            p.add(OPEN_ORDERS_NOT_IMPORTED);
        }
        if (from == From.UNSET) {
            p.add(IMPORT_FROM_NOT_SET);
        }
        if (from == From.GAP && !gapOk) {
            p.add(GAP_NOT_ACCEPTED);
        }
        if ((from == From.OVERLAP || from == From.OLD_OVERLAP) && !overlapOk) {
            p.add(OVERLAP_NOT_ACCEPTED);
        }
        return Set.copyOf(p);
    }

    private static LaunchState state(Conn conn, Integer limit, boolean cutoff, boolean open, From from, boolean gapOk, boolean overlapOk) {
        String fp = conn == Conn.NONE ? null : "fp-current";
        LaunchState.TestSummary test = switch (conn) {
            case NONE, UNTESTED -> null;
            case PASSED -> new LaunchState.TestSummary("fp-current", NOW.minus(Duration.ofHours(1)), true, limit);
            case FAILED -> new LaunchState.TestSummary("fp-current", NOW.minus(Duration.ofHours(1)), false, limit);
            case OTHER_CONFIG -> new LaunchState.TestSummary("fp-old", NOW.minus(Duration.ofHours(1)), true, limit);
            case EXPIRED -> new LaunchState.TestSummary("fp-current", NOW.minus(Duration.ofHours(24)), true, limit);
        };
        Instant importFrom = switch (from) {
            case UNSET -> null;
            case EQUAL -> CUTOFF;
            case GAP -> CUTOFF.plusSeconds(3600);
            case OVERLAP -> CUTOFF.minusSeconds(3600);
            case OLD_OVERLAP -> NOW.minus(Duration.ofDays(61));
        };
        // no run yet: the window starts at 'Import Orders from'
        return new LaunchState(fp, test, CUTOFF, cutoff, open, importFrom, gapOk, overlapOk, false, false, importFrom, null);
    }

    private static LaunchState ready(Integer historyLimitDays, Instant importFrom, Instant windowStart, Duration skew) {
        LaunchState.TestSummary t = new LaunchState.TestSummary("fp", NOW.minus(Duration.ofHours(1)), true, historyLimitDays);
        return new LaunchState("fp", t, CUTOFF, true, true, importFrom, true, true, false, false, windowStart, skew);
    }

    @Test
    void aShopWithoutReadAllOrdersIsJudgedByTheWindowARunReadsNotByImportFrom() {
        Instant day61 = NOW.minus(Duration.ofDays(61));
        assertThat(Guard.problems(ready(60, day61, NOW.minus(Duration.ofMinutes(20)), null), NOW))
                .as("syncing since: the cursor is recent").isEmpty();
        assertThat(Guard.problems(ready(60, day61, day61, null), NOW)).extracting(Problem::code)
                .containsExactly(SCOPE_INSUFFICIENT);
    }

    @Test
    void aClockSkewOverHalfTheOverlapIsAProblemEitherWay() {
        Duration half = Guard.MAX_CLOCK_SKEW;
        assertThat(Guard.problems(ready(null, CUTOFF, CUTOFF, half), NOW)).isEmpty();
        assertThat(Guard.problems(ready(null, CUTOFF, CUTOFF, half.negated()), NOW)).isEmpty();
        assertThat(Guard.problems(ready(null, CUTOFF, CUTOFF, half.plusSeconds(1)), NOW)).extracting(Problem::code)
                .containsExactly(ProblemCode.CLOCK_SKEW);
        assertThat(Guard.problems(ready(null, CUTOFF, CUTOFF, half.plusSeconds(1).negated()), NOW)).extracting(Problem::code)
                .containsExactly(ProblemCode.CLOCK_SKEW);
    }

    @Test
    void aTestThatPassedJustUnder24HoursAgoStillCounts() {
        LaunchState.TestSummary t = new LaunchState.TestSummary("fp", NOW.minus(Duration.ofHours(24)).plusSeconds(1), true, null);
        LaunchState s = new LaunchState("fp", t, CUTOFF, true, true, CUTOFF, false, false, false, false, null, null);
        assertThat(Guard.problems(s, NOW)).isEmpty();
        assertThat(Guard.problems(s, NOW.plusSeconds(1))).extracting(Problem::code).containsExactly(CONNECTION_TEST_STALE);
    }

    @Test
    void importFromExactlyAtTheCutoffNeedsNoAcceptance() {
        LaunchState.TestSummary t = new LaunchState.TestSummary("fp", NOW, true, null);
        LaunchState s = new LaunchState("fp", t, CUTOFF, true, true, CUTOFF, false, false, false, false, null, null);
        assertThat(Guard.ready(s, NOW)).isTrue();
    }

    @Test
    void theRefusalListsEveryProblemInStepOrder() {
        LaunchState empty = new LaunchState(null, null, null, false, false, null, false, false, false, false, null, null);
        assertThat(Guard.problems(empty, NOW)).extracting(Problem::code)
                .containsExactly(CART_NOT_CONNECTED, CUTOFF_NOT_CONFIRMED, OPEN_ORDERS_NOT_IMPORTED, IMPORT_FROM_NOT_SET);
    }

    @Test
    void checklistAgreesWithTheGuard() {
        LaunchState.TestSummary t = new LaunchState.TestSummary("fp", NOW, true, null);
        LaunchState s = new LaunchState("fp", t, CUTOFF, true, false, CUTOFF.plusSeconds(1), false, false, true, false, null, null);
        List<Checklist.StepStatus> list = Checklist.of(s, NOW);
        assertThat(list).extracting(Checklist.StepStatus::done).containsExactly(true, true, true, false, false, false);
        assertThat(list.get(4).open()).extracting(Problem::code).containsExactly(GAP_NOT_ACCEPTED);
        assertThat(list.get(5).open()).extracting(Problem::code).containsExactly(SYNC_RUNNER_MISSING);
    }
}
