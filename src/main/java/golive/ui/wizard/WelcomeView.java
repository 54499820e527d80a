package golive.ui.wizard;

import golive.launch.Step;
import golive.ui.fx.I18n;
import golive.ui.fx.Nodes;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

import java.nio.file.Path;

/**
 * The first-run screen: the six steps in a sentence each, "Connect my cart", "Rehearse first"
 * (absent inside a rehearsal), and where the data is kept. FX thread only.
 */
public final class WelcomeView extends StackPane {
    private final Runnable onConnect;
    private final Runnable onRehearse;
    private final Path database;
    private Button connect;
    private Button rehearse;

    /** @param onRehearse opens a rehearsal; null inside one (no rehearsal of a rehearsal) */
    public WelcomeView(Path database, Runnable onConnect, Runnable onRehearse) {
        this.database = database;
        this.onConnect = onConnect;
        this.onRehearse = onRehearse;
        createParts();
        layoutParts();
        wireActions();
    }

    private void createParts() {
        connect = Nodes.button("connectMyCart", "welcome.connect.button", "fth-arrow-right", "accent", "gl-large");
        connect.setContentDisplay(javafx.scene.control.ContentDisplay.RIGHT);
        connect.setDefaultButton(true);
        rehearse = Nodes.button("rehearseFirst", "welcome.rehearse.button", "fth-play-circle", "gl-large");
        Tooltip tip = new Tooltip(I18n.t("welcome.rehearse.help"));
        rehearse.setTooltip(tip);
        rehearse.setAccessibleHelp(tip.getText());
        rehearse.setVisible(onRehearse != null);
        rehearse.setManaged(onRehearse != null);
    }

    private void layoutParts() {
        setId("welcome");
        getStyleClass().add("gl-welcome");
        VBox steps = new VBox();
        steps.getStyleClass().add("gl-welcome-steps");
        for (Step s : Step.values()) {
            Label n = new Label(String.valueOf(s.ordinal() + 1));
            n.getStyleClass().add("gl-welcome-number");
            n.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
            Label title = Nodes.label("welcome-" + s.id(), "step." + s.id() + ".title", "gl-welcome-step");
            Label line = Nodes.text(null, "welcome.step." + s.id(), "gl-muted");
            VBox text = new VBox(title, line);
            HBox.setHgrow(text, Priority.ALWAYS);
            HBox row = new HBox(n, text);
            row.getStyleClass().add("gl-welcome-row");
            steps.getChildren().add(row);
        }
        Label rehearseNote = Nodes.text("rehearseNote", "welcome.rehearse.help", "gl-muted", "gl-small");
        rehearseNote.setVisible(onRehearse != null);
        rehearseNote.setManaged(onRehearse != null);
        var actions = Nodes.actions(connect, rehearse);
        Label data = Nodes.text("dataLocation", null, "gl-muted");
        data.setText(I18n.t("welcome.data", database == null ? I18n.t("welcome.data.memory") : database + ".mv.db"));
        VBox card = new VBox(Nodes.icon("fth-shopping-cart", "app.icon"), Nodes.text("welcomeTitle", "welcome.title", "gl-hero-title"),
                Nodes.text("welcomeLead", "welcome.lead", "gl-lead"), steps, actions, rehearseNote, data,
                Nodes.text(null, "welcome.open", "gl-muted", "gl-small"));
        card.getStyleClass().addAll("gl-card", "gl-welcome-card");
        card.setMaxHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        // on a short screen (or at 200 %) the card scrolls: "Connect my cart" is always reachable
        StackPane centred = new StackPane(card);
        centred.getStyleClass().add("gl-welcome-page");
        javafx.scene.control.ScrollPane scroll = Nodes.scroll(centred);
        scroll.setId("welcomeScroll");
        scroll.setFitToWidth(true);
        scroll.setFitToHeight(true);
        scroll.getStyleClass().add("gl-host");
        getChildren().add(scroll);
    }

    private void wireActions() {
        connect.setOnAction(e -> onConnect.run());
        rehearse.setOnAction(e -> {
            if (onRehearse != null) {
                onRehearse.run();
            }
        });
    }
}
