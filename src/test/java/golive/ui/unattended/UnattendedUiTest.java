package golive.ui.unattended;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import golive.service.RecordingProcesses;
import golive.service.ServiceOs;
import golive.service.ServiceSpec;
import golive.service.TestHost;
import golive.service.UserService;
import golive.store.AuditLog;
import golive.testkit.Launchpad;
import golive.ui.fx.Background;
import golive.ui.theme.Theme;
import golive.ui.theme.UiSettings;
import golive.ui.wizard.WizardViewModel;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.BooleanSupplier;
import java.util.prefs.Preferences;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Step 6's "Keep syncing when this window is closed" switch and Notifications section, headless:
 * the switch installs and removes the service (over a temporary home, systemctl recorded, never
 * run) and the e-mail fields save, send a test to a local SMTP server and show what went wrong.
 */
@ExtendWith(ApplicationExtension.class)
class UnattendedUiTest {
    final Launchpad pad = Launchpad.inMemory();
    final RecordingProcesses calls = RecordingProcesses.systemdUp();
    final Preferences prefs = Preferences.userRoot().node("golive-test/" + UUID.randomUUID());
    Path home;
    Path db;
    GreenMail smtp;

    @Start
    void start(Stage stage) throws Exception {
        home = Files.createTempDirectory("golive-home");
        db = home.resolve("shop/golive");
        smtp = new GreenMail(new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP).dynamicPort());
        smtp.start();
        WizardViewModel wizard = new WizardViewModel(pad.cutover, Background.forFx(), db);
        UnattendedViewModel vm = new UnattendedViewModel(wizard, new UserService(TestHost.of(ServiceOs.LINUX, home, calls)));
        Theme.installUserAgent();
        Theme theme = new Theme(new UiSettings(prefs));
        Scene scene = new Scene(new ScrollPane(new UnattendedView(vm)), 1000, 900);
        theme.apply(scene);
        stage.setScene(scene);
        stage.show();
        wizard.refresh();
    }

    @AfterEach
    void tearDown() throws Exception {
        pad.close();
        smtp.stop();
        prefs.removeNode();
    }

    static void until(BooleanSupplier condition) {
        try {
            WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, condition::getAsBoolean);
        } catch (TimeoutException e) {
            throw new AssertionError("condition not met within 20 s", e);
        }
        WaitForAsyncUtils.waitForFxEvents();
    }

    String text(FxRobot robot, String id) {
        return robot.lookup(id).queryAs(Label.class).getText();
    }

    /** A click on the switch's track, where a person clicks. */
    static void flip(FxRobot robot) {
        robot.clickOn(robot.lookup("#keepSyncing .thumb-area").queryAs(javafx.scene.Node.class));
    }

    @Test
    void theSwitchInstallsAndRemovesTheBackgroundService(FxRobot robot) {
        Path unit = home.resolve("config/systemd/user/" + ServiceSpec.idOf(db) + ".service");
        until(() -> text(robot, "#serviceState").contains("No background service"));
        flip(robot);
        until(() -> Files.exists(unit) && text(robot, "#serviceState").contains("is installed"));
        assertThat(text(robot, "#serviceState")).contains("No runner is importing");
        assertThat(text(robot, "#serviceNote")).contains("lingering", "never does that by itself").doesNotContain("--");
        assertThat(calls.calls).contains("systemctl --user restart " + ServiceSpec.idOf(db) + ".service");

        flip(robot);
        until(() -> !Files.exists(unit) && text(robot, "#serviceState").contains("No background service"));
        assertThat(calls.calls).noneMatch(c -> c.contains("enable-linger"));
    }

    @Test
    void theNotificationFieldsSaveSendATestAndSayWhatIsWrong(FxRobot robot) throws Exception {
        until(() -> text(robot, "#notifyState").contains("off"));
        robot.clickOn("#notifyTo").write("owner@");
        robot.clickOn("#smtpHost").write("127.0.0.1");
        robot.clickOn("#saveNotify");
        until(() -> text(robot, "#unattendedError").contains("owner@"));
        assertThat(text(robot, "#unattendedError")).contains("e-mail address").doesNotContain("--");

        robot.clickOn("#notifyTo").press(javafx.scene.input.KeyCode.CONTROL, javafx.scene.input.KeyCode.A)
                .release(javafx.scene.input.KeyCode.A, javafx.scene.input.KeyCode.CONTROL).write("owner@shop.test");
        robot.clickOn("#smtpPort").write(String.valueOf(smtp.getSmtp().getPort()));
        robot.clickOn("#smtpSecurity").clickOn("None (local only)");
        robot.clickOn("#saveNotify");
        until(() -> text(robot, "#notifyState").contains("E-mails go to owner@shop.test"));
        assertThat(text(robot, "#unattendedError")).isEmpty();

        robot.clickOn("#testNotify");
        until(() -> smtp.getReceivedMessages().length == 1 && text(robot, "#notifyState").contains("was sent"));
        assertThat(smtp.getReceivedMessages()[0].getSubject()).contains("test message");
        List<AuditLog.Entry> log = pad.db.read(c -> AuditLog.recent(c, 5));
        assertThat(log).extracting(AuditLog.Entry::action).contains("notify.email", "notify.email.settings");

        robot.clickOn("#notifyOff");
        until(() -> text(robot, "#notifyState").contains("off"));
    }
}
