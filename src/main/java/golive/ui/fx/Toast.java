package golive.ui.fx;

import javafx.animation.PauseTransition;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.Popup;
import javafx.stage.Window;
import javafx.util.Duration;

/**
 * A notification in the bottom-right corner of the window, inside it whatever its size: the text
 * wraps instead of running off the screen, and it looks like the window (same sheets and zoom).
 * It closes by itself after a while, or with its close button. FX thread only.
 */
public final class Toast {
    private static final Duration SHOWN_FOR = Duration.seconds(12);
    private static final double MARGIN = 16;

    private final Popup popup = new Popup();
    private final VBox box = new VBox();
    private final Label body;

    private Toast(String title, String text) {
        Label head = Nodes.label("toastTitle", null, "gl-banner-word");
        head.setText(title);
        body = Nodes.text("toastText", null, "gl-banner-text");
        body.setText(text);
        Button close = Nodes.button("toastClose", "toast.close", "fth-x", "flat", "gl-small");
        close.setOnAction(e -> popup.hide());
        HBox top = new HBox(Nodes.icon("fth-alert-octagon", null), head);
        HBox.setHgrow(head, Priority.ALWAYS);
        top.getStyleClass().add("gl-inline");
        box.getChildren().addAll(top, body, Nodes.actions(close));
        box.setId("toast");
        box.getStyleClass().addAll("gl-banner", "gl-banner-danger", "gl-toast");
        popup.getContent().add(box);
    }

    /** Shows {@code text} over {@code scene}'s window; nothing when the window is not showing. */
    public static void show(Scene scene, String title, String text) {
        Window w = scene.getWindow();
        if (w == null || !w.isShowing()) {
            return;
        }
        Toast t = new Toast(title, text);
        t.box.getStylesheets().setAll(scene.getStylesheets());
        t.box.setStyle(scene.getRoot().getStyle());
        // a popup has a scene of its own: "root" and the window root's classes bring the colour tokens, zoom and contrast
        t.box.getStyleClass().add("root");
        scene.getRoot().getStyleClass().stream().filter(c -> !c.equals("root")).forEach(t.box.getStyleClass()::add);
        t.popup.show(w);
        t.box.applyCss();
        // about 32 characters of the zoomed font wide, never wider than the window
        double width = Math.min(scene.getWidth() - 2 * MARGIN, t.body.getFont().getSize() * 32);
        t.box.setPrefWidth(width);
        t.box.setMaxWidth(width);
        t.box.layout();
        t.popup.sizeToScene();
        // the popup's own size, shadow included, keeps it inside the window's bottom-right corner
        t.popup.setX(w.getX() + scene.getX() + Math.max(0, scene.getWidth() - t.popup.getWidth() - MARGIN));
        t.popup.setY(w.getY() + scene.getY() + Math.max(0, scene.getHeight() - t.popup.getHeight() - MARGIN));
        PauseTransition later = new PauseTransition(SHOWN_FOR);
        later.setOnFinished(e -> t.popup.hide());
        later.play();
    }
}
