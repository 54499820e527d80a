package golive.ui.steps.test;

import golive.cart.CheckResult;
import golive.launch.Step;
import golive.ui.fx.Nodes;
import golive.ui.fx.Reveal;
import golive.ui.steps.StepPage;
import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;

/** Step 2's screen over {@link TestViewModel}. FX thread only. */
public final class TestView extends VBox {
    private final TestViewModel vm;
    private Button test;
    private Button cancel;
    private ProgressIndicator progress;
    private Label summary;
    private VBox checkList;
    private Label zone;
    private Label currency;

    public TestView(TestViewModel vm) {
        this.vm = vm;
        createParts();
        layoutParts();
        bind();
        wireActions();
    }

    private void createParts() {
        test = Nodes.button("runTest", "test.run.button", "fth-activity", "accent");
        cancel = Nodes.button("cancelTest", "test.cancel.button", "fth-x");
        progress = new ProgressIndicator(-1);
        Reveal.whenShown(progress);
        progress.setId("testProgress");
        progress.getStyleClass().add("gl-spinner");
        summary = Nodes.text("testSummary", null, "gl-summary");
        checkList = new VBox();
        checkList.setId("checks");
        checkList.getStyleClass().add("gl-check-list");
        zone = Nodes.label("storeZone", null, "gl-fact-value");
        currency = Nodes.label("storeCurrency", null, "gl-fact-value");
    }

    private void layoutParts() {
        // the summary on a line of its own: in the buttons' row its whole sentence would be the row's narrowest width
        var run = new VBox(Nodes.actions(test, cancel, progress), summary);
        run.getStyleClass().add("gl-stack");
        GridPane facts = new GridPane();
        facts.getStyleClass().add("gl-facts");
        facts.addRow(0, Nodes.label(null, "test.zone.label", "gl-fact-label"), zone);
        facts.addRow(1, Nodes.label(null, "test.currency.label", "gl-fact-label"), currency);
        VBox store = StepPage.card("storeFacts", "test.store.title", facts);
        store.getStyleClass().add("gl-card-aside");
        VBox checks = StepPage.card("checksCard", "test.checks.title", run, checkList);
        golive.ui.fx.Columns columns = new golive.ui.fx.Columns(checks, store);
        getChildren().add(new StepPage(Step.TEST, columns,
                StepPage.banner("testFailure", vm.failureProperty(), StepPage.Tone.DANGER),
                StepPage.banner("testError", vm.errorProperty(), StepPage.Tone.DANGER)));
    }

    private void bind() {
        test.disableProperty().bind(vm.canTestProperty().not());
        progress.visibleProperty().bind(vm.busyProperty());
        progress.managedProperty().bind(vm.busyProperty());
        cancel.visibleProperty().bind(vm.busyProperty());
        cancel.managedProperty().bind(vm.busyProperty());
        summary.textProperty().bind(vm.summaryProperty());
        zone.textProperty().bind(Bindings.when(vm.storeZoneProperty().isEmpty()).then("—").otherwise(vm.storeZoneProperty()));
        currency.textProperty().bind(Bindings.when(vm.currencyProperty().isEmpty()).then("—").otherwise(vm.currencyProperty()));
        vm.checks().addListener((ListChangeListener<CheckRow>) c -> render());
        render();
    }

    private void render() {
        checkList.getChildren().setAll(vm.checks().stream().map(TestView::row).toList());
    }

    private static HBox row(CheckRow c) {
        String tone = c.outcome() == CheckResult.Outcome.PASS ? "success" : c.outcome() == CheckResult.Outcome.WARN ? "warning" : "danger";
        FontIcon icon = new FontIcon(c.outcome() == CheckResult.Outcome.PASS ? "fth-check-circle"
                : c.outcome() == CheckResult.Outcome.WARN ? "fth-alert-triangle" : "fth-x-circle");
        icon.getStyleClass().addAll("gl-icon", "gl-" + tone);
        icon.setAccessibleText(c.outcomeText());
        Label outcome = Nodes.label("check-" + c.id() + "-outcome", null, "gl-pill", "gl-pill-" + tone);
        outcome.setText(c.outcomeText());
        outcome.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE); // the detail wraps; the badge keeps its word
        Label name = Nodes.text(null, null, "gl-check-name");
        name.setText(c.name());
        Label detail = Nodes.text("check-" + c.id() + "-detail", null, "gl-check-detail");
        detail.setText(c.detail());
        VBox text = new VBox(name, detail);
        HBox.setHgrow(text, Priority.ALWAYS);
        HBox row = new HBox(icon, text, outcome);
        row.setId("check-" + c.id());
        row.getStyleClass().add("gl-check");
        return row;
    }

    private void wireActions() {
        test.setOnAction(e -> vm.test());
        cancel.setOnAction(e -> vm.cancel());
    }
}
