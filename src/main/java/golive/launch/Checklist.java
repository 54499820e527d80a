package golive.launch;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * The launch checklist: for each step, done or not and which problems keep it open. Derived from
 * the same state as the guard, so the rail in the wizard and {@code status} can never disagree with it.
 */
public final class Checklist {

    public record StepStatus(Step step, boolean done, List<Problem> open) {
        public StepStatus {
            open = List.copyOf(open);
        }
    }

    private Checklist() {
    }

    public static List<StepStatus> of(LaunchState s, Instant now) {
        List<Problem> guard = Guard.problems(s, now);
        List<StepStatus> out = new ArrayList<>();
        out.add(status(Step.CONNECT, s.cartConnected(), guard, ProblemCode.CART_NOT_CONNECTED));
        out.add(status(Step.TEST, Guard.connectionTested(s, now), guard,
                ProblemCode.CONNECTION_NOT_TESTED, ProblemCode.CONNECTION_TEST_FAILED, ProblemCode.CONNECTION_TEST_STALE,
                ProblemCode.SCOPE_INSUFFICIENT));
        out.add(status(Step.CUTOFF, s.cutoffConfirmed(), guard, ProblemCode.CUTOFF_NOT_CONFIRMED));
        out.add(status(Step.OPEN_ORDERS, s.openOrdersDone(), guard, ProblemCode.OPEN_ORDERS_NOT_IMPORTED));
        boolean importFromDone = s.importFrom() != null && guard.stream().noneMatch(p -> p.code() == ProblemCode.GAP_NOT_ACCEPTED
                || p.code() == ProblemCode.OVERLAP_NOT_ACCEPTED);
        out.add(status(Step.IMPORT_FROM, importFromDone, guard,
                ProblemCode.IMPORT_FROM_NOT_SET, ProblemCode.GAP_NOT_ACCEPTED, ProblemCode.OVERLAP_NOT_ACCEPTED));
        List<Problem> syncOpen = new ArrayList<>();
        if (s.syncRunning() && !s.runnerAlive()) {
            syncOpen.add(Problem.of(ProblemCode.SYNC_RUNNER_MISSING));
        }
        out.add(new StepStatus(Step.AUTO_SYNC, s.syncRunning() && s.runnerAlive(), syncOpen));
        return out;
    }

    private static StepStatus status(Step step, boolean done, List<Problem> guard, ProblemCode... codes) {
        List<ProblemCode> mine = List.of(codes);
        return new StepStatus(step, done, guard.stream().filter(p -> mine.contains(p.code())).toList());
    }
}
