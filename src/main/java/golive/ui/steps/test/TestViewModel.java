package golive.ui.steps.test;

import golive.cart.ConnectionReport;
import golive.cart.http.RetryWatch;
import golive.launch.Step;
import golive.ui.fx.I18n;
import golive.ui.fx.UserError;
import golive.ui.wizard.Snapshot;
import golive.ui.wizard.WizardViewModel;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * Step 2: runs {@code Cutover.test()} in the background and shows each check. Whether the step
 * is passed is the engine's verdict for the current config (the checklist), not this screen's.
 * FX thread only.
 */
public final class TestViewModel {
    private final WizardViewModel wizard;
    private final ObservableList<CheckRow> checks = FXCollections.observableArrayList();
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper passed = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper canTest = new ReadOnlyBooleanWrapper();
    private final ReadOnlyStringWrapper storeZone = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper currency = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper failure = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper("");
    private Runnable cancel = () -> { };

    public TestViewModel(WizardViewModel wizard) {
        this.wizard = wizard;
        passed.bind(Bindings.createBooleanBinding(() -> wizard.snapshot().done(Step.TEST), wizard.snapshotProperty()));
        canTest.bind(Bindings.createBooleanBinding(() -> !busy.get() && wizard.snapshot().config().isPresent(),
                busy, wizard.snapshotProperty()));
    }

    /** Shows the last test of the saved config, if there is one. */
    public void load(Snapshot s) {
        error.set("");
        s.currentTest().ifPresentOrElse(t -> show(t.report()), () -> {
            checks.clear();
            storeZone.set("");
            currency.set("");
            failure.set("");
            summary.set(s.lastTest().isPresent() && s.config().isPresent() ? I18n.t("test.summary.stale") : I18n.t("test.summary.none"));
        });
    }

    public void test() {
        if (!canTest.get()) {
            return;
        }
        error.set("");
        checks.clear();
        summary.set(I18n.t("test.summary.running"));
        java.util.concurrent.Executor fx = wizard.background().fx();
        // each retry is told as it starts, so an unreachable store is not a silent spinner
        RetryWatch.Listener retries = (attempt, of, wait) -> fx.execute(() -> {
            if (busy.get()) {
                summary.set(I18n.t("test.summary.retrying", attempt, of, Math.max(1, (wait.toMillis() + 999) / 1000)));
            }
        });
        cancel = wizard.background().run(busy, () -> RetryWatch.watching(retries, () -> wizard.cutover().test()), r -> {
            show(r);
            wizard.refresh();
        }, e -> {
            if (e instanceof java.util.concurrent.CancellationException) {
                wizard.refresh(s -> {
                    load(s);
                    summary.set(I18n.t("test.summary.cancelled"));
                });
                return;
            }
            summary.set("");
            error.set(UserError.of(e));
        });
    }

    /** Stops a running test: nothing is recorded, the last result stands. */
    public void cancel() {
        if (busy.get()) {
            cancel.run();
        }
    }

    private void show(ConnectionReport r) {
        checks.setAll(r.checks().stream().map(CheckRow::of).toList());
        storeZone.set(r.storeZone() == null ? "" : r.storeZone());
        currency.set(r.currency() == null ? "" : r.currency());
        summary.set(I18n.t(r.passed() ? "test.summary.passed" : "test.summary.failed"));
        // the cart's own words for what failed, so the owner sees them without reading the list
        failure.set(String.join("\n", r.checks().stream().filter(c -> c.failed())
                .map(c -> CheckRow.of(c).name() + ": " + (c.detail() == null ? "" : c.detail())).toList()));
    }

    public ObservableList<CheckRow> checks() {
        return checks;
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    /** The engine's verdict: every check passed for the current config, less than 24 h ago. */
    public ReadOnlyBooleanProperty passedProperty() {
        return passed.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty canTestProperty() {
        return canTest.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty storeZoneProperty() {
        return storeZone.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty currencyProperty() {
        return currency.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty summaryProperty() {
        return summary.getReadOnlyProperty();
    }

    /** The failed checks with the cart's messages; empty when none failed. */
    public ReadOnlyStringProperty failureProperty() {
        return failure.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }
}
