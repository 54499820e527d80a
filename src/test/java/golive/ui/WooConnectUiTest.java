package golive.ui;

import golive.domain.CartKind;
import golive.launch.Step;
import golive.sandbox.SandboxShop;
import golive.sandbox.woocommerce.WooSandbox;
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

/** Step 1 offers WooCommerce with its own labels, help and checks as you type, and connects and tests a WooCommerce site. */
@ExtendWith(ApplicationExtension.class)
class WooConnectUiTest {
    UiRig rig;
    final WooSandbox woo = new WooSandbox(new SandboxShop(Clock.systemUTC())).start();
    final Path out = Path.of(System.getProperty("golive.screenshots", "target/screenshots"));

    @Start
    void start(Stage stage) {
        rig = new UiRig(stage, 1366, 768);
    }

    @AfterEach
    void tearDown() {
        rig.close();
        woo.close();
    }

    @Test
    @SuppressWarnings("unchecked")
    void aWooCommerceSiteIsConnectedAndTestedFromTheWizard(FxRobot robot) {
        until(() -> robot.lookup("#connectMyCart").tryQuery().isPresent());
        UiRig.click(robot, "#connectMyCart");
        until(() -> robot.lookup("#cartKind").tryQuery().isPresent());
        fx(() -> robot.lookup("#cartKind").queryAs(ComboBox.class).setValue(CartKind.WOOCOMMERCE));
        String help = onFx(() -> robot.lookup("#cartHelp").queryAs(Label.class).getText());
        assertThat(help).contains("WooCommerce › Settings › Advanced › REST API").contains("Consumer secret (cs_…)");
        assertThat(onFx(() -> robot.lookup("#storeUrl").queryAs(TextField.class).getPromptText())).contains("WordPress");
        fx(() -> {
            robot.lookup("#storeUrl").queryAs(TextField.class).setText(woo.baseUrl().toString());
            robot.lookup("#key").queryAs(TextField.class).setText(woo.credentials().get("secret")); // the secret in the key field
            robot.lookup("#secret").queryAs(TextField.class).setText(woo.credentials().get("key"));
        });
        until(() -> robot.lookup("#saveCart").queryButton().isDisabled());
        UiRig.snapshot(rig.scene.getRoot(), out.resolve("18-connect-woocommerce-swapped.png"));
        fx(() -> {
            robot.lookup("#key").queryAs(TextField.class).setText(woo.credentials().get("key"));
            robot.lookup("#secret").queryAs(TextField.class).setText(woo.credentials().get("secret"));
        });
        until(() -> !robot.lookup("#saveCart").queryButton().isDisabled());
        UiRig.click(robot, "#saveCart");
        until(() -> rig.window.wizard().snapshot().done(Step.CONNECT));
        UiRig.click(robot, "#next");
        UiRig.click(robot, "#runTest");
        until(() -> rig.window.wizard().snapshot().done(Step.TEST));
        UiRig.snapshot(rig.scene.getRoot(), out.resolve("19-test-woocommerce.png"));
    }
}
