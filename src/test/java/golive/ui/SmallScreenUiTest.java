package golive.ui;

import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import static golive.ui.UiRig.fx;
import static golive.ui.UiRig.onFx;
import static golive.ui.UiRig.until;
import static org.assertj.core.api.Assertions.assertThat;

/** On a 1366×768 laptop at 200 %, the welcome screen scrolls so "Connect my cart" can be reached and seen. */
@ExtendWith(ApplicationExtension.class)
class SmallScreenUiTest {
    UiRig rig;

    @Start
    void start(Stage stage) {
        rig = new UiRig(stage, 1366, 768);
    }

    @AfterEach
    void tearDown() {
        rig.close();
    }

    @Test
    void everyMenuShortcutReadsAsAPersonWritesIt(FxRobot robot) {
        javafx.scene.control.MenuBar bar = robot.lookup("#menuBar").queryAs(javafx.scene.control.MenuBar.class);
        java.util.List<String> shown = onFx(() -> bar.getMenus().stream().flatMap(m -> m.getItems().stream())
                .filter(i -> i.getAccelerator() != null).map(i -> i.getAccelerator().getDisplayText()).toList());
        assertThat(shown).hasSizeGreaterThan(8).noneMatch(t -> t.contains("DIGIT") || t.contains("EQUALS") || t.contains("MINUS"))
                .contains("Ctrl+0", "Ctrl+=", "Ctrl+-");
    }

    @Test
    void connectMyCartIsReachableAt200Percent(FxRobot robot) {
        until(() -> robot.lookup("#connectMyCart").tryQuery().isPresent());
        fx(() -> rig.theme.zoom().set(200));
        Node connect = robot.lookup("#connectMyCart").query();
        fx(() -> UiRig.reveal(connect));
        Bounds b = onFx(() -> connect.localToScene(connect.getBoundsInLocal()));
        assertThat(b.getMaxY()).isLessThanOrEqualTo(768);
        assertThat(b.getMinY()).isGreaterThanOrEqualTo(0);
        robot.clickOn(connect);
        until(() -> robot.lookup("#storeUrl").tryQuery().isPresent());
    }
}
