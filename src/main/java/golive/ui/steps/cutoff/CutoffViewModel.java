package golive.ui.steps.cutoff;

import golive.launch.Step;
import golive.ui.fx.I18n;
import golive.ui.fx.UserError;
import golive.ui.steps.WhenModel;
import golive.ui.wizard.Snapshot;
import golive.ui.wizard.WizardViewModel;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;

/**
 * Step 3: the cut-off as typed, resolved by the engine, explained in a sentence, counted against
 * the cart in the background, and confirmed explicitly through {@code Cutover.setCutoff}. FX thread only.
 */
public final class CutoffViewModel {
    static final DateTimeFormatter SENTENCE = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.FULL, FormatStyle.MEDIUM)
            .withLocale(Locale.getDefault());

    private final WizardViewModel wizard;
    private final WhenModel when = new WhenModel();
    private final ReadOnlyStringWrapper sentence = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper count = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper confirmedText = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper counting = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper locked = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper canConfirm = new ReadOnlyBooleanWrapper();
    private long generation;

    public CutoffViewModel(WizardViewModel wizard) {
        this.wizard = wizard;
        locked.bind(Bindings.createBooleanBinding(() -> wizard.snapshot().locked(), wizard.snapshotProperty()));
        canConfirm.bind(Bindings.createBooleanBinding(() -> when.resolvedProperty().get() != null && !busy.get() && !locked.get(),
                when.resolvedProperty(), busy, locked));
        when.resolvedProperty().addListener((o, a, t) -> resolved(t));
        confirmedText.bind(Bindings.createStringBinding(() -> wizard.snapshot().done(Step.CUTOFF)
                ? I18n.t("cutoff.confirmed", golive.launch.WallTime.show(wizard.snapshot().plan().cutoff(), wizard.snapshot().plan().cutoffZone()))
                : "", wizard.snapshotProperty()));
    }

    /** The saved cut-off, else the one proposed (a rehearsal's scenario), else today 00:00 in the store's zone (from the connection test). */
    public void load(Snapshot s) {
        error.set("");
        if (s.plan().cutoff() != null) {
            when.set(s.plan().cutoff(), s.plan().cutoffZone());
            return;
        }
        ZoneId zone = s.currentTest().map(t -> t.report().storeZone()).filter(z -> z != null).map(ZoneId::of)
                .orElse(ZoneId.systemDefault());
        when.set(wizard.proposedCutoff().orElseGet(() -> LocalDate.now(wizard.cutover().clock().withZone(zone)).atStartOfDay(zone).toInstant()),
                zone);
    }

    private void resolved(ZonedDateTime t) {
        long mine = ++generation;
        if (t == null) {
            sentence.set("");
            count.set("");
            return;
        }
        sentence.set(I18n.t("cutoff.sentence", SENTENCE.format(t), t.getZone().getId(),
                t.getOffset().getTotalSeconds() == 0 ? "+00:00" : t.getOffset().getId()));
        count.set(I18n.t("cutoff.count.asking"));
        wizard.background().run(counting, () -> wizard.cutover().countOpenInCart(null, t.toInstant()), n -> {
            if (mine == generation) {
                count.set(I18n.t("cutoff.count", n));
            }
        }, e -> {
            if (mine == generation) {
                count.set(I18n.t("cutoff.count.unknown", UserError.of(e)));
            }
        });
    }

    /** The explicit confirmation: saves the cut-off (the engine withdraws earlier gap/overlap acceptances). */
    public void confirm() {
        ZonedDateTime t = when.resolvedProperty().get();
        if (!canConfirm.get() || t == null) {
            return;
        }
        error.set("");
        wizard.background().run(busy, () -> {
            wizard.cutover().setCutoff(t.toInstant(), t.getZone());
            return t;
        }, ok -> wizard.refresh(), e -> error.set(UserError.of(e)));
    }

    public WhenModel when() {
        return when;
    }

    public ReadOnlyStringProperty sentenceProperty() {
        return sentence.getReadOnlyProperty();
    }

    /** How many open cart orders were created before the cut-off (they belong in step 4's file). */
    public ReadOnlyStringProperty countProperty() {
        return count.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty confirmedTextProperty() {
        return confirmedText.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty countingProperty() {
        return counting.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty lockedProperty() {
        return locked.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty canConfirmProperty() {
        return canConfirm.getReadOnlyProperty();
    }
}
