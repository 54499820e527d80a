package golive.ui.steps.openorders;

import golive.launch.Step;
import golive.store.OpenOrdersStore;
import golive.ui.fx.Background;
import golive.ui.fx.I18n;
import golive.ui.fx.Nodes;
import golive.ui.fx.Reveal;
import golive.ui.fx.UserError;
import golive.ui.steps.StepPage;
import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.stage.FileChooser;

import java.io.File;
import java.nio.file.Path;

/** Step 4's screen over {@link OpenOrdersViewModel}. FX thread only. */
public final class OpenOrdersView extends VBox {
    private final OpenOrdersViewModel vm;
    private VBox drop;
    private Button choose;
    private Button map;
    private Button importFile;
    private ProgressBar progress;
    private Label progressText;
    private TableView<String[]> facts;
    private TableView<String[]> orders;
    private VBox problems;
    private Label check;
    private javafx.scene.control.ToggleButton findingsToggle;
    private VBox findingList;
    private VBox batchList;
    private TextField reason;
    private Button none;

    public OpenOrdersView(OpenOrdersViewModel vm) {
        this.vm = vm;
        createParts();
        layoutParts();
        bind();
        wireActions();
    }

    private void createParts() {
        choose = Nodes.button("chooseFile", "openOrders.choose.button", "fth-file-plus");
        map = Nodes.button("mapColumns", "openOrders.map.button", "fth-columns");
        importFile = Nodes.button("importFile", "openOrders.import.button", "fth-upload", "accent");
        progress = new ProgressBar(-1);
        Reveal.whenShown(progress);
        progress.setId("importProgress");
        progress.setMaxWidth(Double.MAX_VALUE);
        progressText = Nodes.text("importProgressText", null, "gl-muted");
        drop = new VBox(Nodes.icon("fth-upload-cloud", null), Nodes.text("dropHint", "openOrders.drop.hint", "gl-drop-text"), choose);
        drop.setId("dropZone");
        drop.getStyleClass().add("gl-drop");
        facts = new TableView<>(vm.facts());
        facts.setId("previewTable");
        facts.getColumns().add(column(I18n.t("openOrders.fact.column"), r -> r[0]));
        facts.getColumns().add(column(I18n.t("openOrders.value.column"), r -> r[1]));
        problems = new VBox();
        problems.setId("problemList");
        problems.getStyleClass().add("gl-problem-list");
        facts.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        facts.getStyleClass().add("gl-table");
        orders = new TableView<>(vm.orders());
        orders.setId("ordersPreview");
        String[] titles = {"openOrders.orders.number", "openOrders.orders.created", "openOrders.orders.total"};
        for (int i = 0; i < titles.length; i++) {
            int col = i;
            orders.getColumns().add(column(I18n.t(titles[i]), r -> r[col]));
        }
        orders.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        orders.getStyleClass().add("gl-table");
        orders.setPlaceholder(Nodes.text(null, "openOrders.orders.empty", "gl-muted"));
        orders.setPrefHeight(javafx.scene.layout.Region.USE_COMPUTED_SIZE);
        check = Nodes.text("cartCheck", null, "gl-muted");
        findingsToggle = new javafx.scene.control.ToggleButton(I18n.t("openOrders.findings.show"));
        findingsToggle.setId("showFindings");
        findingsToggle.getStyleClass().add("gl-small");
        findingList = new VBox();
        findingList.setId("findings");
        batchList = new VBox();
        batchList.setId("batches");
        reason = new TextField();
        reason.setId("noneReason");
        reason.setPromptText(I18n.t("openOrders.none.prompt"));
        none = Nodes.button("declareNone", "openOrders.none.button", "fth-slash");
    }

    private static <T> TableColumn<T, String> column(String title, java.util.function.Function<T, String> value) {
        TableColumn<T, String> c = new TableColumn<>(title);
        c.setCellValueFactory(d -> new ReadOnlyStringWrapper(value.apply(d.getValue())));
        c.setSortable(false);
        return c;
    }

    private void layoutParts() {
        var actions = Nodes.actions(map, importFile);
        VBox fileCard = StepPage.card("fileCard", "openOrders.file.title", drop, facts, orders, problems, check, findingsToggle,
                findingList, actions, progress, progressText);
        VBox noneRow = new VBox(reason, Nodes.actions(none));
        noneRow.getStyleClass().add("gl-field");
        VBox noneCard = StepPage.card("noneCard", "openOrders.none.title", Nodes.text(null, "openOrders.none.help", "gl-muted"), noneRow);
        VBox batchCard = StepPage.card("batchCard", "openOrders.batches.title", batchList);
        getChildren().add(new StepPage(Step.OPEN_ORDERS, fileCard, noneCard, batchCard,
                StepPage.banner("openOrdersResult", vm.resultProperty(), StepPage.Tone.SUCCESS),
                StepPage.banner("openOrdersError", vm.errorProperty(), StepPage.Tone.DANGER)));
    }

