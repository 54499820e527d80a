package golive.ui.wizard;

import golive.i18n.Messages;
import golive.launch.Checklist;
import golive.launch.ProblemCode;
import golive.launch.Step;
import golive.launch.WallTime;
import golive.ui.fx.I18n;

import java.util.Set;

/**
 * One line of the checklist rail: a step, its state and why, in words (the state is also said
 * in text, never by colour alone). Built from the engine's checklist. Immutable.
 */
public record RailItem(Step step, State state, String title, String why) {

    public enum State { NOT_STARTED, DONE, NEEDS_ATTENTION }

    /** Problems that mean "something went wrong here", rather than "not done yet". */
    private static final Set<ProblemCode> ATTENTION = Set.of(ProblemCode.CONNECTION_TEST_FAILED,
            ProblemCode.CONNECTION_TEST_STALE, ProblemCode.SCOPE_INSUFFICIENT, ProblemCode.GAP_NOT_ACCEPTED,
            ProblemCode.OVERLAP_NOT_ACCEPTED, ProblemCode.SYNC_RUNNER_MISSING);

    public static RailItem of(Snapshot s, Checklist.StepStatus st) {
        String title = I18n.t("step." + st.step().id() + ".title");
        if (st.done()) {
            return new RailItem(st.step(), State.DONE, title, doneWhy(s, st.step()));
        }
        return st.open().stream().filter(p -> ATTENTION.contains(p.code())).findFirst()
                .map(p -> new RailItem(st.step(), State.NEEDS_ATTENTION, title, Messages.inWindow(p, s.zone())))
                .orElseGet(() -> new RailItem(st.step(), State.NOT_STARTED, title, ""));
    }

    /** The state as words, for screen readers and for anyone who cannot tell the colours apart. */
    public String stateText() {
        return I18n.t("rail.state." + switch (state) {
            case DONE -> "done";
            case NEEDS_ATTENTION -> "attention";
            case NOT_STARTED -> "notStarted";
        });
    }

    private static String doneWhy(Snapshot s, Step step) {
        return switch (step) {
            case CONNECT -> s.config().map(c -> I18n.t("rail.done.connect", I18n.t("cart." + c.kind().id()), c.url().getHost())).orElse("");
            case TEST -> s.currentTest().map(t -> I18n.t("rail.done.test", t.report().storeZone(), t.report().currency())).orElse("");
            case CUTOFF -> WallTime.show(s.plan().cutoff(), s.plan().cutoffZone());
            case OPEN_ORDERS -> s.batches().stream().filter(b -> b.isNone()).findFirst()
                    .map(b -> I18n.t("rail.done.openOrders.none", b.reason()))
                    .orElseGet(() -> I18n.t("rail.done.openOrders.file",
                            s.batches().stream().mapToInt(golive.store.OpenOrdersStore.Batch::orderCount).sum()));
            case IMPORT_FROM -> WallTime.show(s.plan().importFrom(), s.plan().importFromZone());
            case AUTO_SYNC -> I18n.t("rail.done.autoSync");
        };
    }
}
