package golive.openorders;

import java.util.ArrayList;
import java.util.List;

/**
 * The problems of one run, up to {@link #LIMIT} of each severity: enough to fix a file in one
 * go, not a flood. Counts go on past the limit. Not thread-safe: one per run.
 */
final class ProblemLog {
    static final int LIMIT = 100;

    private final List<FileProblem> errors = new ArrayList<>();
    private final List<FileProblem> warnings = new ArrayList<>();
    private long errorCount;
    private long warningCount;

    void add(FileProblem p) {
        if (p.isError()) {
            errorCount++;
            if (errors.size() < LIMIT) {
                errors.add(p);
            }
        } else {
            warningCount++;
            if (warnings.size() < LIMIT) {
                warnings.add(p);
            }
        }
    }

    boolean hasErrors() {
        return errorCount > 0;
    }

    /** The run may stop reading: the list of errors is full. */
    boolean full() {
        return errorCount >= LIMIT;
    }

    long errorCount() {
        return errorCount;
    }

    long warningCount() {
        return warningCount;
    }

    /** Errors first, then warnings; at most {@link #LIMIT} in all. */
    List<FileProblem> listed() {
        List<FileProblem> out = new ArrayList<>(errors);
        warnings.stream().limit(Math.max(0, LIMIT - errors.size())).forEach(out::add);
        return out;
    }
}
