package golive.launch;

import java.util.List;

/**
 * The engine refused an action; every problem that stands is listed (CLI exit 3). The audit log
 * gets one entry per refusal ({@link Cutover#requested}); {@link #audited()} says it has it.
 */
public class Refusal extends RuntimeException {
    private final List<Problem> problems;
    private volatile boolean audited;

    public Refusal(List<Problem> problems) {
        super(problems.stream().map(p -> p.code().name()).toList().toString());
        this.problems = List.copyOf(problems);
    }

    public Refusal(Problem problem) {
        this(List.of(problem));
    }

    public List<Problem> problems() {
        return problems;
    }

    /** True once the audit log holds this refusal, so no one further up writes it again. */
    public boolean audited() {
        return audited;
    }

    public void markAudited() {
        audited = true;
    }

    /** The problems as the audit log keeps them: codes with their arguments ("PLAN_LOCKED [2026-11-30T05:00:00Z]"). */
    public static String codes(List<Problem> problems) {
        return String.join("; ", problems.stream().map(p -> p.code().name() + (p.args().isEmpty() ? "" : " " + p.args())).toList());
    }
}
