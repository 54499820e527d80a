package golive.openorders;

import java.util.List;

/**
 * The outcome of a preview or a commit: the summary, the problems (at most 100 listed, errors
 * first; the counts are complete unless {@code stoppedEarly}), whether anything was written and
 * under which batch, and the check against the cart when it ran. Immutable.
 *
 * @param stoppedEarly reading stopped at the 100th error, so later problems are not counted
 * @param check        the comparison with the cart, or null when it did not run ({@code checkNote} says why)
 */
public record ImportReport(ImportSummary summary, List<FileProblem> problems, long errorCount, long warningCount,
                           boolean stoppedEarly, boolean dryRun, boolean written, Long batchId,
                           CartCheck.Result check, String checkNote) {
    public ImportReport {
        problems = List.copyOf(problems);
    }

    /** No errors: the batch was (or, in a preview, would be) committed. */
    public boolean accepted() {
        return errorCount == 0;
    }
}
