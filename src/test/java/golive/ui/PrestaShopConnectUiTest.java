package golive.ui;

import golive.domain.CartKind;
import golive.launch.Step;
import golive.sandbox.SandboxShop;
import golive.sandbox.prestashop.PrestaShopSandbox;
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

import java.nio.file.Path;
import java.time.Clock;

import static golive.ui.UiRig.fx;
import static golive.ui.UiRig.onFx;
import static golive.ui.UiRig.until;
import static org.assertj.core.api.Assertions.assertThat;

/** Step 1 offers PrestaShop with its webservice key and help, and connects and tests a PrestaShop shop. */
@ExtendWith(ApplicationExtension.class)
class PrestaShopConnectUiTest {
    UiRig rig;
    final PrestaShopSandbox shop = new PrestaShopSandbox(new SandboxShop(Clock.systemUTC())).start();
    final Path out = Path.of(System.getProperty("golive.screenshots", "target/screenshots"));

    @Start
    void start(Stage stage) {
        rig = new UiRig(stage, 1366, 768);
    }

    @AfterEach
    void tearDown() {
        rig.close();
        shop.close();
    }

    @Test
    @SuppressWarnings("unchecked")
    void aPrestaShopShopIsConnectedAndTestedFromTheWizard(FxRobot robot) {
        until(() -> robot.lookup("#connectMyCart").tryQuery().isPresent());
        UiRig.click(robot, "#connectMyCart");
        until(() -> robot.lookup("#cartKind").tryQuery().isPresent());
        fx(() -> robot.lookup("#cartKind").queryAs(ComboBox.class).setValue(CartKind.PRESTASHOP));
        assertThat(onFx(() -> robot.lookup("#cartHelp").queryAs(Label.class).getText())).contains("Webservice");
        fx(() -> {
            robot.lookup("#storeUrl").queryAs(TextField.class).setText(shop.baseUrl().toString());
            robot.lookup("#key").queryAs(TextField.class).setText(shop.credentials().get("key"));
        });
        until(() -> !robot.lookup("#saveCart").queryButton().isDisabled());
        UiRig.click(robot, "#saveCart");
        until(() -> rig.window.wizard().snapshot().done(Step.CONNECT));
        UiRig.click(robot, "#next");
        UiRig.click(robot, "#runTest");
        until(() -> rig.window.wizard().snapshot().done(Step.TEST));
        UiRig.snapshot(rig.scene.getRoot(), out.resolve("20-test-prestashop.png"));
        // a badge beside a detail that wraps keeps its whole word
        Label badge = robot.lookup("#check-store_info-outcome").queryAs(Label.class);
        assertThat(onFx(() -> badge.getWidth() >= badge.prefWidth(-1) - 0.5)).isTrue();
    }
}
