package golive.ui.fx;

import javafx.event.ActionEvent;
import javafx.event.EventHandler;
import javafx.scene.input.InputEvent;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseEvent;
import javafx.scene.Scene;
import javafx.scene.control.ButtonBase;

/**
 * A button disabled while its work runs gives the focus away (JavaFX hands it to the next control),
 * so a keyboard user lands somewhere unexpected. This gives it back when the button is enabled
 * again, unless the person has clicked or typed meanwhile. FX thread only.
 */
public final class KeepFocus {
    private static final String SKIP = "golive.keepFocus.skip";

    private KeepFocus() {
    }

    public static void install(ButtonBase b) {
        new Watch(b);
    }

    /** One button's press, from its action until it is enabled again or the person clicks or types. */
    private static final class Watch implements EventHandler<InputEvent> {
        private final ButtonBase b;
        private Scene watched;

        Watch(ButtonBase b) {
            this.b = b;
            // JavaFX moves the focus on at a later pulse, maybe more than once: what counts is whether the person did anything since
            b.addEventHandler(ActionEvent.ACTION, e -> {
                if (!b.getProperties().containsKey(SKIP) && b.getScene() != null && watched == null) {
                    watched = b.getScene();
                    watched.addEventFilter(MouseEvent.MOUSE_PRESSED, this);
                    watched.addEventFilter(KeyEvent.KEY_PRESSED, this);
                }
            });
            b.disabledProperty().addListener((o, was, disabled) -> {
                if (!disabled && watched != null) {
                    stop();
                    b.requestFocus();
                }
            });
        }

        @Override
        public void handle(InputEvent e) {
            stop(); // the person acts: the focus is theirs to place
        }

        private void stop() {
            watched.removeEventFilter(MouseEvent.MOUSE_PRESSED, this);
            watched.removeEventFilter(KeyEvent.KEY_PRESSED, this);
            watched = null;
        }
    }

    /** For buttons that leave the screen they are on (Next, Back): the new screen decides the focus. */
    public static void skip(ButtonBase b) {
        b.getProperties().put(SKIP, Boolean.TRUE);
    }
}
