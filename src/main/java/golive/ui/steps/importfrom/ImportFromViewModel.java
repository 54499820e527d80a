package golive.ui.steps.importfrom;

import golive.domain.DocType;
import golive.launch.Boundary;
import golive.launch.Step;
import golive.launch.WallTime;
import golive.ui.fx.I18n;
import golive.ui.fx.UserError;
import golive.ui.steps.WhenModel;
import golive.ui.wizard.Snapshot;
import golive.ui.wizard.WizardViewModel;
import javafx.beans.binding.Bindings;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;

import java.time.ZonedDateTime;

/**
 * Step 5: 'Import Orders from' as typed, the engine's {@link Boundary} against the saved cut-off,
 * the cart's count inside a gap or overlap, the acceptance the guard asks for, and 'Import Orders
 * As'. FX thread only.
 */
public final class ImportFromViewModel {
    /** How many of the window's orders are listed, at most. */
    static final int LISTED = 100;
    private final javafx.collections.ObservableList<String> windowOrders = javafx.collections.FXCollections.observableArrayList();
    private final WizardViewModel wizard;
    private final WhenModel when = new WhenModel();
    private final ReadOnlyObjectWrapper<Boundary> boundary = new ReadOnlyObjectWrapper<>(Boundary.of(null, null));
    private final ReadOnlyObjectWrapper<Long> windowCount = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper windowText = new ReadOnlyStringWrapper("");
    private final BooleanProperty accept = new SimpleBooleanProperty();
    private final ObjectProperty<DocType> importAs = new SimpleObjectProperty<>(DocType.SALES_ORDER);
    private final ReadOnlyBooleanWrapper acceptNeeded = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper locked = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper canSave = new ReadOnlyBooleanWrapper();
    private final ReadOnlyStringWrapper savedText = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper notDoneText = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper("");
    private boolean loading;
    private long generation;

    public ImportFromViewModel(WizardViewModel wizard) {
        this.wizard = wizard;
        locked.bind(Bindings.createBooleanBinding(() -> wizard.snapshot().locked(), wizard.snapshotProperty()));
        when.resolvedProperty().addListener((o, a, t) -> recompute());
        wizard.snapshotProperty().addListener((o, a, s) -> recompute());
        acceptNeeded.bind(Bindings.createBooleanBinding(() -> boundary.get().isGap() || boundary.get().isOverlap(), boundary));
        canSave.bind(Bindings.createBooleanBinding(() -> when.resolvedProperty().get() != null && wizard.snapshot().plan().cutoff() != null
                && !busy.get() && !locked.get(), when.resolvedProperty(), wizard.snapshotProperty(), busy, locked));
        // "saved" is a success only when the engine says the step is done; otherwise it says what still stands
        savedText.bind(Bindings.createStringBinding(() -> wizard.snapshot().plan().importFrom() == null
                || !wizard.snapshot().done(Step.IMPORT_FROM) ? "" : saved(), wizard.snapshotProperty()));
        notDoneText.bind(Bindings.createStringBinding(() -> wizard.snapshot().plan().importFrom() == null
                || wizard.snapshot().done(Step.IMPORT_FROM) ? "" : I18n.t("importFrom.savedNotDone", saved(), stillStanding()),
                wizard.snapshotProperty()));
        importAs.addListener((o, a, d) -> {
            if (!loading && d != null && d != wizard.snapshot().plan().importAs()) {
                saveImportAs(d);
            }
        });
    }

    /** The saved value, or the cut-off itself (no gap, no overlap: the natural default). */
    public void load(Snapshot s) {
        loading = true;
        error.set("");
        var p = s.plan();
        if (p.importFrom() != null) {
            when.set(p.importFrom(), p.importFromZone());
            accept.set(p.gapAccepted() || p.overlapAccepted());
        } else if (p.cutoff() != null) {
            when.set(p.cutoff(), p.cutoffZone());
        }
        importAs.set(p.importAs());
        loading = false;
        recompute();
    }