    private void bind() {
        facts.visibleProperty().bind(Bindings.isNotEmpty(vm.facts()));
        facts.managedProperty().bind(facts.visibleProperty());
        problems.visibleProperty().bind(Bindings.isNotEmpty(vm.problems()));
        problems.managedProperty().bind(problems.visibleProperty());
        vm.problems().addListener((ListChangeListener<ProblemRow>) c -> renderProblems());
        check.textProperty().bind(vm.checkTextProperty());
        // every count names its orders, on request
        findingsToggle.visibleProperty().bind(javafx.beans.binding.Bindings.isNotEmpty(vm.findings()));
        findingsToggle.managedProperty().bind(findingsToggle.visibleProperty());
        findingsToggle.selectedProperty().addListener((o, a, on) -> findingsToggle.setText(I18n.t(on ? "openOrders.findings.hide" : "openOrders.findings.show")));
        findingList.visibleProperty().bind(findingsToggle.selectedProperty().and(findingsToggle.visibleProperty()));
        findingList.managedProperty().bind(findingList.visibleProperty());
        Nodes.bindLines(findingList, vm.findings(), "gl-check-detail");
        map.visibleProperty().bind(vm.needsMappingProperty());
        map.managedProperty().bind(map.visibleProperty());
        importFile.disableProperty().bind(vm.canImportProperty().not());
        progress.visibleProperty().bind(vm.busyProperty());
        progress.managedProperty().bind(vm.busyProperty());
        progressText.textProperty().bind(vm.progressTextProperty());
        reason.textProperty().bindBidirectional(vm.reasonProperty());
        this.none.disableProperty().bind(vm.canDeclareNoneProperty().not());
        vm.batches().addListener((ListChangeListener<OpenOrdersStore.Batch>) c -> renderBatches());
        renderBatches();
    }

    /** Each problem with its line and column, in words: "Error · line 3 · column created_at", then what is wrong. */
    private void renderProblems() {
        problems.getChildren().setAll(vm.problems().stream().map(p -> {
            Label where = Nodes.text(null, null, "gl-problem-where");
            where.setText(I18n.t("openOrders.problem.where", p.severity(), p.line(), p.column()));
            Label what = Nodes.text(null, null, "gl-problem-what");
            what.setText(p.message());
            VBox row = new VBox(where, what);
            row.getStyleClass().addAll("gl-problem", p.severity().equals(I18n.t("openOrders.problem.error")) ? "gl-problem-error" : "gl-problem-warning");
            return row;
        }).toList());
    }

    private void renderBatches() {
        batchList.getChildren().clear();
        if (vm.batches().isEmpty()) {
            batchList.getChildren().add(Nodes.text("noBatches", "openOrders.batches.empty", "gl-muted"));
        }
        for (OpenOrdersStore.Batch b : vm.batches()) {
            Label text = Nodes.text("batch-" + b.id(), null, "gl-batch");
            text.setText(b.isNone() ? I18n.t("openOrders.batch.none", b.reason())
                    : I18n.t("openOrders.batch.file", b.id(), b.fileName(), b.orderCount()));
            HBox row = new HBox(Nodes.icon(b.isNone() ? "fth-slash" : "fth-file-text", null), text);
            HBox.setHgrow(text, Priority.ALWAYS);
            if (!b.isNone()) {
                Button undo = Nodes.button("undo-" + b.id(), "openOrders.undo.button", "fth-rotate-ccw");
                undo.disableProperty().bind(vm.busyProperty());
                undo.setOnAction(e -> vm.undo(b.id()));
                row.getChildren().add(undo);
            }
            row.getStyleClass().add("gl-batch-row");
            batchList.getChildren().add(row);
        }
    }

    private void wireActions() {
        choose.setOnAction(e -> {
            FileChooser fc = new FileChooser();
            fc.setTitle(I18n.t("openOrders.choose.title"));
            fc.getExtensionFilters().add(new FileChooser.ExtensionFilter("CSV", "*.csv", "*.txt"));
            vm.wizard().fileFolder().ifPresent(fc::setInitialDirectory);
            File f = fc.showOpenDialog(getScene().getWindow());
            if (f != null) {
                vm.fileProperty().set(f.toPath());
            }
        });
        drop.setOnDragOver(e -> {
            if (e.getDragboard().hasFiles()) {
                e.acceptTransferModes(TransferMode.COPY);
            }
            e.consume();
        });
        drop.setOnDragDropped(e -> {
            boolean ok = e.getDragboard().hasFiles() && !e.getDragboard().getFiles().isEmpty();
            if (ok) {
                vm.fileProperty().set(e.getDragboard().getFiles().get(0).toPath());
            }
            e.setDropCompleted(ok);
            e.consume();
        });
        importFile.setOnAction(e -> vm.importFile());
        none.setOnAction(e -> vm.declareNone());
        map.setOnAction(e -> openMapping());
    }

    /** The file to preview, as if chosen or dropped. */
    public void choose(Path csv) {
        vm.fileProperty().set(csv);
    }

    /** Reads the header off the FX thread, then asks which column holds what. */
    private void openMapping() {
        Path csv = vm.fileProperty().get();
        Background bg = vm.wizard().background();
        bg.run(null, () -> ColumnMappingModel.readHeader(csv), header -> {
            ColumnMappingModel model = new ColumnMappingModel(header);
            if (ColumnMappingDialog.show(this, model)) {
                Path db = vm.wizard().databasePath();
                Path folder = (db == null ? Path.of(System.getProperty("java.io.tmpdir")) : db.toAbsolutePath().getParent()).resolve("mappings");
                bg.run(null, () -> model.save(folder, csv.getFileName().toString()), vm::useMapping, this::alert);
            }
        }, this::alert);
    }

    private void alert(Throwable err) {
        javafx.scene.control.Alert a = new javafx.scene.control.Alert(javafx.scene.control.Alert.AlertType.ERROR, UserError.of(err));
        golive.ui.fx.Dialogs.styled(a, this, "mappingError").show();
    }
}
