package golive.ui.wizard;

import golive.cart.CartConfig;
import golive.cart.http.Secrets;
import golive.launch.Cutover;
import golive.launch.Step;
import golive.report.StatusReport;
import golive.ui.fx.Background;
import golive.ui.fx.I18n;
import golive.ui.fx.UserError;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.nio.file.Path;
import java.util.function.Consumer;

/**
 * The wizard's state: the engine {@link Snapshot} (re-read after every change), the current
 * step, Back/Next, the rail, and the guard's verdict as a binding. Every engine call runs
 * through {@link Background}. FX thread only (results arrive on it).
 */
public final class WizardViewModel {
    private final Cutover cutover;
    private final Background background;
    private final Path databasePath;
    private final boolean rehearsal;
    private java.time.Instant proposedCutoff;
    private final ReadOnlyObjectWrapper<Snapshot> snapshot = new ReadOnlyObjectWrapper<>(Snapshot.empty());
    private final ObjectProperty<Step> current = new SimpleObjectProperty<>(Step.CONNECT);
    private final ReadOnlyBooleanWrapper ready = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper canBack = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper canNext = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper loaded = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper();
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper("");
    private final ObservableList<RailItem> rail = FXCollections.observableArrayList();
    private final ObservableList<RailItem> railView = FXCollections.unmodifiableObservableList(rail);

    public WizardViewModel(Cutover cutover, Background background, Path databasePath) {
        this(cutover, background, databasePath, false);
    }

    /** @param rehearsal the store is a rehearsal's practice store: what is copied for support says so */
    public WizardViewModel(Cutover cutover, Background background, Path databasePath, boolean rehearsal) {
        this.rehearsal = rehearsal;
        this.cutover = cutover;
        this.background = background;
        this.databasePath = databasePath;
        ready.bind(Bindings.createBooleanBinding(() -> snapshot.get().ready(), snapshot));
        canBack.bind(current.isNotEqualTo(Step.CONNECT));
        canNext.bind(Bindings.createBooleanBinding(
                () -> current.get() != Step.AUTO_SYNC && snapshot.get().done(current.get()), current, snapshot));
        snapshot.addListener((o, old, s) -> rail.setAll(s.checklist().stream().map(st -> RailItem.of(s, st)).toList()));
        rail.setAll(Snapshot.empty().checklist().stream().map(st -> RailItem.of(Snapshot.empty(), st)).toList());
    }

    public Cutover cutover() {
        return cutover;
    }

    public Background background() {
        return background;
    }

    public Path databasePath() {
        return databasePath;
    }

    /** The cut-off step 3 proposes before one is saved (a rehearsal's scenario has its own); null: today 00:00. */
    public void proposeCutoff(java.time.Instant at) {
        this.proposedCutoff = at;
    }

    public java.util.Optional<java.time.Instant> proposedCutoff() {
        return java.util.Optional.ofNullable(proposedCutoff);
    }

    /** Where a file for this store is looked for first: a rehearsal writes its old system's file beside its database. */
    public java.util.Optional<java.io.File> fileFolder() {
        return rehearsal && databasePath != null && databasePath.getParent() != null
                ? java.util.Optional.of(databasePath.getParent().toFile()).filter(java.io.File::isDirectory) : java.util.Optional.empty();
    }

    /** Re-reads the engine's state; on the first read, opens at the first step that is not done. */
    public void refresh() {
        refresh(s -> { });
    }

    public void refresh(Consumer<Snapshot> then) {
        background.run(busy, () -> Snapshot.read(cutover), s -> {
            boolean first = !loaded.get();
            snapshot.set(s);
            loaded.set(true);
            if (first) {
                current.set(firstOpen(s));
            }
            then.accept(s);
        }, e -> error.set(UserError.of(e)));
    }

    public void next() {
        if (canNext.get()) {
            current.set(Step.values()[current.get().ordinal() + 1]);
        }
    }

    public void back() {
        if (canBack.get()) {
            current.set(Step.values()[current.get().ordinal() - 1]);
        }
    }

    /**
     * Every step can be looked at (step 6 lists what is missing, with links back); each screen's
     * actions are enabled by the engine's answers, and Next only by the current step being done.
     */
    public boolean canVisit(Step step) {
        return step != null;
    }

    public void goTo(Step step) {
        if (canVisit(step)) {
            current.set(step);
        }
    }

    private static Step firstOpen(Snapshot s) {
        for (Step st : Step.values()) {
            if (!s.done(st)) {
                return st;
            }
        }
        return Step.AUTO_SYNC;
    }

    /** Unlocks the plan through the engine (audited; Auto Sync stops; imported orders stay). */
    public void resetPlan(String reason) {
        background.run(busy, () -> {
            cutover.resetPlan(reason);
            return true;
        }, ok -> refresh(), e -> error.set(UserError.of(e)));
    }

    /** 'Copy status for support': the plain-text status with every saved secret masked, handed to {@code sink}. */
    public void supportText(Consumer<String> sink) {
        background.run(busy, () -> (rehearsal ? I18n.t("app.copyStatus.rehearsal") + "\n" : "")
                        + redact(StatusReport.text(cutover, databasePath == null ? "in memory" : databasePath.toString())),
                sink, e -> error.set(UserError.of(e)));
    }

    private String redact(String text) {
        String out = Secrets.redact(text);
        CartConfig config = cutover.cartConfig().orElse(null);
        if (config != null) {
            for (String secret : config.secrets().values()) {
                if (secret != null && secret.length() >= 4) {
                    out = out.replace(secret, Secrets.MASK);
                }
            }
        }
        return out;
    }

    public ReadOnlyObjectProperty<Snapshot> snapshotProperty() {
        return snapshot.getReadOnlyProperty();
    }

    public Snapshot snapshot() {
        return snapshot.get();
    }

    public ObjectProperty<Step> currentProperty() {
        return current;
    }

    /** The guard's verdict, bound to the latest snapshot: never recomputed by a view. */
    public ReadOnlyBooleanProperty readyProperty() {
        return ready.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty canBackProperty() {
        return canBack.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty canNextProperty() {
        return canNext.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty loadedProperty() {
        return loaded.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    /** Shown error handled: clear it. */
    public void clearError() {
        error.set("");
    }

    public ObservableList<RailItem> rail() {
        return railView; // one wrapper: listeners on a fresh wrapper would be dropped with it
    }
}
