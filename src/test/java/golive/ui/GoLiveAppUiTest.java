package golive.ui;

import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import static org.assertj.core.api.Assertions.assertThat;

/** The window the jar opens with no arguments, headless (Monocle) in CI. */
@ExtendWith(ApplicationExtension.class)
class GoLiveAppUiTest {

    @Start
    void start(Stage stage) {
        new GoLiveApp().start(stage);
    }

    @Test
    void theWindowSaysTheWizardIsComingAndWhereTheDataLives(FxRobot robot) {
        assertThat(robot.lookup("#title").queryAs(Label.class).getText()).isEqualTo("Cart Go-Live");
        assertThat(robot.lookup("#comingSoon").queryAs(Label.class).getText()).contains("wizard is coming");
        assertThat(robot.lookup("#dataFolder").queryAs(Label.class).getText()).contains("golive");
        Scene scene = robot.lookup("#title").query().getScene();
        assertThat(scene.getWindow().isShowing()).isTrue();
    }
}
