package golive.ui.wizard;

import javafx.scene.Node;

import java.util.function.Consumer;

/**
 * A step's screen as the shell hosts it: the view, and what to do each time it is shown (reload
 * the step's inputs from the latest snapshot). Built by the composition root. FX thread only.
 */
public record StepScreen(Node view, Consumer<Snapshot> onShow) {
}
