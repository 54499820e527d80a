package golive.ui.wizard;

import golive.launch.Step;
import golive.ui.fx.I18n;
import golive.ui.fx.Nodes;
import javafx.collections.ListChangeListener;
import javafx.css.PseudoClass;
import javafx.scene.AccessibleRole;
import javafx.scene.input.KeyCode;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;

import java.util.EnumMap;
import java.util.Map;

/**
 * The checklist rail: the six steps, each done / not started / needs attention in words and
 * icon (not colour alone), and why. Always visible, so a support person on a screen-share sees
 * where the owner is. Each line acts as a button (click, Enter, Space): done steps can be revisited. FX thread only.
 */
final class RailView extends VBox {
    private static final PseudoClass CURRENT = PseudoClass.getPseudoClass("current");
    private final WizardViewModel vm;
    private final Map<Step, HBox> items = new EnumMap<>(Step.class);

    RailView(WizardViewModel vm) {
        this.vm = vm;
        setId("rail");
        getStyleClass().add("gl-rail");
        getChildren().add(Nodes.label("railTitle", "rail.title", "gl-rail-title"));
        for (Step s : Step.values()) {
            // an HBox rather than a Button: its wrapping text then takes the rail's width, not its own
            HBox b = new HBox();
            b.setId("rail-" + s.id());
            b.getStyleClass().add("gl-rail-item");
            b.setFocusTraversable(true);
            b.setAccessibleRole(AccessibleRole.BUTTON);
            b.setOnMouseClicked(e -> vm.goTo(s));
            b.setOnKeyPressed(e -> {
                if (e.getCode() == KeyCode.ENTER || e.getCode() == KeyCode.SPACE) {
                    vm.goTo(s);
                    e.consume();
                }
            });
            items.put(s, b);
            getChildren().add(b);
        }
        vm.rail().addListener((ListChangeListener<RailItem>) c -> render());
        vm.currentProperty().addListener((o, a, b) -> render());
        render();
    }

    private void render() {
        for (RailItem item : vm.rail()) {
            HBox b = items.get(item.step());
            String tone = switch (item.state()) {
                case DONE -> "done";
                case NEEDS_ATTENTION -> "attention";
                case NOT_STARTED -> "todo";
            };
            FontIcon icon = new FontIcon(switch (item.state()) {
                case DONE -> "fth-check-circle";
                case NEEDS_ATTENTION -> "fth-alert-circle";
                case NOT_STARTED -> "fth-circle";
            });
            icon.getStyleClass().addAll("gl-rail-icon", "gl-rail-icon-" + tone);
            Label title = new Label(item.title());
            title.getStyleClass().add("gl-rail-step");
            title.setWrapText(true);
            Label state = new Label(item.stateText());
            state.getStyleClass().addAll("gl-rail-state", "gl-rail-state-" + tone);
            state.setId("rail-" + item.step().id() + "-state");
            state.setWrapText(true);
            Label why = new Label(item.why());
            why.setWrapText(true);
            why.getStyleClass().add("gl-rail-why");
            why.setId("rail-" + item.step().id() + "-why");
            why.setVisible(!item.why().isEmpty());
            why.setManaged(why.isVisible());
            VBox text = new VBox(title, state, why);
            text.getStyleClass().add("gl-rail-text");
            HBox.setHgrow(text, Priority.ALWAYS);
            b.getChildren().setAll(icon, text);
            b.setAccessibleText(I18n.t("rail.accessible", item.step().ordinal() + 1, item.title(), item.stateText(), item.why()));
            b.setDisable(!vm.canVisit(item.step()));
            b.pseudoClassStateChanged(CURRENT, item.step() == vm.currentProperty().get());
        }
    }
}