    private void recompute() {
        ZonedDateTime t = when.resolvedProperty().get();
        Boundary b = Boundary.of(wizard.snapshot().plan().cutoff(), t == null ? null : t.toInstant());
        if (b.equals(boundary.get())) {
            return;
        }
        boundary.set(b);
        long mine = ++generation;
        windowCount.set(null);
        if (b.windowStart() == null) {
            windowText.set(b.cutoff() != null && b.importFrom() != null ? I18n.t("importFrom.equal") : "");
            return;
        }
        String kind = b.isGap() ? "gap" : "overlap";
        windowText.set(I18n.t("importFrom." + kind + ".asking"));
        windowOrders.clear();
        wizard.background().run(null, () -> wizard.cutover().countOpenInCart(b.windowStart(), b.windowEnd()), n -> {
            if (mine == generation) {
                windowCount.set(n);
                windowText.set(I18n.t("importFrom." + kind + ".count", n));
            }
        }, e -> {
            if (mine == generation) {
                windowText.set(I18n.t("importFrom." + kind + ".unknown", UserError.of(e)));
            }
        });
    }

    /** Lists the orders the gap or overlap count stands for (asks the cart), each by its number and its time in the store's zone. */
    public void showWindowOrders() {
        Boundary b = boundary.get();
        if (b == null || b.windowStart() == null) {
            return;
        }
        long mine = generation;
        java.time.ZoneId zone = wizard.snapshot().zone();
        wizard.background().run(null, () -> wizard.cutover().openInCart(b.windowStart(), b.windowEnd(), LISTED), list -> {
            if (mine == generation) {
                windowOrders.setAll(list.stream().map(o -> I18n.t("importFrom.window.order", o.number(),
                        golive.launch.WallTime.show(o.createdAt(), zone))).toList());
                if (windowCount.get() != null && windowCount.get() > list.size()) {
                    windowOrders.add(I18n.t("openOrders.finding.more", windowCount.get() - list.size()));
                }
            }
        }, e -> {
            if (mine == generation) {
                windowOrders.setAll(UserError.of(e));
            }
        });
    }

    /** The orders in the gap or overlap, once asked for. */
    public javafx.collections.ObservableList<String> windowOrders() {
        return windowOrders;
    }

    /** Saves 'Import Orders from'; the acceptance counts only for the gap or overlap that exists (the engine's rule). */
    public void save() {
        ZonedDateTime t = when.resolvedProperty().get();
        if (!canSave.get() || t == null) {
            return;
        }
        boolean a = accept.get();
        error.set("");
        wizard.background().run(busy, () -> wizard.cutover().setImportFrom(t.toInstant(), t.getZone(), a, a),
                b -> wizard.refresh(), e -> error.set(UserError.of(e)));
    }

    private void saveImportAs(DocType d) {
        wizard.background().run(busy, () -> {
            wizard.cutover().setImportAs(d);
            return d;
        }, ok -> wizard.refresh(), e -> error.set(UserError.of(e)));
    }

    public WhenModel when() {
        return when;
    }

    public ReadOnlyObjectProperty<Boundary> boundaryProperty() {
        return boundary.getReadOnlyProperty();
    }

    /** Open cart orders inside the gap or overlap; null while unknown. */
    public ReadOnlyObjectProperty<Long> windowCountProperty() {
        return windowCount.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty windowTextProperty() {
        return windowText.getReadOnlyProperty();
    }

    public BooleanProperty acceptProperty() {
        return accept;
    }

    public ObjectProperty<DocType> importAsProperty() {
        return importAs;
    }

    public ReadOnlyBooleanProperty acceptNeededProperty() {
        return acceptNeeded.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty lockedProperty() {
        return locked.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty canSaveProperty() {
        return canSave.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty savedTextProperty() {
        return savedText.getReadOnlyProperty();
    }

    /** Saved, but the step is not done: what the engine says still stands (e.g. a gap not accepted). */
    public ReadOnlyStringProperty notDoneTextProperty() {
        return notDoneText.getReadOnlyProperty();
    }

    private String saved() {
        var plan = wizard.snapshot().plan();
        return I18n.t("importFrom.saved", WallTime.show(plan.importFrom(), plan.importFromZone()), I18n.t("importAs." + plan.importAs().id()));
    }

    private String stillStanding() {
        return wizard.snapshot().checklist().stream().filter(st -> st.step() == Step.IMPORT_FROM).flatMap(st -> st.open().stream())
                .map(p -> golive.i18n.Messages.inWindow(p, wizard.snapshot().zone())).reduce((a, b) -> a + " " + b).orElse("");
    }

    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }
}
