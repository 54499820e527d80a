package golive.ui.steps;

import golive.launch.Step;
import golive.ui.fx.I18n;
import golive.ui.fx.Nodes;
import javafx.beans.binding.Bindings;
import javafx.beans.value.ObservableStringValue;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/**
 * The frame of every step: "Step n of 6", its title and one sentence, then the step's cards.
 * Also builds the message banners, which say their kind in words and with an icon, not by
 * colour alone. FX thread only.
 */
public final class StepPage extends VBox {

    /** What a banner tells: each has its own icon, word and colour token. */
    public enum Tone { INFO, SUCCESS, WARNING, DANGER }

    public StepPage(Step step, Node... content) {
        getStyleClass().add("gl-step");
        setId("step-" + step.id());
        Label eyebrow = Nodes.label("stepNumber", null, "gl-eyebrow");
        eyebrow.setText(I18n.t("step.number", step.ordinal() + 1, Step.values().length));
        Label title = Nodes.label("stepTitle", "step." + step.id() + ".title", "gl-title");
        Label lead = Nodes.text("stepLead", "step." + step.id() + ".lead", "gl-lead");
        VBox head = new VBox(eyebrow, title, lead);
        head.getStyleClass().add("gl-step-head");
        getChildren().add(head);
        getChildren().addAll(content);
    }

    /** A banner shown while {@code text} is not empty. */
    public static HBox banner(String id, ObservableStringValue text, Tone tone) {
        String key = tone.name().toLowerCase(java.util.Locale.ROOT);
        Label word = Nodes.label(null, "banner." + key, "gl-banner-word");
        Label body = Nodes.text(id, null, "gl-banner-text");
        body.textProperty().bind(text);
        HBox box = new HBox(Nodes.icon(switch (tone) {
            case INFO -> "fth-info";
            case SUCCESS -> "fth-check-circle";
            case WARNING -> "fth-alert-triangle";
            case DANGER -> "fth-alert-octagon";
        }, null), word, body);
        HBox.setHgrow(body, Priority.ALWAYS);
        box.getStyleClass().addAll("gl-banner", "gl-banner-" + key);
        box.visibleProperty().bind(Bindings.createBooleanBinding(() -> text.get() != null && !text.get().isEmpty(), text));
        box.managedProperty().bind(box.visibleProperty());
        return box;
    }

    /** A card: a titled white surface. */
    public static VBox card(String id, String titleKey, Node... content) {
        VBox card = Nodes.card(id);
        if (titleKey != null) {
            card.getChildren().add(Nodes.label(null, titleKey, "gl-card-title"));
        }
        card.getChildren().addAll(content);
        return card;
    }

    /** A form row: a label above its control, the label's mnemonic focusing the control. */
    public static VBox field(String labelKey, Node control, Node... below) {
        Label label = Nodes.label(null, labelKey, "gl-field-label");
        label.setMnemonicParsing(true);
        label.setLabelFor(control);
        VBox box = new VBox(label, control);
        box.getChildren().addAll(below);
        box.getStyleClass().add("gl-field");
        return box;
    }
}
