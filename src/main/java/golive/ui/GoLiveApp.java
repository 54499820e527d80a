package golive.ui;

import golive.store.DataFolder;
import javafx.application.Application;
import javafx.geometry.Insets;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;

/**
 * The desktop app's composition root. Until the wizard lands (its own issue), a window that says
 * so and points at the command line, which already drives every step. FX thread only.
 */
public final class GoLiveApp extends Application {

    public static void launchApp(String[] args) {
        Application.launch(GoLiveApp.class, args);
    }

    @Override
    public void start(Stage stage) {
        stage.setScene(new Scene(placeholder(), 640, 280));
        stage.setTitle("Cart Go-Live");
        stage.show();
    }

    /** The placeholder content; its own method so a test can build it without a stage. */
    static VBox placeholder() {
        Label title = new Label("Cart Go-Live");
        title.setId("title");
        title.setStyle("-fx-font-size: 2em; -fx-font-weight: bold;");
        Label coming = new Label("The go-live wizard is coming. Until then, every step runs from the command line:\n"
                + "java -jar golive.jar cart connect ... | cart test | plan cutoff ... | open-orders none ... | "
                + "plan import-from ... | sync start");
        coming.setId("comingSoon");
        coming.setWrapText(true);
        Label data = new Label("Your data: " + DataFolder.defaultDatabase() + ".mv.db");
        data.setId("dataFolder");
        VBox box = new VBox(16, title, coming, data);
        box.setPadding(new Insets(24));
        return box;
    }
}
