package golive.ui.shared;

import golive.store.StoreTarget;
import golive.ui.fx.Dialogs;
import golive.ui.fx.I18n;
import javafx.beans.binding.Bindings;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.stage.FileChooser;

import java.io.File;
import java.util.Optional;

/**
 * File › Open › a shared database: the server's address, the user and password, and the key file the
 * team shares. Code-only, built in the STYLE.md order. FX thread only.
 */
public final class SharedDatabaseDialog {
    private final SharedDatabaseViewModel vm;
    private final Dialog<ButtonType> dialog = new Dialog<>();
    private final ButtonType open = new ButtonType(I18n.t("shared.open"), ButtonType.OK.getButtonData());
    private TextField url;
    private TextField user;
    private PasswordField password;
    private TextField keyFile;
    private Button chooseKey;
    private Label problem;

    public SharedDatabaseDialog(SharedDatabaseViewModel vm) {
        this.vm = vm;
        createParts();
        layoutParts();
        bind();
        wireActions();
    }

    /** Shows the form over {@code owner}; the store to open, or empty when cancelled. */
    public static Optional<StoreTarget> ask(Node owner) {
        SharedDatabaseDialog d = new SharedDatabaseDialog(new SharedDatabaseViewModel());
        Dialogs.styled(d.dialog, owner, "sharedDialog");
        return d.dialog.showAndWait().filter(b -> b == d.open).flatMap(b -> d.vm.target());
    }

    Dialog<ButtonType> dialog() {
        return dialog;
    }

    private void createParts() {
        dialog.setTitle(I18n.t("shared.title"));
        dialog.setHeaderText(I18n.t("shared.header"));
        url = field("sharedUrl");
        user = field("sharedUser");
        password = new PasswordField();
        password.setId("sharedPassword");
        keyFile = field("sharedKeyFile");
        chooseKey = new Button(I18n.t("shared.keyFile.choose"));
        chooseKey.setId("sharedChooseKey");
        problem = new Label();
        problem.setId("sharedProblem");
        problem.getStyleClass().add("gl-muted");
        problem.setWrapText(true);
        dialog.getDialogPane().getButtonTypes().addAll(open, ButtonType.CANCEL);
    }

    private void layoutParts() {
        GridPane grid = new GridPane();
        grid.getStyleClass().add("gl-mapping-grid");
        HBox key = new HBox(keyFile, chooseKey);
        HBox.setHgrow(keyFile, Priority.ALWAYS);
        grid.addRow(0, label("shared.url.label", url), url);
        grid.addRow(1, label("shared.user.label", user), user);
        grid.addRow(2, label("shared.password.label", password), password);
        grid.addRow(3, label("shared.keyFile.label", keyFile), key);
        grid.add(problem, 0, 4, 2, 1);
        dialog.getDialogPane().setContent(grid);
    }

    private void bind() {
        url.textProperty().bindBidirectional(vm.urlProperty());
        user.textProperty().bindBidirectional(vm.userProperty());
        password.textProperty().bindBidirectional(vm.passwordProperty());
        keyFile.textProperty().bindBidirectional(vm.keyFileProperty());
        problem.textProperty().bind(Bindings.createStringBinding(
                () -> vm.problemKeyProperty().get() == null ? "" : I18n.t(vm.problemKeyProperty().get()), vm.problemKeyProperty()));
        dialog.getDialogPane().lookupButton(open).disableProperty().bind(vm.canOpenProperty().not());
    }

    private void wireActions() {
        chooseKey.setOnAction(e -> {
            FileChooser fc = new FileChooser();
            fc.setTitle(I18n.t("shared.keyFile.title"));
            File f = fc.showOpenDialog(dialog.getDialogPane().getScene().getWindow());
            if (f != null) {
                vm.keyFileProperty().set(f.getAbsolutePath());
            }
        });
    }

    private static TextField field(String id) {
        TextField t = new TextField();
        t.setId(id);
        return t;
    }

    private static Label label(String key, Node forNode) {
        Label l = new Label(I18n.t(key));
        l.setLabelFor(forNode);
        return l;
    }
}
