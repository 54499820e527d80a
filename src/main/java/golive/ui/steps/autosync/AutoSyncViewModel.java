package golive.ui.steps.autosync;

import golive.domain.Order;
import golive.domain.OrderSource;
import golive.launch.Checklist;
import golive.launch.Problem;
import golive.launch.Step;
import golive.launch.WallTime;
import golive.store.OrderStore;
import golive.store.SetAsideStore;
import golive.store.SyncStateStore;
import golive.sync.AutoSync;
import golive.sync.ImportNow;
import golive.sync.SyncEngine;
import golive.sync.SyncEvent;
import golive.sync.SyncLease;
import golive.sync.SyncResult;
import golive.i18n.Messages;
import golive.ui.fx.I18n;
import golive.ui.fx.UserError;
import golive.ui.wizard.WizardViewModel;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.time.Duration;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * Step 6. Start is enabled only by the guard's verdict (bound, and asked again by the engine on
 * Start); Stop, import now and the preview go through the engine in the background; the runner's
 * events become live progress, recent runs and notifications. FX thread only.
 */
public final class AutoSyncViewModel {
    /** A condition that keeps Start disabled, with the step that fixes it. */
    public record Unmet(Step step, String message) {
    }

    public static final List<Duration> INTERVALS = List.of(Duration.ofMinutes(1), Duration.ofMinutes(5),
            Duration.ofMinutes(15), Duration.ofMinutes(30), Duration.ofHours(1));

    private final WizardViewModel wizard;
    private final SyncRunner runner;
    private final ObjectProperty<Duration> interval = new SimpleObjectProperty<>(Duration.ofMinutes(5));
    private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper canStart = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper canStop = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper canImportNow = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper runInProgress = new ReadOnlyBooleanWrapper();
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("STOPPED");
    private final ReadOnlyStringWrapper statusDetail = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper progress = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper preview = new ReadOnlyStringWrapper("");
    private final ObservableList<Unmet> unmet = FXCollections.observableArrayList();
    private final ObservableList<RunRow> runs = FXCollections.observableArrayList();
    private final ObservableList<String> attention = FXCollections.observableArrayList();
    private final ObservableList<String> setAside = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper leaseHolder = new ReadOnlyStringWrapper("");
    private Consumer<String> notifier = m -> { };

    public AutoSyncViewModel(WizardViewModel wizard, SyncRunner runner) {
        this.wizard = wizard;
        this.runner = runner;
        running.bind(Bindings.createBooleanBinding(() -> wizard.snapshot().running(), wizard.snapshotProperty()));
        status.bind(Bindings.createStringBinding(() -> wizard.snapshot().sync().status(), wizard.snapshotProperty()));
        canStart.bind(wizard.readyProperty().and(running.not()).and(busy.not()));
        canStop.bind(running.and(busy.not()));
        canImportNow.bind(wizard.readyProperty().and(busy.not()).and(runInProgress.not()));
        wizard.snapshotProperty().addListener((o, a, s) -> snapshotChanged());
        // a run's progress says nothing once Auto Sync is stopped
        running.addListener((o, was, on) -> {
            if (was && !on && !runInProgress.get()) {
                progress.set("");
            }
        });
        runner.onEvent(this::event);
        runner.onEnd(this::runnerEnded);
    }

    private void snapshotChanged() {
        var s = wizard.snapshot();
        List<Unmet> out = new ArrayList<>();
        for (Checklist.StepStatus st : s.checklist()) {
            for (Problem p : st.open()) {
                out.add(new Unmet(st.step(), Messages.inWindow(p, s.zone())));
            }
        }
        unmet.setAll(out);
        statusDetail.set(detail());
        if (s.running() && !runner.activeProperty().get()) {
            runner.start(); // while the window is open it is the runner (or waits to take over from another)
        }
        loadHistory();
    }

