package golive.launch;

/** Input the engine cannot accept: a date, zone, URL or value (CLI exit 2). Nothing was written. */
public class InvalidInput extends RuntimeException {
    private final Problem problem;

    public InvalidInput(Problem problem) {
        super(problem.code().name() + " " + problem.args());
        this.problem = problem;
    }

    public Problem problem() {
        return problem;
    }
}
