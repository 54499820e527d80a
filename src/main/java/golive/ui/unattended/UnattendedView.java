package golive.ui.unattended;

import golive.ui.fx.I18n;
import golive.ui.fx.Nodes;
import golive.ui.steps.StepPage;
import javafx.collections.FXCollections;
import javafx.scene.control.Button;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import atlantafx.base.controls.ToggleSwitch;

/**
 * Two cards for step 6 over {@link UnattendedViewModel}: "Keep syncing when this window is closed"
 * (the background service) and "Notifications" (e-mail). FX thread only.
 */
public final class UnattendedView extends VBox {
    private final UnattendedViewModel vm;
    private ToggleSwitch keepSyncing;
    private Label switchText;
    private Label serviceText;
    private Label serviceNote;
    private TextField to;
    private TextField host;
    private TextField port;
    private TextField user;
    private PasswordField password;
    private ChoiceBox<String> security;
    private TextField failAfter;
    private Label emailText;
    private Button save;
    private Button test;
    private Button off;

    public UnattendedView(UnattendedViewModel vm) {
        this.vm = vm;
        createParts();
        layoutParts();
        bind();
        wireActions();
    }

    private void createParts() {
        // the sentence is a wrapping label beside the switch: a switch's own text never wraps and would widen the step at 200 %
        keepSyncing = new ToggleSwitch();
        keepSyncing.setId("keepSyncing");
        keepSyncing.setAccessibleText(I18n.t("unattended.switch"));
        switchText = Nodes.text("keepSyncingText", "unattended.switch", "gl-field-label");
        switchText.setLabelFor(keepSyncing);
        serviceText = Nodes.text("serviceState", null, "gl-muted");
        serviceNote = Nodes.text("serviceNote", null, "gl-muted");
        to = field("notifyTo");
        host = field("smtpHost");
        port = field("smtpPort");
        user = field("smtpUser");
        password = new PasswordField();
        password.setId("smtpPassword");
        security = new ChoiceBox<>(FXCollections.observableArrayList(UnattendedViewModel.SECURITY));
        security.setId("smtpSecurity");
        security.setConverter(new StringConverter<>() {
            @Override
            public String toString(String s) {
                return s == null ? "" : I18n.t("unattended.email.security." + s);
            }

            @Override
            public String fromString(String s) {
                return null;
            }
        });
        failAfter = field("failAfter");
        emailText = Nodes.text("notifyState", null, "gl-muted");
        save = Nodes.button("saveNotify", "unattended.email.save", "fth-save", "accent");
        test = Nodes.button("testNotify", "unattended.email.test", "fth-send");
        off = Nodes.button("notifyOff", "unattended.email.offButton", "fth-bell-off");
    }

    private static TextField field(String id) {
        TextField f = new TextField();
        f.setId(id);
        return f;
    }

    private void layoutParts() {
        HBox switchRow = new HBox(keepSyncing, switchText);
        switchRow.getStyleClass().add("gl-switch-row");
        HBox.setHgrow(switchText, Priority.ALWAYS);
        VBox serviceCard = StepPage.card("serviceCard", "unattended.title", Nodes.text(null, "unattended.body", "gl-muted"),
                switchRow, serviceText, serviceNote);
        // one field under another: at 200 % a row of them would widen the step
        VBox notifyCard = StepPage.card("notifyCard", "unattended.email.title", Nodes.text(null, "unattended.email.body", "gl-muted"),
                field("unattended.email.to", to), StepPage.field("unattended.email.host", host), field("unattended.email.port", port),
                StepPage.field("unattended.email.security", security), field("unattended.email.user", user),
                field("unattended.email.password", password), field("unattended.email.failAfter", failAfter), Nodes.actions(save, test, off), emailText,
                StepPage.banner("unattendedError", vm.errorProperty(), StepPage.Tone.DANGER));
        getChildren().addAll(serviceCard, notifyCard);
        getStyleClass().add("gl-cards");
    }

    /** A form field with its hint below, wrapped (the label stays short, so nothing is cut at 200 %). */
    private static VBox field(String key, javafx.scene.Node control) {
        return StepPage.field(key, control, Nodes.text(null, key + ".hint", "gl-muted"));
    }

    private void bind() {
        serviceText.textProperty().bind(vm.serviceTextProperty());
        serviceNote.textProperty().bind(vm.serviceNoteProperty());
        serviceNote.visibleProperty().bind(vm.serviceNoteProperty().isNotEmpty());
        serviceNote.managedProperty().bind(serviceNote.visibleProperty());
        emailText.textProperty().bind(vm.emailTextProperty());
        to.textProperty().bindBidirectional(vm.toProperty());
        host.textProperty().bindBidirectional(vm.hostProperty());
        port.textProperty().bindBidirectional(vm.portProperty());
        user.textProperty().bindBidirectional(vm.userProperty());
        password.textProperty().bindBidirectional(vm.passwordProperty());
        security.valueProperty().bindBidirectional(vm.securityProperty());
        failAfter.textProperty().bindBidirectional(vm.failAfterMinutesProperty());
        if (vm.serviceAvailable()) {
            keepSyncing.disableProperty().bind(vm.busyProperty());
        } else {
            keepSyncing.setDisable(true);
        }
        save.disableProperty().bind(vm.busyProperty().or(vm.toProperty().isEmpty()).or(vm.hostProperty().isEmpty()));
        test.disableProperty().bind(vm.busyProperty());
        off.disableProperty().bind(vm.busyProperty());
        keepSyncing.setSelected(vm.installedProperty().get());
        vm.installedProperty().addListener((o, a, on) -> keepSyncing.setSelected(on));
        // an install that failed puts the switch back where the service is
        vm.busyProperty().addListener((o, was, now) -> keepSyncing.setSelected(vm.installedProperty().get()));
    }

    private void wireActions() {
        // only a person's flip acts: the model's own update sets the same value and is ignored
        keepSyncing.selectedProperty().addListener((o, a, on) -> {
            if (on != vm.installedProperty().get()) {
                vm.keepSyncing(on);
            }
        });
        save.setOnAction(e -> vm.saveEmail());
        test.setOnAction(e -> vm.sendTest());
        off.setOnAction(e -> vm.emailOff());
    }
}
