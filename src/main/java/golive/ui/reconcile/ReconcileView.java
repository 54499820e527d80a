package golive.ui.reconcile;

import golive.reconcile.Bucket;
import golive.ui.fx.Dialogs;
import golive.ui.fx.I18n;
import golive.ui.fx.Nodes;
import golive.ui.fx.Reveal;
import golive.ui.fx.Tables;
import golive.ui.steps.StepPage;
import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextInputDialog;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.util.StringConverter;
import org.kordamp.ikonli.javafx.FontIcon;

import java.io.File;
import java.util.Optional;
import java.util.function.Function;

/**
 * The Reconcile view over {@link ReconcileViewModel}: the verdict in words, the count of every
 * bucket (those that fail first, each a button that shows its orders), the timeline chart, and
 * "Orders (Cart)": the cart's orders with their bucket, to import one that is missing or
 * acknowledge one handled by hand. FX thread only.
 */
public final class ReconcileView extends BorderPane {
    private final ReconcileViewModel vm;
    private final Runnable onBack;
    private Button back;
    private Button reconcile;
    private Button importMissing;
    private Button saveReport;
    private Button importOrder;
    private Button acknowledge;
    private FontIcon verdictIcon;
    private Label verdict;
    private Label window;
    private ProgressBar progress;
    private Label progressText;
    private FlowPane buckets;
    private TimelineChart chart;
    private Label chartEmpty;
    private ComboBox<String> show;
    private TableView<OrderRow> table;
    private Label zoneNote;

    public ReconcileView(ReconcileViewModel vm, Runnable onBack) {
        this.vm = vm;
        this.onBack = onBack;
        createParts();
        layoutParts();
        bind();
        wireActions();
    }

    private void createParts() {
        back = Nodes.button("reconcileBack", "reconcile.back.button", "fth-arrow-left");
        reconcile = Nodes.button("reconcileNow", "reconcile.run.button", "fth-refresh-cw", "accent");
        importMissing = Nodes.button("importMissing", "reconcile.importMissing.button", "fth-download");
        saveReport = Nodes.button("saveReport", "reconcile.report.button", "fth-file-text");
        importOrder = Nodes.button("importOrder", "reconcile.importOrder.button", "fth-download");
        acknowledge = Nodes.button("acknowledgeOrder", "reconcile.acknowledge.button", "fth-check-square");
        verdictIcon = Nodes.icon("fth-help-circle", null);
        verdictIcon.getStyleClass().add("gl-status-icon");
        verdict = Nodes.text("reconcileVerdict", null, "gl-verdict");
        window = Nodes.text("reconcileWindow", null, "gl-muted");
        progress = new ProgressBar(-1);
        Reveal.whenShown(progress);
        progress.setId("reconcileProgress");
        progress.setMaxWidth(Double.MAX_VALUE);
        progressText = Nodes.text("reconcileProgressText", null, "gl-muted");
        buckets = new FlowPane();
        buckets.setId("bucketCounts");
        buckets.getStyleClass().add("gl-buckets");
        chart = new TimelineChart();
        chartEmpty = Nodes.text("chartEmpty", "reconcile.chart.empty", "gl-muted");
        show = new ComboBox<>(javafx.collections.FXCollections.observableArrayList(ReconcileViewModel.shows()));
        show.setId("ordersShow");
        show.setConverter(new StringConverter<>() {
            @Override
            public String toString(String which) {
                if (which == null) {
                    return "";
                }
                Long n = vm.countOf(which);
                String name = which.equals(ReconcileViewModel.NEEDS_A_LOOK) || which.equals(ReconcileViewModel.ALL)
                        || which.equals(ReconcileViewModel.ATTENTION) ? I18n.t("reconcile.show." + which) : Bucket.fromId(which).label();
                return n == null ? name : I18n.t("reconcile.show.count", name, n);
            }

            @Override
            public String fromString(String s) {
                return null;
            }
        });
        zoneNote = Nodes.text("ordersZone", null, "gl-muted");
        table = new TableView<>(vm.rows());
        table.setId("cartOrders");
        table.getStyleClass().add("gl-orders-table");
        Tables.keepHeadersWhole(table);
        table.setPlaceholder(Nodes.text("noOrders", "reconcile.orders.none", "gl-muted"));
        table.getColumns().setAll(java.util.List.of(
                column("number", OrderRow::number, 8),
                column("created", OrderRow::created, 12),
                column("total", OrderRow::total, 6),
                column("cartStatus", OrderRow::cartStatus, 10),
                column("bucket", OrderRow::bucket, 9),
                column("detail", OrderRow::detail, 30),
                column("acknowledged", OrderRow::acknowledged, 12)));
    }

    private static TableColumn<OrderRow, String> column(String key, Function<OrderRow, String> value, double em) {
        return Tables.column("col-" + key, I18n.t("reconcile.column." + key), value, em);
    }

