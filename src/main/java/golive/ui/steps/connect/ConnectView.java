package golive.ui.steps.connect;

import golive.cart.CartConfig;
import golive.domain.CartKind;
import golive.launch.Step;
import golive.ui.fx.Dialogs;
import golive.ui.fx.I18n;
import golive.ui.fx.Nodes;
import golive.ui.steps.LockedNote;
import golive.ui.steps.StepPage;
import golive.ui.wizard.WizardViewModel;
import javafx.beans.binding.Bindings;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.controlsfx.validation.ValidationResult;
import org.controlsfx.validation.ValidationSupport;
import org.controlsfx.validation.Validator;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Step 1's screen over {@link ConnectViewModel}. FX thread only. */
public final class ConnectView extends VBox {
    private final ConnectViewModel vm;
    private final WizardViewModel wizard;
    private ComboBox<CartKind> kind;
    private TextField url;
    private Label urlProblem;
    private final Map<String, SecretField> secrets = new LinkedHashMap<>();
    private final Map<String, VBox> secretRows = new LinkedHashMap<>();
    private Label credentialProblem;
    private CheckBox useAlternative;
    private Label help;
    private Button save;
    private Button disconnect;
    private final ValidationSupport validation = new ValidationSupport();

    public ConnectView(ConnectViewModel vm, WizardViewModel wizard) {
        this.vm = vm;
        this.wizard = wizard;
        createParts();
        layoutParts();
        bind();
        wireActions();
    }

    private void createParts() {
        kind = new ComboBox<>(vm.kindsProperty());
        kind.setId("cartKind");
        kind.setConverter(new StringConverter<>() {
            @Override
            public String toString(CartKind k) {
                return k == null ? "" : I18n.t("cart." + k.id());
            }

            @Override
            public CartKind fromString(String s) {
                return null;
            }
        });
        kind.setMaxWidth(Double.MAX_VALUE);
        url = new TextField();
        url.setId("storeUrl");
        urlProblem = Nodes.text("storeUrlProblem", null, "gl-field-error");
        for (String name : List.of(CartConfig.KEY, CartConfig.SECRET, CartConfig.TOKEN, CartConfig.TOKEN_SECRET)) {
            secrets.put(name, new SecretField(name, vm.secretProperty(name)));
        }
        credentialProblem = Nodes.text("credentialProblem", null, "gl-field-error");
        useAlternative = new CheckBox();
        useAlternative.setId("useAlternativeCredential");
        useAlternative.setWrapText(true);
        useAlternative.setMinWidth(0);
        help = Nodes.text("cartHelp", null, "gl-help");
        save = Nodes.button("saveCart", "connect.save.button", "fth-save", "accent");
        disconnect = Nodes.button("disconnectCart", "connect.disconnect.button", "fth-log-out");
        save.setDefaultButton(true);
    }

    private void layoutParts() {
        VBox form = StepPage.card("connectForm", "connect.card.title",
                StepPage.field("connect.kind.label", kind),
                StepPage.field("connect.url.label", url, urlProblem));
        secrets.forEach((name, field) -> {
            VBox row = StepPage.field("connect.secret." + name + ".label", field);
            secretRows.put(name, row);
            form.getChildren().add(row);
        });
        form.getChildren().addAll(credentialProblem, useAlternative);
        var actions = Nodes.actions(save, disconnect); // wraps at 200 % rather than widening the step
        form.getChildren().add(actions);
        VBox helpCard = StepPage.card("helpCard", "connect.help.title", help);
        helpCard.getStyleClass().add("gl-card-aside");
        golive.ui.fx.Columns columns = new golive.ui.fx.Columns(form, helpCard);
        getChildren().add(new StepPage(Step.CONNECT, new LockedNote(wizard), columns,
                StepPage.banner("connectMessage", vm.messageProperty(), StepPage.Tone.SUCCESS),
                StepPage.banner("connectError", vm.errorProperty(), StepPage.Tone.DANGER)));
    }

    private void bind() {
        kind.valueProperty().bindBidirectional(vm.kindProperty());
        url.textProperty().bindBidirectional(vm.urlProperty());
        url.promptTextProperty().bind(Bindings.createStringBinding(vm::urlPrompt, vm.kindProperty()));
        urlProblem.textProperty().bind(Bindings.createStringBinding(
                () -> url.getText().isBlank() ? "" : ConnectViewModel.validateUrl(url.getText()), url.textProperty()));
        urlProblem.visibleProperty().bind(urlProblem.textProperty().isNotEmpty());
        urlProblem.managedProperty().bind(urlProblem.visibleProperty());
        secretRows.forEach((name, row) -> {
            row.visibleProperty().bind(Bindings.createBooleanBinding(() -> vm.requiredProperty().contains(name), vm.requiredProperty()));
            row.managedProperty().bind(row.visibleProperty());
        });
        secretRows.forEach((name, row) -> {
            Label label = (Label) row.getChildren().get(0);
            label.textProperty().bind(Bindings.createStringBinding(() -> vm.label(name), vm.kindProperty()));
            secrets.get(name).prompt(Bindings.createStringBinding(() -> vm.prompt(name), vm.kindProperty()));
        });
        credentialProblem.textProperty().bind(vm.credentialProblemProperty());
        credentialProblem.visibleProperty().bind(credentialProblem.textProperty().isNotEmpty());
        credentialProblem.managedProperty().bind(credentialProblem.visibleProperty());
        useAlternative.selectedProperty().bindBidirectional(vm.alternativeProperty());
        useAlternative.textProperty().bind(Bindings.createStringBinding(vm::alternativeLabel, vm.kindProperty()));
        useAlternative.visibleProperty().bind(vm.hasAlternativeProperty());
        useAlternative.managedProperty().bind(useAlternative.visibleProperty());
        useAlternative.disableProperty().bind(vm.lockedProperty());
        help.textProperty().bind(vm.helpProperty());
        save.disableProperty().bind(vm.canSaveProperty().not());
        disconnect.visibleProperty().bind(Bindings.createBooleanBinding(vm::connected, wizard.snapshotProperty()));
        disconnect.managedProperty().bind(disconnect.visibleProperty());
        disconnect.disableProperty().bind(vm.busyProperty());
        for (javafx.scene.Node n : List.of(kind, url)) {
            n.disableProperty().bind(vm.lockedProperty());
        }
        secrets.values().forEach(f -> f.disableProperty().bind(vm.lockedProperty()));
        validation.registerValidator(url, false, (Validator<String>) (c, v) -> {
            String p = v == null || v.isBlank() ? "" : ConnectViewModel.validateUrl(v);
            return ValidationResult.fromErrorIf(c, p, !p.isEmpty());
        });
        secrets.forEach((name, f) -> validation.registerValidator(f.masked, false, (Validator<String>) (c, v) -> {
            String p = vm.validateSecret(name);
            return ValidationResult.fromErrorIf(c, p, !p.isEmpty());
        }));
    }

    private void wireActions() {
        save.setOnAction(e -> vm.save());
        disconnect.setOnAction(e -> {
            if (Dialogs.confirm(this, "disconnectConfirm", I18n.t("connect.disconnect.title"), I18n.t("connect.disconnect.header"),
                    I18n.t("connect.disconnect.body"), I18n.t("connect.disconnect.ok"))) {
                vm.disconnect();
            }
        });
    }
}
