package golive.ui.fx;

import javafx.scene.control.TableCell;
import javafx.scene.text.Text;

/** A table cell whose text wraps within its column, so a long reason or status is read, not cut to "...". FX thread only. */
public final class WrappingCell<S> extends TableCell<S, String> {
    private final Text text = new Text();

    public WrappingCell() {
        text.getStyleClass().add("gl-cell-text");
        text.wrappingWidthProperty().bind(widthProperty().subtract(12));
        setPrefHeight(USE_COMPUTED_SIZE);
    }

    @Override
    protected void updateItem(String item, boolean empty) {
        super.updateItem(item, empty);
        text.setText(empty || item == null ? "" : item);
        setGraphic(empty ? null : text);
        setAccessibleText(text.getText());
    }
}
