package golive.ui.steps.autosync;

import golive.launch.Step;
import golive.ui.fx.Dialogs;
import golive.ui.fx.I18n;
import golive.ui.fx.Nodes;
import golive.ui.steps.StepPage;
import golive.ui.wizard.WizardViewModel;
import javafx.beans.binding.Bindings;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.kordamp.ikonli.javafx.FontIcon;

import java.time.Duration;

/** Step 6's screen over {@link AutoSyncViewModel}. FX thread only. */
public final class AutoSyncView extends VBox {
    private final AutoSyncViewModel vm;
    private final WizardViewModel wizard;
    private final Runnable openReconcile;
    private final java.util.function.LongConsumer openOrders;
    private Label status;
    private FontIcon statusIcon;
    private Label detail;
    private Button start;
    private Button stop;
    private ComboBox<Duration> interval;
    private Button importNow;
    private Button preview;
    private ProgressBar progress;
    private Label progressText;
    private Label previewText;
    private VBox unmet;
    private VBox unmetCard;
    private VBox runs;
    private VBox attention;
    private VBox setAside;
    private VBox setAsideCard;
    private StepPage page;

    /** @param openReconcile shows the Reconcile page; @param openOrders shows the orders a run imported */
    public AutoSyncView(AutoSyncViewModel vm, WizardViewModel wizard, Runnable openReconcile, java.util.function.LongConsumer openOrders) {
        this.vm = vm;
        this.wizard = wizard;
        this.openReconcile = openReconcile;
        this.openOrders = openOrders;
        createParts();
        layoutParts();
        bind();
        wireActions();
    }

    private void createParts() {
        status = Nodes.label("syncStatus", null, "gl-status-big");
        statusIcon = Nodes.icon("fth-pause-circle", null);
        statusIcon.getStyleClass().add("gl-status-icon");
        detail = Nodes.text("syncDetail", null, "gl-muted");
        start = Nodes.button("startSync", "autoSync.start.button", "fth-play", "accent");
        stop = Nodes.button("stopSync", "autoSync.stop.button", "fth-square", "danger");
        interval = new ComboBox<>(FXCollections.observableArrayList(AutoSyncViewModel.INTERVALS));
        interval.setId("syncInterval");
        interval.setConverter(new StringConverter<>() {
            @Override
            public String toString(Duration d) {
                return d == null ? "" : I18n.t("autoSync.interval.every", d.toMinutes());
            }

            @Override
            public Duration fromString(String s) {
                return null;
            }
        });
        importNow = Nodes.button("importNow", "autoSync.importNow.button", "fth-download");
        preview = Nodes.button("previewNext", "autoSync.preview.button", "fth-eye");
        progress = new ProgressBar(-1);
        // not revealed: Auto Sync runs by itself every few minutes, and the page must not jump to its bar each time
        progress.setId("syncProgress");
        progress.setMaxWidth(Double.MAX_VALUE);
        progressText = Nodes.text("syncProgressText", null, "gl-muted");
        previewText = Nodes.text("previewText", null, "gl-mono");
        unmet = new VBox();
        unmet.setId("unmetConditions");
        runs = new VBox();
        runs.setId("recentRuns");
        runs.getStyleClass().add("gl-run-list");
        attention = new VBox();
        attention.setId("attentionOrders");
        setAside = new VBox();
        setAside.setId("setAsideOrders");
    }

    private void layoutParts() {
        HBox statusRow = new HBox(statusIcon, new VBox(Nodes.label(null, "autoSync.status.label", "gl-eyebrow"), status, detail));
        statusRow.getStyleClass().add("gl-status-row");
        var controls = Nodes.actions(start, stop, StepPage.field("autoSync.interval.label", interval));
        controls.getStyleClass().add("gl-sync-controls");
        var more = Nodes.actions(importNow, preview);
        VBox statusCard = StepPage.card("syncCard", null, statusRow, controls, more, progress, progressText, previewText);
        statusCard.getStyleClass().add("gl-card-hero");
        unmetCard = StepPage.card("unmetCard", "autoSync.unmet.title", unmet);
        unmetCard.getStyleClass().add("gl-card-warning");
        VBox runsCard = StepPage.card("runsCard", "autoSync.runs.title", runs);
        VBox attentionCard = StepPage.card("attentionCard", "autoSync.attention.title", attention);
        setAsideCard = StepPage.card("setAsideCard", "autoSync.setAside.title", setAside);
        setAsideCard.getStyleClass().add("gl-card-warning");
        Button reconcile = Nodes.button("openReconcile", "autoSync.reconcile.button", "fth-check-square");
        reconcile.setOnAction(e -> openReconcile.run());
        VBox proofCard = StepPage.card("proofCard", "autoSync.reconcile.title", Nodes.text(null, "autoSync.reconcile.body", "gl-muted"),
                Nodes.actions(reconcile));
        page = new StepPage(Step.AUTO_SYNC, unmetCard, statusCard, setAsideCard, proofCard, runsCard, attentionCard,
                StepPage.banner("syncError", vm.errorProperty(), StepPage.Tone.DANGER));
        getChildren().add(page);
    }

    /** Adds cards below the step's own (the background service and notifications: golive.ui.unattended). */
    public void addCards(javafx.scene.Node cards) {
        page.getChildren().add(cards);
    }

