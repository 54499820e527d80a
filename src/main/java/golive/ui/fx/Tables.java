package golive.ui.fx;

import javafx.application.Platform;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.skin.TableColumnHeader;

import java.util.function.Function;

/** Tables as every view shows them: text columns that wrap, each never narrower than its header at the current zoom. FX thread only. */
public final class Tables {
    private Tables() {
    }

    /** A text column of {@code value}, {@code em} twelve-pixel units wide to begin with, its cells wrapping. */
    public static <S> TableColumn<S, String> column(String id, String header, Function<S, String> value, double em) {
        TableColumn<S, String> c = new TableColumn<>(header);
        c.setId(id);
        c.setCellValueFactory(d -> new ReadOnlyStringWrapper(value.apply(d.getValue())));
        c.setCellFactory(col -> new WrappingCell<>());
        c.setPrefWidth(em * 12);
        return c;
    }

    /**
     * Keeps every column at least as wide as its header's words, however large the zoom makes them;
     * the table scrolls sideways when they do not fit.
     */
    public static void keepHeadersWhole(TableView<?> table) {
        table.setColumnResizePolicy(TableView.UNCONSTRAINED_RESIZE_POLICY);
        table.skinProperty().addListener((o, a, skin) -> Platform.runLater(() -> {
            for (Node n : table.lookupAll(".column-header")) {
                if (n instanceof TableColumnHeader h && h.lookup(".label") instanceof Label l) {
                    Runnable fit = () -> h.getTableColumn().setMinWidth(l.prefWidth(-1) + l.getFont().getSize() * 1.5);
                    l.fontProperty().addListener((p, was, f) -> fit.run());
                    fit.run();
                }
            }
        }));
    }
}