    private String detail() {
        var s = wizard.snapshot();
        if (s.running()) {
            if (!leaseHolder.get().isEmpty()) {
                return I18n.t("autoSync.detail.waiting", leaseHolder.get());
            }
            return s.state().runnerAlive() || runner.activeProperty().get()
                    ? I18n.t("autoSync.detail.running", s.sync().interval().toMinutes())
                    : I18n.t("autoSync.detail.noRunner");
        }
        return s.sync().stoppedReason() == null ? I18n.t("autoSync.detail.stopped") : I18n.t("autoSync.detail.stoppedBecause", s.sync().stoppedReason());
    }

    /** What the confirmation before Start restates: cut-off, 'Import Orders from', and the counts. */
    public String confirmation() {
        var s = wizard.snapshot();
        var p = s.plan();
        return I18n.t("autoSync.confirm.body", WallTime.show(p.cutoff(), p.cutoffZone()), WallTime.show(p.importFrom(), p.importFromZone()),
                I18n.t("importAs." + p.importAs().id()), interval.get().toMinutes(), s.migratedOrders(), s.cartOrders());
    }

    public void start() {
        if (!canStart.get()) {
            return;
        }
        Duration every = interval.get();
        error.set("");
        wizard.background().run(busy, () -> {
            wizard.cutover().startSync(every);
            return true;
        }, ok -> wizard.refresh(s -> runner.start()), e -> error.set(UserError.of(e)));
    }

    public void stop() {
        if (!canStop.get()) {
            return;
        }
        wizard.background().run(busy, () -> {
            wizard.cutover().stopSync("stopped in the wizard");
            return true;
        }, ok -> wizard.refresh(), e -> error.set(UserError.of(e)));
    }

    /** 'Import new orders now': the runner's next tick, or a one-shot run when Auto Sync is stopped. */
    public void importNow() {
        if (!canImportNow.get()) {
            return;
        }
        error.set("");
        if (runner.runNow()) {
            progress.set(I18n.t("autoSync.progress.queued"));
            return;
        }
        runInProgress.set(true);
        var c = wizard.cutover();
        // another process's runner, when one holds the lease, is asked to import and answers
        wizard.background().run(busy, () -> new ImportNow(c).run("now", e ->
                wizard.background().fx().execute(() -> event(e))), r -> wizard.refresh(), e -> {
            runInProgress.set(false);
            error.set(UserError.of(e));
        });
    }

    /** 'Preview next import': what a run would import now; writes nothing. */
    public void previewNext() {
        var c = wizard.cutover();
        preview.set(I18n.t("autoSync.preview.running"));
        wizard.background().run(busy, () -> new SyncEngine(c, SyncLease.oneShot(c.database())).dryRun(e -> { }),
                this::showPreview, e -> preview.set(UserError.of(e)));
    }

    private void showPreview(SyncResult r) {
        // times as a person writes them, in the store's zone (the plan's), never an ISO instant
        ZoneId zone = wizard.snapshot().plan().cutoffZone() == null ? ZoneId.systemDefault() : wizard.snapshot().plan().cutoffZone();
        StringBuilder sb = new StringBuilder(I18n.t("autoSync.preview.result", r.counts().imported(), r.counts().fetched(),
                r.since() == null ? "-" : WallTime.show(r.since(), zone)));
        r.wouldImport().stream().limit(10).forEach(o -> sb.append("\n").append(I18n.t("autoSync.preview.order", o.number(),
                WallTime.show(o.createdAt(), zone), o.total().plain(), o.total().currency())));
        if (r.wouldImport().size() > 10) {
            sb.append("\n").append(I18n.t("autoSync.preview.more", r.wouldImport().size() - 10));
        }
        preview.set(sb.toString());
    }

    private void event(SyncEvent e) {
        if (e instanceof SyncEvent.Started s && !s.dryRun()) {
            runInProgress.set(true);
            progress.set(I18n.t("autoSync.progress.started", s.since()));
        } else if (e instanceof SyncEvent.PageDone p) {
            progress.set(I18n.t("autoSync.progress.page", p.page(), p.soFar().fetched(), p.soFar().imported()));
        } else if (e instanceof SyncEvent.Finished f && !f.result().dryRun()) {
            runInProgress.set(false);
            progress.set(I18n.t("autoSync.progress.finished", f.result().counts().imported(), f.result().counts().fetched()));
            wizard.refresh();
        } else if (e instanceof SyncEvent.Waiting w) {
            leaseHolder.set(w.holder() == null ? "" : w.holder());
            statusDetail.set(detail());
        } else if (e instanceof SyncEvent.Holding) {
            leaseHolder.set("");
            statusDetail.set(detail());
            wizard.refresh(); // the engine now sees a live runner: every status on screen is re-read from it
        } else if (e instanceof SyncEvent.Failed f) {
            runInProgress.set(false);
            String m = f.credentialsRejected() ? I18n.t("autoSync.failed.rejected") : I18n.t("autoSync.failed", f.message());
            error.set(m);
            notifier.accept(m);
            wizard.refresh();
        }
    }