    private void bind() {
        status.textProperty().bind(vm.statusProperty());
        detail.textProperty().bind(vm.statusDetailProperty());
        vm.runningProperty().addListener((o, a, on) -> styleStatus(on));
        styleStatus(vm.runningProperty().get());
        start.disableProperty().bind(vm.canStartProperty().not());
        stop.disableProperty().bind(vm.canStopProperty().not());
        interval.valueProperty().bindBidirectional(vm.intervalProperty());
        interval.disableProperty().bind(vm.runningProperty());
        importNow.disableProperty().bind(vm.canImportNowProperty().not());
        preview.disableProperty().bind(vm.busyProperty());
        progress.visibleProperty().bind(vm.runInProgressProperty());
        progress.managedProperty().bind(progress.visibleProperty());
        progressText.textProperty().bind(vm.progressProperty());
        previewText.textProperty().bind(vm.previewProperty());
        previewText.visibleProperty().bind(vm.previewProperty().isNotEmpty());
        previewText.managedProperty().bind(previewText.visibleProperty());
        unmetCard.visibleProperty().bind(Bindings.isNotEmpty(vm.unmet()));
        unmetCard.managedProperty().bind(unmetCard.visibleProperty());
        vm.unmet().addListener((ListChangeListener<AutoSyncViewModel.Unmet>) c -> renderUnmet());
        vm.attention().addListener((ListChangeListener<String>) c -> renderAttention());
        vm.runs().addListener((ListChangeListener<RunRow>) c -> renderRuns());
        setAsideCard.visibleProperty().bind(Bindings.isNotEmpty(vm.setAside()));
        setAsideCard.managedProperty().bind(setAsideCard.visibleProperty());
        vm.setAside().addListener((ListChangeListener<String>) c -> setAside.getChildren().setAll(vm.setAside().stream().map(a -> {
            Label l = Nodes.text(null, null, "gl-attention");
            l.setText(a);
            return l;
        }).toList()));
        renderRuns();
        renderUnmet();
        renderAttention();
    }

    private void styleStatus(boolean running) {
        status.getStyleClass().removeAll("gl-running", "gl-stopped");
        status.getStyleClass().add(running ? "gl-running" : "gl-stopped");
        statusIcon.setIconLiteral(running ? "fth-refresh-cw" : "fth-pause-circle");
        statusIcon.getStyleClass().removeAll("gl-success", "gl-muted-icon");
        statusIcon.getStyleClass().add(running ? "gl-success" : "gl-muted-icon");
    }

    private void renderUnmet() {
        unmet.getChildren().setAll(vm.unmet().stream().map(u -> {
            Hyperlink link = new Hyperlink(I18n.t("autoSync.unmet.item", u.step().ordinal() + 1, I18n.t("step." + u.step().id() + ".title"), u.message()));
            link.setWrapText(true);
            link.setId("unmet-" + u.step().id());
            link.setOnAction(e -> wizard.goTo(u.step()));
            return link;
        }).toList());
    }

    /** Each run as a line: outcome and time, then its counts, then its error; wraps instead of truncating. */
    private void renderRuns() {
        runs.getChildren().clear();
        if (vm.runs().isEmpty()) {
            runs.getChildren().add(Nodes.text("noRuns", "autoSync.runs.none", "gl-muted"));
        }
        for (RunRow r : vm.runs()) {
            boolean ok = "OK".equals(r.outcome());
            FontIcon icon = Nodes.icon(ok ? "fth-check-circle" : "RUNNING".equals(r.outcome()) ? "fth-loader"
                    : "INTERRUPTED".equals(r.outcome()) ? "fth-alert-triangle" : "fth-x-circle", null);
            icon.getStyleClass().add(ok ? "gl-success" : "RUNNING".equals(r.outcome()) ? "gl-muted-icon" : "gl-danger");
            Label head = Nodes.text(null, null, "gl-run-head");
            head.setText(I18n.t("autoSync.runs.outcome." + r.outcome()) + " · " + r.when());
            Label counts = Nodes.text(null, null, "gl-muted", "gl-small");
            counts.setText(r.counts());
            VBox text = new VBox(head, counts);
            if (!r.error().isEmpty()) {
                Label err = Nodes.text(null, null, "gl-field-error");
                err.setText(r.error());
                text.getChildren().add(err);
            }
            if (r.imported() > 0) {
                Hyperlink show = new Hyperlink(I18n.t("autoSync.runs.showOrders", r.imported()));
                show.setId("runOrders-" + r.runId());
                show.setOnAction(e -> openOrders.accept(r.runId()));
                text.getChildren().add(show);
            }
            HBox.setHgrow(text, Priority.ALWAYS);
            HBox row = new HBox(icon, text);
            row.getStyleClass().add("gl-run");
            runs.getChildren().add(row);
        }
    }

    private void renderAttention() {
        attention.getChildren().clear();
        if (vm.attention().isEmpty()) {
            attention.getChildren().add(Nodes.text("noAttention", "autoSync.attention.none", "gl-muted"));
        }
        vm.attention().forEach(a -> {
            Label l = Nodes.text(null, null, "gl-attention");
            l.setText(a);
            attention.getChildren().add(l);
        });
    }

    private void wireActions() {
        start.setOnAction(e -> requestStart());
        stop.setOnAction(e -> vm.stop());
        importNow.setOnAction(e -> vm.importNow());
        preview.setOnAction(e -> vm.previewNext());
        vm.onNotify(m -> {
            if (getScene() != null) {
                golive.ui.fx.Toast.show(getScene(), I18n.t("autoSync.notify.title"), m);
                vm.recordDesktop(m);
            }
        });
    }

    /** Start, after a confirmation that restates the plan; does nothing unless the guard is ready (button, keys, menu alike). */
    public void requestStart() {
        if (!vm.canStartProperty().get()) {
            return;
        }
        if (Dialogs.confirm(this, "startConfirm", I18n.t("autoSync.confirm.title"), I18n.t("autoSync.confirm.header"),
                vm.confirmation(), I18n.t("autoSync.confirm.ok"))) {
            vm.start();
        }
    }
}
