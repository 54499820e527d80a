package golive.ui.steps.openorders;

import golive.openorders.FileProblem;
import golive.ui.fx.I18n;

/** One problem in the file as a table row: severity in words, line, column, message. Immutable. */
public record ProblemRow(String severity, String line, String column, String message) {
    static ProblemRow of(FileProblem p) {
        return new ProblemRow(I18n.t(p.isError() ? "openOrders.problem.error" : "openOrders.problem.warning"),
                p.line() > 0 ? String.valueOf(p.line()) : "—", p.column() == null ? "—" : p.column(), p.message());
    }
}
