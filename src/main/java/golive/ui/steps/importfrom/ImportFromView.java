package golive.ui.steps.importfrom;

import golive.domain.DocType;
import golive.launch.Step;
import golive.ui.fx.I18n;
import golive.ui.fx.Nodes;
import golive.ui.steps.LockedNote;
import golive.ui.steps.StepPage;
import golive.ui.steps.WhenEditor;
import golive.ui.wizard.WizardViewModel;
import javafx.beans.binding.Bindings;
import javafx.collections.FXCollections;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;

import java.time.ZoneId;

/** Step 5's screen over {@link ImportFromViewModel}. FX thread only. */
public final class ImportFromView extends VBox {
    private final ImportFromViewModel vm;
    private final WizardViewModel wizard;
    private WhenEditor when;
    private TimelineView timeline;
    private Label window;
    private javafx.scene.control.Button showOrders;
    private VBox windowOrders;
    private CheckBox accept;
    private ComboBox<DocType> importAs;
    private Button save;

    public ImportFromView(ImportFromViewModel vm, WizardViewModel wizard) {
        this.vm = vm;
        this.wizard = wizard;
        createParts();
        layoutParts();
        bind();
        wireActions();
    }

    private void createParts() {
        when = new WhenEditor("importFrom", vm.when());
        timeline = new TimelineView(vm.boundaryProperty(), vm.windowCountProperty(), Bindings.createObjectBinding(
                () -> vm.when().resolvedProperty().get() == null ? ZoneId.of("UTC") : vm.when().resolvedProperty().get().getZone(),
                vm.when().resolvedProperty()));
        window = Nodes.text("windowText", null, "gl-count");
        showOrders = Nodes.button("showWindowOrders", "importFrom.window.show", "fth-list", "gl-small");
        windowOrders = new VBox();
        windowOrders.setId("windowOrders");
        accept = new CheckBox();
        accept.setId("acceptWindow");
        accept.setWrapText(true);
        importAs = new ComboBox<>(FXCollections.observableArrayList(DocType.values()));
        importAs.setId("importAs");
        importAs.setConverter(new StringConverter<>() {
            @Override
            public String toString(DocType d) {
                return d == null ? "" : I18n.t("importAs." + d.id());
            }

            @Override
            public DocType fromString(String s) {
                return null;
            }
        });
        save = Nodes.button("saveImportFrom", "importFrom.save.button", "fth-check", "accent");
    }

    private void layoutParts() {
        HBox actions = new HBox(save);
        actions.getStyleClass().add("gl-actions");
        VBox card = StepPage.card("importFromCard", "importFrom.card.title", when, timeline, window, Nodes.actions(showOrders),
                windowOrders, accept, actions);
        VBox asCard = StepPage.card("importAsCard", "importAs.card.title",
                StepPage.field("importAs.label", importAs, Nodes.text(null, "importAs.help", "gl-muted")));
        getChildren().add(new StepPage(Step.IMPORT_FROM, new LockedNote(wizard), card, asCard,
                StepPage.banner("importFromSaved", vm.savedTextProperty(), StepPage.Tone.SUCCESS),
                StepPage.banner("importFromNotDone", vm.notDoneTextProperty(), StepPage.Tone.WARNING),
                StepPage.banner("importFromError", vm.errorProperty(), StepPage.Tone.DANGER)));
    }

    private void bind() {
        when.lock(vm.lockedProperty());
        window.textProperty().bind(vm.windowTextProperty());
        // the count names its orders on request
        showOrders.visibleProperty().bind(Bindings.createBooleanBinding(() -> vm.windowCountProperty().get() != null
                && vm.windowCountProperty().get() > 0 && vm.windowOrders().isEmpty(), vm.windowCountProperty(), vm.windowOrders()));
        showOrders.getParent().visibleProperty().bind(showOrders.visibleProperty());
        showOrders.getParent().managedProperty().bind(showOrders.visibleProperty());
        Nodes.bindLines(windowOrders, vm.windowOrders(), "gl-check-detail");
        accept.selectedProperty().bindBidirectional(vm.acceptProperty());
        accept.visibleProperty().bind(vm.acceptNeededProperty());
        accept.managedProperty().bind(accept.visibleProperty());
        accept.textProperty().bind(Bindings.createStringBinding(() -> vm.boundaryProperty().get().isGap()
                ? I18n.t("importFrom.accept.gap") : I18n.t("importFrom.accept.overlap"), vm.boundaryProperty()));
        accept.disableProperty().bind(vm.lockedProperty());
        importAs.valueProperty().bindBidirectional(vm.importAsProperty());
        save.disableProperty().bind(vm.canSaveProperty().not());
    }

    private void wireActions() {
        showOrders.setOnAction(e -> vm.showWindowOrders());
        save.setOnAction(e -> vm.save());
    }
}
