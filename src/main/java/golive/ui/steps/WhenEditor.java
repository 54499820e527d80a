package golive.ui.steps;

import golive.ui.fx.I18n;
import golive.ui.fx.Nodes;
import javafx.collections.FXCollections;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.VBox;

import java.time.ZoneId;
import java.time.ZoneOffset;

/**
 * Date, time and zone inputs over a {@link WhenModel}, with the offset choice that appears only
 * for a repeated (fall-back) hour and the engine's message for what cannot be resolved.
 * Ids: {@code #<prefix>Date}, {@code #<prefix>Time}, {@code #<prefix>Zone}, {@code #<prefix>Offset},
 * {@code #<prefix>Problem}. FX thread only.
 */
public final class WhenEditor extends VBox {
    final DatePicker date = new DatePicker();
    final TextField time = new TextField();
    final ComboBox<String> zone = new ComboBox<>(FXCollections.observableArrayList(ZoneId.getAvailableZoneIds().stream().sorted().toList()));
    final ComboBox<ZoneOffset> offset = new ComboBox<>();
    final Label problem;

    public WhenEditor(String prefix, WhenModel model) {
        date.setId(prefix + "Date");
        time.setId(prefix + "Time");
        zone.setId(prefix + "Zone");
        offset.setId(prefix + "Offset");
        time.setPromptText("HH:MM");
        time.setPrefColumnCount(6);
        zone.setEditable(true);
        date.setPrefWidth(USE_COMPUTED_SIZE);
        problem = Nodes.text(prefix + "Problem", null, "gl-field-error");
        VBox offsetField = StepPage.field("when.offset.label", offset);
        FlowPane row = new FlowPane(StepPage.field("when.date.label", date), StepPage.field("when.time.label", time),
                StepPage.field("when.zone.label", zone), offsetField);
        row.getStyleClass().add("gl-when");
        getChildren().addAll(row, problem);
        getStyleClass().add("gl-when-editor");

        date.valueProperty().bindBidirectional(model.dateProperty());
        time.textProperty().bindBidirectional(model.timeProperty());
        zone.valueProperty().bindBidirectional(model.zoneProperty());
        offset.setItems(model.offsetsProperty());
        offset.valueProperty().bindBidirectional(model.offsetProperty());
        offsetField.visibleProperty().bind(model.offsetsProperty().emptyProperty().not());
        offsetField.managedProperty().bind(offsetField.visibleProperty());
        offset.setPromptText(I18n.t("when.offset.prompt"));
        problem.textProperty().bind(model.problemProperty());
        problem.visibleProperty().bind(model.problemProperty().isNotEmpty());
        problem.managedProperty().bind(problem.visibleProperty());
    }

    /** Read-only while the plan is locked. */
    public void lock(javafx.beans.value.ObservableBooleanValue locked) {
        for (javafx.scene.Node n : java.util.List.of(date, time, zone, offset)) {
            n.disableProperty().bind(locked);
        }
    }
}
