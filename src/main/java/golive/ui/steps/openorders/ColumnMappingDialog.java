package golive.ui.steps.openorders;

import golive.openorders.Field;
import golive.ui.fx.Dialogs;
import golive.ui.fx.I18n;
import golive.ui.fx.Nodes;
import javafx.collections.FXCollections;
import javafx.scene.Node;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;

import java.util.ArrayList;
import java.util.List;

/**
 * "Which column holds what?" for a CSV the engine does not recognise: one choice per field from
 * the file's own header, plus the open status values, date pattern and currency. Returns true
 * when the user chose to use the mapping. FX thread only.
 */
final class ColumnMappingDialog {
    private ColumnMappingDialog() {
    }

    static boolean show(Node owner, ColumnMappingModel model) {
        Dialog<ButtonType> d = new Dialog<>();
        d.setTitle(I18n.t("mapping.title"));
        d.setHeaderText(I18n.t("mapping.header"));
        GridPane grid = new GridPane();
        grid.getStyleClass().add("gl-mapping-grid");
        List<String> choices = new ArrayList<>();
        choices.add("");
        choices.addAll(model.header());
        int row = 0;
        for (var e : model.columns().entrySet()) {
            Field f = e.getKey();
            ComboBox<String> box = new ComboBox<>(FXCollections.observableArrayList(choices));
            box.setId("map-" + f.templateName());
            box.valueProperty().bindBidirectional(e.getValue());
            Label l = new Label(f.templateName());
            l.setLabelFor(box);
            grid.addRow(row++, l, box);
        }
        grid.addRow(row++, label("mapping.open"), text("mapOpenValues", model.openValuesProperty(), "awaiting_shipment, on_hold"));
        grid.addRow(row++, label("mapping.dateFormat"), text("mapDateFormat", model.dateFormatProperty(), "M/d/yyyy H:mm"));
        grid.addRow(row, label("mapping.currency"), text("mapCurrency", model.currencyProperty(), "USD"));
        ScrollPane scroll = Nodes.scroll(grid);
        scroll.setFitToWidth(true);
        scroll.setPrefViewportHeight(420);
        d.getDialogPane().setContent(scroll);
        ButtonType use = new ButtonType(I18n.t("mapping.use"), ButtonType.OK.getButtonData());
        d.getDialogPane().getButtonTypes().addAll(use, ButtonType.CANCEL);
        Dialogs.styled(d, owner, "mappingDialog");
        return d.showAndWait().filter(b -> b == use).isPresent();
    }

    private static Label label(String key) {
        return new Label(I18n.t(key));
    }

    private static TextField text(String id, javafx.beans.property.StringProperty p, String prompt) {
        TextField t = new TextField();
        t.setId(id);
        t.setPromptText(prompt);
        t.textProperty().bindBidirectional(p);
        return t;
    }
}