    private void runnerEnded(AutoSync.Exit exit, Throwable e) {
        runInProgress.set(false);
        leaseHolder.set("");
        if (e != null) {
            error.set(UserError.of(e));
            notifier.accept(error.get());
        } else if (exit == AutoSync.Exit.CREDENTIALS_REJECTED) {
            notifier.accept(I18n.t("autoSync.failed.rejected"));
        }
        wizard.refresh();
    }

    private void loadHistory() {
        ZoneId zone = wizard.snapshot().plan().cutoffZone() == null ? ZoneId.systemDefault() : wizard.snapshot().plan().cutoffZone();
        wizard.background().run(null, () -> wizard.cutover().database().read(c -> {
            SyncStateStore store = new SyncStateStore();
            SyncStateStore.State st = store.load(c);
            java.time.Instant dbNow = store.databaseNow(c);
            List<RunRow> r = store.recentRuns(c, 8).stream().map(x -> RunRow.of(x, st, dbNow, zone)).toList();
            List<String> att = new OrderStore().needingAttention(c, 20).stream().map(AutoSyncViewModel::describe).toList();
            List<String> aside = wizard.snapshot().config().isEmpty() ? List.<String>of()
                    : new SetAsideStore().open(c, wizard.snapshot().config().get().shopKey()).stream()
                    .map(x -> I18n.t("autoSync.setAside.order", x.orderNumber() == null ? "-" : x.orderNumber(), x.cartOrderId(),
                            x.reason())).toList();
            return new History(r, att, aside);
        }), h -> {
            runs.setAll(h.runs());
            attention.setAll(h.attention());
            setAside.setAll(h.setAside());
        }, e -> { });
    }

    private record History(List<RunRow> runs, List<String> attention, List<String> setAside) {
    }

    private static String describe(Order o) {
        return I18n.t("autoSync.attention.order", o.orderNumber(), o.source() == OrderSource.CART ? o.cartOrderId() : "-",
                o.attentionReason() == null ? "" : o.attentionReason());
    }

    /** A desktop notification the view showed: recorded and audited, as the e-mails are. */
    public void recordDesktop(String text) {
        wizard.background().run(null, () -> {
            new golive.notify.Notifications(wizard.cutover()).recordDesktop("sync", text);
            return null;
        }, x -> { }, e -> { });
    }

    /** Sync errors for desktop notifications (the view shows them). */
    public void onNotify(Consumer<String> n) {
        this.notifier = n;
    }

    public SyncRunner runner() {
        return runner;
    }

    public ObjectProperty<Duration> intervalProperty() {
        return interval;
    }

    public ReadOnlyBooleanProperty runningProperty() {
        return running.getReadOnlyProperty();
    }

    /** Bound to the guard's verdict: true only when every step is done and Auto Sync is stopped. */
    public ReadOnlyBooleanProperty canStartProperty() {
        return canStart.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty canStopProperty() {
        return canStop.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty canImportNowProperty() {
        return canImportNow.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty runInProgressProperty() {
        return runInProgress.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty statusDetailProperty() {
        return statusDetail.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty previewProperty() {
        return preview.getReadOnlyProperty();
    }

    public ObservableList<Unmet> unmet() {
        return unmet;
    }

    public ObservableList<RunRow> runs() {
        return runs;
    }

    public ObservableList<String> attention() {
        return attention;
    }

    /** Cart orders the store could not hold: retried by every run, shown until resolved. */
    public ObservableList<String> setAside() {
        return setAside;
    }
}