    private void layoutParts() {
        setId("reconcile");
        getStyleClass().add("gl-reconcile");
        Region grow = new Region();
        HBox.setHgrow(grow, Priority.ALWAYS);
        HBox bar = new HBox(back, grow);
        bar.getStyleClass().add("gl-nav");
        setBottom(bar);

        VBox head = new VBox(Nodes.label(null, "reconcile.eyebrow", "gl-eyebrow"), Nodes.label("reconcileTitle", "reconcile.title", "gl-title"),
                Nodes.text(null, "reconcile.lead", "gl-lead"));
        head.getStyleClass().add("gl-step-head");
        HBox verdictRow = new HBox(verdictIcon, new VBox(Nodes.label(null, "reconcile.verdict.label", "gl-eyebrow"), verdict, window));
        verdictRow.getStyleClass().add("gl-status-row");
        VBox verdictCard = StepPage.card("verdictCard", null, verdictRow, Nodes.actions(reconcile, importMissing, saveReport),
                progress, progressText,
                StepPage.banner("reconcileOutcome", vm.outcomeProperty(), StepPage.Tone.SUCCESS),
                StepPage.banner("reconcileError", vm.errorProperty(), StepPage.Tone.DANGER));
        verdictCard.getStyleClass().add("gl-card-hero");
        VBox bucketCard = StepPage.card("bucketCard", "reconcile.buckets.title", Nodes.text(null, "reconcile.buckets.help", "gl-muted"), buckets);
        VBox chartCard = StepPage.card("chartCard", "reconcile.chart.title", chart, chartEmpty);
        VBox ordersCard = StepPage.card("ordersCard", "reconcile.orders.title", StepPage.field("reconcile.show.label", show), zoneNote, table,
                Nodes.actions(importOrder, acknowledge));
        VBox page = new VBox(head, verdictCard, bucketCard, chartCard, ordersCard);
        page.getStyleClass().add("gl-step");
        ScrollPane scroll = Nodes.scroll(page);
        scroll.setFitToWidth(true);
        scroll.getStyleClass().add("gl-host");
        scroll.setId("reconcileHost");
        setCenter(scroll);
        Nodes.preventTruncation(page);
    }

    private void bind() {
        verdict.textProperty().bind(vm.verdictProperty());
        window.textProperty().bind(vm.windowProperty());
        window.visibleProperty().bind(vm.windowProperty().isNotEmpty());
        window.managedProperty().bind(window.visibleProperty());
        vm.cleanProperty().addListener((o, a, c) -> styleVerdict(c));
        styleVerdict(vm.cleanProperty().get());
        progress.visibleProperty().bind(vm.progressProperty().isNotEmpty());
        progress.managedProperty().bind(progress.visibleProperty());
        progressText.textProperty().bind(vm.progressProperty());
        progressText.visibleProperty().bind(vm.progressProperty().isNotEmpty());
        progressText.managedProperty().bind(progressText.visibleProperty());
        reconcile.disableProperty().bind(vm.busyProperty());
        importMissing.disableProperty().bind(vm.busyProperty().or(Bindings.createBooleanBinding(
                () -> vm.counts().stream().noneMatch(c -> c.bucket() == Bucket.MISSING && c.all() > c.acknowledged()), vm.counts())));
        saveReport.disableProperty().bind(vm.busyProperty().or(vm.cleanProperty().isNull()));
        var selected = table.getSelectionModel().selectedItemProperty();
        importOrder.disableProperty().bind(vm.busyProperty().or(Bindings.createBooleanBinding(
                () -> selected.get() == null || !selected.get().missing(), selected)));
        acknowledge.disableProperty().bind(vm.busyProperty().or(Bindings.createBooleanBinding(
                () -> selected.get() == null || selected.get().ackKind() == null || !selected.get().acknowledged().isEmpty(), selected)));
        show.valueProperty().bindBidirectional(vm.showProperty());
        vm.counts().addListener((ListChangeListener<ReconcileViewModel.BucketCount>) c -> renderBuckets());
        vm.timelineProperty().addListener((o, a, t) -> renderChart());
        zoneNote.textProperty().bind(Bindings.createStringBinding(() -> I18n.t("reconcile.orders.zone", vm.zoneProperty().get()),
                vm.zoneProperty()));
        vm.confirmationProperty().addListener((o, a, c) -> {
            if (c != null) {
                javafx.application.Platform.runLater(() -> confirm(c));
            }
        });
        renderBuckets();
        renderChart();
    }

