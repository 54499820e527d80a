package golive.ui.steps.cutoff;

import golive.launch.Step;
import golive.ui.fx.Nodes;
import golive.ui.fx.Reveal;
import golive.ui.steps.LockedNote;
import golive.ui.steps.StepPage;
import golive.ui.steps.WhenEditor;
import golive.ui.wizard.WizardViewModel;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

/** Step 3's screen over {@link CutoffViewModel}. FX thread only. */
public final class CutoffView extends VBox {
    private final CutoffViewModel vm;
    private final WizardViewModel wizard;
    private WhenEditor when;
    private Label sentence;
    private Label count;
    private ProgressIndicator counting;
    private Button confirm;

    public CutoffView(CutoffViewModel vm, WizardViewModel wizard) {
        this.vm = vm;
        this.wizard = wizard;
        createParts();
        layoutParts();
        bind();
        wireActions();
    }

    private void createParts() {
        when = new WhenEditor("cutoff", vm.when());
        sentence = Nodes.text("cutoffSentence", null, "gl-sentence");
        count = Nodes.text("cutoffCount", null, "gl-count");
        counting = new ProgressIndicator(-1);
        Reveal.whenShown(counting);
        counting.getStyleClass().add("gl-spinner");
        confirm = Nodes.button("confirmCutoff", "cutoff.confirm.button", "fth-check", "accent");
    }

    private void layoutParts() {
        HBox countRow = new HBox(counting, count);
        countRow.getStyleClass().add("gl-inline");
        HBox actions = new HBox(confirm);
        actions.getStyleClass().add("gl-actions");
        VBox card = StepPage.card("cutoffCard", "cutoff.card.title", when, sentence, countRow, actions);
        getChildren().add(new StepPage(Step.CUTOFF, new LockedNote(wizard), card,
                StepPage.banner("cutoffConfirmed", vm.confirmedTextProperty(), StepPage.Tone.SUCCESS),
                StepPage.banner("cutoffError", vm.errorProperty(), StepPage.Tone.DANGER)));
    }

    private void bind() {
        when.lock(vm.lockedProperty());
        sentence.textProperty().bind(vm.sentenceProperty());
        count.textProperty().bind(vm.countProperty());
        counting.visibleProperty().bind(vm.countingProperty());
        counting.managedProperty().bind(vm.countingProperty());
        confirm.disableProperty().bind(vm.canConfirmProperty().not());
    }

    private void wireActions() {
        confirm.setOnAction(e -> vm.confirm());
    }
}
