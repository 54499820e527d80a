package golive.launch;

import java.util.List;

/** The engine refused an action; every problem that stands is listed (CLI exit 3). */
public class Refusal extends RuntimeException {
    private final List<Problem> problems;

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
}