    private void styleVerdict(Boolean clean) {
        verdict.getStyleClass().removeAll("gl-running", "gl-failing", "gl-stopped");
        verdict.getStyleClass().add(clean == null ? "gl-stopped" : clean ? "gl-running" : "gl-failing");
        verdictIcon.setIconLiteral(clean == null ? "fth-help-circle" : clean ? "fth-check-circle" : "fth-alert-octagon");
        verdictIcon.getStyleClass().removeAll("gl-success", "gl-danger", "gl-muted-icon");
        verdictIcon.getStyleClass().add(clean == null ? "gl-muted-icon" : clean ? "gl-success" : "gl-danger");
    }

    /** A button per bucket: its name, its count and, for those that fail, "fails" or "acknowledged" in words. */
    private void renderBuckets() {
        buckets.getChildren().setAll(vm.counts().stream().map(c -> {
            long open = c.all() - c.acknowledged();
            String state = !c.bucket().fails() ? I18n.t("reconcile.bucket.ok") : open > 0 ? I18n.t("reconcile.bucket.fails", open)
                    : c.all() > 0 ? I18n.t("reconcile.bucket.passesAcknowledged") : I18n.t("reconcile.bucket.passes");
            String ack = c.acknowledged() > 0 && open > 0 ? "\n" + I18n.t("reconcile.bucket.acknowledged", c.acknowledged()) : "";
            Button b = new Button(I18n.t("reconcile.bucket.text", c.bucket().label(), c.all(), state) + ack);
            b.setId("bucket-" + c.bucket().id());
            b.getStyleClass().add("gl-bucket");
            if (c.bucket().fails() && open > 0) {
                b.getStyleClass().add("gl-bucket-failing");
                b.setGraphic(Nodes.icon("fth-alert-octagon", null));
            }
            b.setOnAction(e -> vm.showProperty().set(c.bucket().id()));
            return b;
        }).toList());
        // the filter's labels carry the counts
        String current = show.getValue();
        show.setItems(javafx.collections.FXCollections.observableArrayList(ReconcileViewModel.shows()));
        show.setValue(current);
        Nodes.preventTruncation(buckets);
    }

    private void renderChart() {
        var t = vm.timelineProperty().get();
        chart.show(t, vm.zoneProperty().get());
        chart.setVisible(t != null);
        chart.setManaged(t != null);
        chartEmpty.setVisible(t == null);
        chartEmpty.setManaged(t == null);
    }

    private void wireActions() {
        back.setOnAction(e -> onBack.run());
        reconcile.setOnAction(e -> vm.reconcile());
        importMissing.setOnAction(e -> vm.importMissing());
        importOrder.setOnAction(e -> Optional.ofNullable(table.getSelectionModel().getSelectedItem()).ifPresent(vm::importOne));
        acknowledge.setOnAction(e -> Optional.ofNullable(table.getSelectionModel().getSelectedItem()).ifPresent(this::askAcknowledge));
        saveReport.setOnAction(e -> {
            FileChooser fc = new FileChooser();
            fc.setTitle(I18n.t("reconcile.report.title"));
            fc.setInitialFileName("go-live-report.pdf");
            fc.getExtensionFilters().addAll(new FileChooser.ExtensionFilter("PDF", "*.pdf"),
                    new FileChooser.ExtensionFilter("HTML", "*.html"));
            File f = fc.showSaveDialog(getScene().getWindow());
            if (f != null) {
                vm.saveReport(f.toPath());
            }
        });
    }

    private void askAcknowledge(OrderRow row) {
        reason("ackDialog", I18n.t("reconcile.acknowledge.title"), I18n.t("reconcile.acknowledge.header", row.number(), row.bucket()),
                I18n.t("reconcile.acknowledge.ok")).ifPresent(r -> vm.acknowledge(row, r));
    }

    /** The engine refused an order before 'Import Orders from' without a confirmation: ask for one, with a reason. */
    private void confirm(OrderRow row) {
        reason("confirmImportDialog", I18n.t("reconcile.confirm.title"), I18n.t("reconcile.confirm.header", row.number(), row.created(),
                vm.zoneProperty().get()), I18n.t("reconcile.confirm.ok")).ifPresentOrElse(r -> vm.importConfirmed(row, r), vm::cancelConfirmation);
    }

    /** A dialog asking why; OK only once a reason is written. */
    private Optional<String> reason(String id, String title, String header, String ok) {
        TextInputDialog d = new TextInputDialog();
        d.setTitle(title);
        d.setHeaderText(header);
        d.setContentText(I18n.t("reconcile.reason.label"));
        ButtonType okType = new ButtonType(ok, ButtonType.OK.getButtonData());
        d.getDialogPane().getButtonTypes().setAll(okType, ButtonType.CANCEL);
        d.getDialogPane().lookupButton(okType).disableProperty().bind(d.getEditor().textProperty().isEmpty());
        d.getEditor().setId(id + "Reason");
        Dialogs.styled(d, this, id);
        return d.showAndWait().map(String::strip).filter(s -> !s.isEmpty());
    }
}
