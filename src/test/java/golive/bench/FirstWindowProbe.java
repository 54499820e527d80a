package golive.bench;

import javafx.application.Application;
import javafx.collections.ListChangeListener;
import javafx.scene.Scene;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import javafx.stage.Window;
import javafx.stage.WindowEvent;

/**
 * The child JVM of {@link ColdStartBenchmark}: launches the real app ({@code golive.Main}, no arguments)
 * or an empty JavaFX window, says {@link #SHOWN} when the first window is shown, then for the app
 * {@link #READY} when the wizard has replaced the loading placeholder, and exits. Nothing in the
 * app's own code knows it is being timed.
 */
public final class FirstWindowProbe {
    static final String SHOWN = "PROBE shown";
    static final String READY = "PROBE ready";

    private FirstWindowProbe() {
    }

    /** @param args {@code app} or {@code empty} */
    public static void main(String[] args) {
        boolean app = args[0].equals("app");
        // the list only holds windows being shown; WINDOW_SHOWN fires once the native window is visible
        Window.getWindows().addListener((ListChangeListener<Window>) c -> {
            while (c.next()) {
                for (Window w : c.getAddedSubList()) {
                    w.addEventHandler(WindowEvent.WINDOW_SHOWN, e -> shown(w, app));
                }
            }
        });
        if (app) {
            golive.Main.main(new String[0]);
        } else {
            Application.launch(EmptyWindow.class);
        }
    }

    private static void shown(Window w, boolean app) {
        say(SHOWN);
        if (!app) {
            System.exit(0);
        }
        // the app shows a placeholder first and opens the store in the background; AppWindow's root replaces it
        w.getScene().rootProperty().addListener((o, was, root) -> {
            if ("appRoot".equals(root.getId())) {
                say(READY);
                System.exit(0);
            }
        });
    }

    private static void say(String marker) {
        System.out.println(marker);
        System.out.flush();
    }

    /** The floor: an empty stage of the size the app opens at on a 1366×768 screen. */
    public static final class EmptyWindow extends Application {
        @Override
        public void start(Stage stage) {
            stage.setScene(new Scene(new StackPane(), 1240, 708));
            stage.setTitle("empty");
            stage.show();
        }
    }
}
