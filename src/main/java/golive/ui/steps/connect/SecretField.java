package golive.ui.steps.connect;

import golive.ui.fx.I18n;
import javafx.beans.property.StringProperty;
import javafx.scene.control.PasswordField;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.StackPane;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * A credential input: masked by default, with a toggle that shows it (for typing it carefully,
 * not on a screen-share). Both fields edit the same property. Ids: {@code #<name>},
 * {@code #<name>Shown}, {@code #<name>Show}. FX thread only.
 */
final class SecretField extends HBox {
    final PasswordField masked = new PasswordField();
    final TextField shown = new TextField();
    final ToggleButton show = new ToggleButton();

    SecretField(String name, StringProperty value) {
        masked.setId(name);
        shown.setId(name + "Shown");
        show.setId(name + "Show");
        masked.textProperty().bindBidirectional(value);
        shown.textProperty().bindBidirectional(value);
        masked.setPromptText(I18n.t("connect.secret." + name + ".prompt"));
        shown.promptTextProperty().bind(masked.promptTextProperty());
        shown.visibleProperty().bind(show.selectedProperty());
        masked.visibleProperty().bind(show.selectedProperty().not());
        FontIcon eye = new FontIcon("fth-eye");
        show.setGraphic(eye);
        show.selectedProperty().addListener((o, was, on) -> {
            eye.setIconLiteral(on ? "fth-eye-off" : "fth-eye");
            show.setAccessibleText(I18n.t(on ? "connect.secret.hide" : "connect.secret.show"));
            show.getTooltip().setText(show.getAccessibleText());
            (on ? shown : masked).requestFocus();
        });
        show.setAccessibleText(I18n.t("connect.secret.show"));
        show.setTooltip(new javafx.scene.control.Tooltip(show.getAccessibleText()));
        show.getStyleClass().add("gl-icon-toggle");
        StackPane fields = new StackPane(masked, shown);
        HBox.setHgrow(fields, Priority.ALWAYS);
        getChildren().addAll(fields, show);
        getStyleClass().add("gl-secret");
    }

    /** Prompts with {@code text} (it depends on the cart). */
    void prompt(javafx.beans.value.ObservableValue<String> text) {
        masked.promptTextProperty().bind(text);
    }
}
