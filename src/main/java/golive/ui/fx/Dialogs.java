package golive.ui.fx;

import javafx.scene.Node;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;

import java.util.Optional;

/**
 * Dialogs that look like the window they belong to (same sheets, same zoom) and carry stable ids.
 * FX thread only.
 */
public final class Dialogs {
    private Dialogs() {
    }

    /** Owner, look and zoom from {@code owner}'s scene. */
    public static <T> Dialog<T> styled(Dialog<T> d, Node owner, String id) {
        if (owner != null && owner.getScene() != null) {
            d.initOwner(owner.getScene().getWindow());
            d.getDialogPane().getStylesheets().setAll(owner.getScene().getStylesheets());
            d.getDialogPane().setStyle(owner.getScene().getRoot().getStyle());
            owner.getScene().getRoot().getStyleClass().stream().filter(c -> c.startsWith("gl-zoom-"))
                    .forEach(d.getDialogPane().getStyleClass()::add);
            // centred on its window, also where no window manager places it (a bare X server, a remote session)
            javafx.stage.Window parent = owner.getScene().getWindow();
            d.setOnShown(e -> {
                javafx.stage.Window self = d.getDialogPane().getScene().getWindow();
                self.setX(parent.getX() + Math.max(0, (parent.getWidth() - self.getWidth()) / 2));
                self.setY(parent.getY() + Math.max(0, (parent.getHeight() - self.getHeight()) / 3));
            });
        }
        d.getDialogPane().setId(id);
        d.getDialogPane().getStyleClass().add("gl-dialog");
        return d;
    }

    /** A yes/no question; true when the user chose the OK button. */
    public static boolean confirm(Node owner, String id, String title, String header, String body, String okText) {
        Alert a = new Alert(Alert.AlertType.CONFIRMATION, body, new ButtonType(okText, ButtonType.OK.getButtonData()), ButtonType.CANCEL);
        a.setTitle(title);
        a.setHeaderText(header);
        styled(a, owner, id);
        Optional<ButtonType> r = a.showAndWait();
        return r.isPresent() && r.get().getButtonData() == ButtonType.OK.getButtonData();
    }
}
