package golive.ui;

import golive.domain.CartKind;
import golive.launch.Step;
import golive.sandbox.SandboxShop;
import golive.sandbox.magento.MagentoSandbox;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import java.time.Clock;

import static golive.ui.UiRig.fx;
import static golive.ui.UiRig.onFx;
import static golive.ui.UiRig.until;
import static org.assertj.core.api.Assertions.assertThat;

/** Step 1 offers Magento; where the store refuses Bearer tokens the OAuth switch shows the four fields, and the store connects and tests. */
@ExtendWith(ApplicationExtension.class)
class MagentoConnectUiTest {
    UiRig rig;
    final MagentoSandbox store = new MagentoSandbox(new SandboxShop(Clock.systemUTC())).bearerTokens(false).start();

    @Start
    void start(Stage stage) {
        rig = new UiRig(stage, 1366, 768);
    }

    @AfterEach
    void tearDown() {
        rig.close();
        store.close();
    }

    @Test
    @SuppressWarnings("unchecked")
    void aMagentoStoreIsConnectedWithTheFourOAuthValuesAndTested(FxRobot robot) {
        until(() -> robot.lookup("#connectMyCart").tryQuery().isPresent());
        UiRig.click(robot, "#connectMyCart");
        until(() -> robot.lookup("#cartKind").tryQuery().isPresent());
        fx(() -> robot.lookup("#cartKind").queryAs(ComboBox.class).setValue(CartKind.MAGENTO));
        assertThat(onFx(() -> robot.lookup("#cartHelp").queryAs(Label.class).getText())).contains("System › Integrations");
        fx(() -> robot.lookup("#useAlternativeCredential").queryAs(CheckBox.class).setSelected(true));
        assertThat(onFx(() -> robot.lookup("#cartHelp").queryAs(Label.class).getText())).contains("Access Token Secret");
        fx(() -> {
            robot.lookup("#storeUrl").queryAs(TextField.class).setText(store.baseUrl().toString());
            store.credentials().forEach((name, value) -> robot.lookup("#" + name).queryAs(TextField.class).setText(value));
        });
        until(() -> !robot.lookup("#saveCart").queryButton().isDisabled());
        UiRig.click(robot, "#saveCart");
        until(() -> rig.window.wizard().snapshot().done(Step.CONNECT));
        UiRig.click(robot, "#next");
        UiRig.click(robot, "#runTest");
        until(() -> rig.window.wizard().snapshot().done(Step.TEST));
    }
}
