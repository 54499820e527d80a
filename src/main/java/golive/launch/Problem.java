package golive.launch;

import java.util.List;

/** A reason something cannot happen (yet): a code and the values its message needs. */
public record Problem(ProblemCode code, List<String> args) {
    public Problem {
        args = List.copyOf(args);
    }

    public static Problem of(ProblemCode code, Object... args) {
        return new Problem(code, java.util.Arrays.stream(args).map(String::valueOf).toList());
    }
}
