package golive.ui.steps;

import golive.ui.fx.I18n;
import golive.ui.fx.Nodes;
import golive.ui.wizard.WizardViewModel;
import javafx.beans.binding.Bindings;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextInputDialog;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

/**
 * Shown on steps 1, 3 and 5 once the plan is locked (the first import from the cart): the values
 * are read-only, and this says why and offers the audited reset. FX thread only.
 */
public final class LockedNote extends VBox {

    public LockedNote(WizardViewModel wizard) {
        setId("lockedNote");
        getStyleClass().addAll("gl-banner", "gl-banner-warning");
        Label text = Nodes.text("lockedText", null, "gl-banner-text");
        text.textProperty().bind(Bindings.createStringBinding(() -> wizard.snapshot().locked()
                ? I18n.t("locked.text", golive.launch.WallTime.show(wizard.snapshot().plan().lockedAt(), wizard.snapshot().plan().cutoffZone()))
                : "", wizard.snapshotProperty()));
        Button reset = Nodes.button("resetPlan", "locked.reset.button", "fth-unlock");
        reset.setOnAction(e -> askReason(wizard));
        HBox head = new HBox(Nodes.icon("fth-lock", "locked.icon"), Nodes.text(null, "locked.title", "gl-banner-word"));
        head.getStyleClass().add("gl-inline");
        getChildren().addAll(head, text, Nodes.actions(reset));
        getStyleClass().add("gl-locked");
        visibleProperty().bind(Bindings.createBooleanBinding(() -> wizard.snapshot().locked(), wizard.snapshotProperty()));
        managedProperty().bind(visibleProperty());
    }

    private void askReason(WizardViewModel wizard) {
        TextInputDialog d = new TextInputDialog();
        d.setTitle(I18n.t("locked.reset.title"));
        d.setHeaderText(I18n.t("locked.reset.header"));
        d.setContentText(I18n.t("locked.reset.reason"));
        golive.ui.fx.Dialogs.styled(d, this, "resetPlanDialog");
        d.showAndWait().map(String::strip).filter(r -> !r.isEmpty()).ifPresent(wizard::resetPlan);
    }
}
