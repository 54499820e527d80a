package golive.ui;

import golive.launch.Step;
import golive.sandbox.Fault;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TextField;
import javafx.scene.input.Clipboard;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;

import static golive.ui.UiRig.click;
import static golive.ui.UiRig.fx;
import static golive.ui.UiRig.onFx;
import static golive.ui.UiRig.until;
import static org.assertj.core.api.Assertions.assertThat;

/** The wizard against the Shopify-like sandbox and a real H2 store, headless (Monocle). */
@ExtendWith(ApplicationExtension.class)
class WizardUiTest {
    UiRig rig;

    @Start
    void start(Stage stage) {
        rig = new UiRig(stage, 1280, 800);
    }

    @AfterEach
    void tearDown() {
        rig.close();
    }

    Instant cutoff() {
        return Instant.now().truncatedTo(ChronoUnit.MINUTES).minus(Duration.ofHours(2));
    }

    String text(FxRobot robot, String id) {
        return onFx(() -> robot.lookup(id).queryAs(Label.class).getText());
    }

    void type(FxRobot robot, String id, String text) {
        fx(() -> robot.lookup(id).queryAs(TextField.class).clear());
        click(robot, id);
        robot.write(text);
    }

    /** Whether the node is on screen: it and every parent visible (a hidden credential row keeps its field). */
    boolean shown(FxRobot robot, String id) {
        return onFx(() -> {
            for (javafx.scene.Node n = robot.lookup(id).query(); n != null; n = n.getParent()) {
                if (!n.isVisible()) {
                    return false;
                }
            }
            return true;
        });
    }

    /** Steps 1-5 done through the engine, then the window re-reads them and opens at step 6. */
    void readyThroughTheEngine(FxRobot robot) {
        rig.pad.readyToSync(cutoff(), cutoff());
        fx(() -> rig.window.wizard().refresh(s -> rig.window.wizard().goTo(Step.AUTO_SYNC)));
        until(() -> rig.window.wizard().readyProperty().get() && robot.lookup("#startSync").tryQuery().isPresent());
    }

    @Test
    void aShopOwnerWalksAllSixStepsByMouseAndKeyboardAndAutoSyncRuns(FxRobot robot) {
        ZonedDateTime cut = cutoff().atZone(rig.pad.shop.zone());
        rig.pad.order(cut.toInstant().plusSeconds(60));
        until(() -> robot.lookup("#connectMyCart").tryQuery().isPresent());
        click(robot, "#connectMyCart");
        type(robot, "#storeUrl", rig.pad.server.baseUrl().toString());
        // the default for Shopify: the Dev Dashboard app's client ID and secret
        type(robot, "#key", rig.pad.server.access().clientId());
        type(robot, "#secret", rig.pad.server.access().clientSecret());
        assertThat(robot.lookup("#next").queryButton().isDisabled()).isTrue();
        click(robot, "#saveCart");
        until(() -> rig.window.wizard().snapshot().done(Step.CONNECT));
        click(robot, "#next");

        assertThat(robot.lookup("#next").queryButton().isDisabled()).isTrue();
        click(robot, "#runTest");
        until(() -> rig.window.wizard().snapshot().done(Step.TEST));
        assertThat(text(robot, "#storeZone")).isEqualTo("America/New_York");
        assertThat(text(robot, "#storeCurrency")).isEqualTo("USD");
        assertThat(robot.lookup("#check-credentials-outcome").queryAs(Label.class).getText()).isEqualTo("Passed");
        click(robot, "#next");

        type(robot, "#cutoffTime", cut.toLocalTime().toString());
        until(() -> text(robot, "#cutoffCount").contains("No open cart order was created"));
        assertThat(text(robot, "#cutoffSentence")).contains("America/New_York");
        click(robot, "#confirmCutoff");
        until(() -> rig.window.wizard().snapshot().done(Step.CUTOFF));
        click(robot, "#next");

        type(robot, "#noneReason", "everything shipped before go-live");
        click(robot, "#declareNone");
        until(() -> rig.window.wizard().snapshot().done(Step.OPEN_ORDERS));
        click(robot, "#next");

        until(() -> text(robot, "#windowText").contains("equals the cut-off"));
        click(robot, "#saveImportFrom");
        until(() -> rig.window.wizard().snapshot().done(Step.IMPORT_FROM));
        // keyboard: Alt+N is Next's mnemonic
        robot.press(KeyCode.ALT, KeyCode.N).release(KeyCode.N, KeyCode.ALT);
        until(() -> rig.window.wizard().currentProperty().get() == Step.AUTO_SYNC);

        until(() -> !robot.lookup("#startSync").queryButton().isDisabled());
        click(robot, "#startSync");
        until(() -> robot.lookup("#startConfirm").tryQuery().isPresent());
        assertThat(onFx(() -> ((javafx.scene.control.DialogPane) robot.lookup("#startConfirm").query()).getContentText()))
                .contains("Cut-off").contains("Import Orders from");
        robot.clickOn(robot.lookup("#startConfirm .button").match(n -> "Start".equals(((Button) n).getText())).queryButton());
        until(() -> rig.pad.cutover.state().syncRunning() && rig.pad.cutover.state().runnerAlive());
        until(() -> rig.pad.cutover.orderCount(golive.domain.OrderSource.CART) == 1);
        until(() -> rig.window.wizard().snapshot().done(Step.AUTO_SYNC));
        assertThat(text(robot, "#syncStatus")).isEqualTo("RUNNING");
        assertThat(text(robot, "#rail-auto-sync-state")).isEqualTo("Done");

        click(robot, "#stopSync");
        until(() -> !rig.pad.cutover.state().syncRunning());
        until(() -> "STOPPED".equals(text(robot, "#syncStatus")));
    }

    @Test
    void startIsDisabledAndCannotBeTriggeredByButtonKeyboardOrMenuUntilTheGuardIsReady(FxRobot robot) {
        Instant c = cutoff();
        rig.pad.cutover.connect(rig.pad.config());
        rig.pad.cutover.test();
        rig.pad.cutover.setCutoff(c, rig.pad.shop.zone());
        rig.pad.cutover.declareNoOpenOrders("none");
        rig.pad.cutover.setImportFrom(c.plusSeconds(3600), rig.pad.shop.zone(), false, false); // a gap, not accepted
        fx(() -> rig.window.wizard().refresh(s -> rig.window.wizard().goTo(Step.AUTO_SYNC)));
        until(() -> robot.lookup("#startSync").tryQuery().isPresent() && !rig.window.wizard().snapshot().problems().isEmpty());

        assertThat(robot.lookup("#startSync").queryButton().isDisabled()).isTrue();
        assertThat(robot.lookup("#unmet-import-from").tryQuery()).isPresent();
        assertThat(text(robot, "#rail-import-from-state")).isEqualTo("Needs attention");
        click(robot, "#startSync");
        robot.press(KeyCode.ALT, KeyCode.S).release(KeyCode.S, KeyCode.ALT);
        robot.press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.S).release(KeyCode.S, KeyCode.SHIFT, KeyCode.CONTROL);
        MenuItem menuStart = onFx(() -> ((javafx.scene.control.MenuBar) robot.lookup("#menuBar").query())
                .getMenus().get(2).getItems().get(0));
        assertThat(menuStart.getId()).isEqualTo("menuStartSync");
        assertThat(menuStart.isDisable()).isTrue();
        fx(menuStart::fire); // a disabled item's action must not start anything either
        fx(() -> rig.window.sync().start());
        UiRig.sleep(500);
        assertThat(robot.lookup("#startConfirm").tryQuery()).isEmpty();
        assertThat(rig.pad.cutover.state().syncRunning()).isFalse();

        // the link leads to the step that fixes it; accepting the gap makes the guard ready
        click(robot, "#unmet-import-from");
        until(() -> rig.window.wizard().currentProperty().get() == Step.IMPORT_FROM);
        until(() -> robot.lookup("#acceptWindow").queryAs(javafx.scene.control.CheckBox.class).isVisible());
        click(robot, "#acceptWindow");
        click(robot, "#saveImportFrom");
        until(() -> rig.window.wizard().readyProperty().get());
        fx(() -> rig.window.wizard().goTo(Step.AUTO_SYNC));
        until(() -> !robot.lookup("#startSync").queryButton().isDisabled() && !menuStart.isDisable());
    }

    @Test
    void changingTheCredentialsAfterAPassingTestLocksStartAgain(FxRobot robot) {
        readyThroughTheEngine(robot);
        assertThat(robot.lookup("#startSync").queryButton().isDisabled()).isFalse();
        click(robot, "#rail-connect");
        until(() -> robot.lookup("#token").tryQuery().isPresent());
        type(robot, "#token", "shpat_a_different_token_0000000000");
        click(robot, "#saveCart");
        until(() -> !rig.window.wizard().readyProperty().get());
        assertThat(text(robot, "#rail-test-state")).isEqualTo("Needs attention");
        fx(() -> rig.window.wizard().goTo(Step.AUTO_SYNC));
        until(() -> robot.lookup("#startSync").queryButton().isDisabled());
        assertThat(robot.lookup("#unmet-test").tryQuery()).isPresent();
    }

    @Test
    void theTokenSwitchTradesTheAppsTwoFieldsForOneAndAValueInTheWrongFieldIsNamed(FxRobot robot) {
        until(() -> robot.lookup("#connectMyCart").tryQuery().isPresent());
        click(robot, "#connectMyCart");
        type(robot, "#storeUrl", rig.pad.server.baseUrl().toString());
        assertThat(shown(robot, "#key")).isTrue();
        assertThat(shown(robot, "#token")).isFalse();

        // the client secret pasted into the client ID's place: the field it belongs in is named, Save stays off
        type(robot, "#key", rig.pad.server.access().clientSecret());
        type(robot, "#secret", rig.pad.server.access().clientSecret());
        until(() -> text(robot, "#credentialProblem").contains("is a client secret"));
        assertThat(robot.lookup("#saveCart").queryButton().isDisabled()).isTrue();

        click(robot, "#useAlternativeCredential");
        until(() -> shown(robot, "#token"));
        assertThat(shown(robot, "#key")).isFalse();
        assertThat(shown(robot, "#secret")).isFalse();
        type(robot, "#token", rig.pad.server.access().clientSecret());
        until(() -> text(robot, "#credentialProblem").contains("is a client secret"));
        assertThat(robot.lookup("#saveCart").queryButton().isDisabled()).isTrue();

        type(robot, "#token", rig.pad.server.access().token());
        until(() -> text(robot, "#credentialProblem").isEmpty() && !robot.lookup("#saveCart").queryButton().isDisabled());
        click(robot, "#saveCart");
        until(() -> rig.window.wizard().snapshot().done(Step.CONNECT));
        assertThat(rig.pad.cutover.cartConfig().orElseThrow().secret(golive.cart.CartConfig.TOKEN)).isEqualTo(rig.pad.server.access().token());

        // the saved legacy token comes back with the switch ticked
        fx(() -> rig.window.wizard().refresh(x -> rig.window.wizard().goTo(Step.CONNECT)));
        until(() -> shown(robot, "#token")
                && robot.lookup("#useAlternativeCredential").queryAs(javafx.scene.control.CheckBox.class).isSelected());
    }

    @Test
    void aFailedConnectionTestShowsTheCartsOwnMessage(FxRobot robot) {
        rig.pad.cutover.connect(new golive.cart.CartConfig(golive.domain.CartKind.SHOPIFY, rig.pad.server.baseUrl(),
                java.util.Map.of("token", "shpat_wrong"), null));
        fx(() -> rig.window.wizard().refresh(s -> rig.window.wizard().goTo(Step.TEST)));
        until(() -> robot.lookup("#runTest").tryQuery().isPresent() && !robot.lookup("#runTest").queryButton().isDisabled());
        click(robot, "#runTest");
        until(() -> robot.lookup("#check-credentials").tryQuery().isPresent());
        assertThat(text(robot, "#check-credentials-outcome")).isEqualTo("Failed");
        assertThat(text(robot, "#check-credentials-detail")).contains("Invalid API key or access token");
        assertThat(text(robot, "#testFailure")).contains("Invalid API key or access token");
        assertThat(robot.lookup("#next").queryButton().isDisabled()).isTrue();
        assertThat(text(robot, "#rail-test-state")).isEqualTo("Needs attention");
    }

    @Test
    void aConnectionTestThatKeepsRetryingSaysWhichAttemptItIsOnAndCanBeCancelledWithoutARecord(FxRobot robot) {
        rig.pad.cutover.connect(rig.pad.config());
        rig.pad.server.faults().next(new Fault.Status(503)).always(new Fault.Slow(Duration.ofSeconds(30)));
        fx(() -> rig.window.wizard().refresh(s -> rig.window.wizard().goTo(Step.TEST)));
        until(() -> robot.lookup("#runTest").tryQuery().isPresent() && !robot.lookup("#runTest").queryButton().isDisabled());
        assertThat(shown(robot, "#cancelTest")).isFalse();
        click(robot, "#runTest");
        until(() -> text(robot, "#testSummary").contains("attempt 2 of"));
        assertThat(shown(robot, "#cancelTest")).isTrue();
        click(robot, "#cancelTest");
        until(() -> text(robot, "#testSummary").startsWith("Test cancelled"));
        assertThat(shown(robot, "#cancelTest")).isFalse();
        assertThat(robot.lookup("#runTest").queryButton().isDisabled()).isFalse();
        java.util.Optional<golive.store.CartStore.TestRun> last = rig.pad.db.read(c -> rig.pad.cutover.carts().lastTest(c));
        assertThat(last).as("a cancelled test records nothing").isEmpty();
        assertThat(text(robot, "#rail-test-state")).isNotEqualTo("Passed");
        rig.pad.server.faults().clear();
    }

    @Test
    void theFocusStaysOnThePressedButtonOrGoesToTheNextStepsFirstControl(FxRobot robot) {
        rig.pad.cutover.connect(rig.pad.config());
        fx(() -> rig.window.wizard().refresh(s -> rig.window.wizard().goTo(Step.TEST)));
        until(() -> robot.lookup("#runTest").tryQuery().isPresent() && !robot.lookup("#runTest").queryButton().isDisabled());
        click(robot, "#runTest");
        until(() -> robot.lookup("#check-credentials").tryQuery().isPresent() && !robot.lookup("#runTest").queryButton().isDisabled());
        until(() -> focusId().equals("runTest")); // disabled while it ran, given back once it is done
        click(robot, "#next");
        until(() -> focusId().equals("cutoffDate")); // Next is disabled on a step not done: the step's first control
        click(robot, "#back");
        until(() -> focusId().equals("back"));
    }

    private String focusId() {
        return onFx(() -> rig.scene.getFocusOwner() == null ? "" : String.valueOf(rig.scene.getFocusOwner().getId()));
    }

    @Test
    void whileARunAgainstASlowCartIsInProgressTheWindowTakesInputAndStopWorks(FxRobot robot) {
        readyThroughTheEngine(robot);
        for (int i = 0; i < 3; i++) {
            rig.pad.order(cutoff().plusSeconds(60L * (i + 1)));
        }
        rig.pad.server.faults().always(new Fault.Slow(Duration.ofSeconds(8)));
        fx(() -> rig.window.sync().start());
        until(() -> rig.window.sync().runInProgressProperty().get());
        long before = System.nanoTime();
        click(robot, "#stopSync");
        until(() -> "STOPPED".equals(text(robot, "#syncStatus")));
        assertThat(Duration.ofNanos(System.nanoTime() - before)).isLessThan(Duration.ofSeconds(6));
        assertThat(rig.window.sync().runInProgressProperty().get()).isTrue(); // the run is still reading the slow cart
        click(robot, "#rail-connect"); // and the window still navigates
        until(() -> rig.window.wizard().currentProperty().get() == Step.CONNECT);
        assertThat(rig.pad.cutover.state().syncRunning()).isFalse();
        rig.pad.server.faults().clear();
    }

    @Test
    void copyStatusForSupportPutsARedactedSummaryOnTheClipboard(FxRobot robot) {
        readyThroughTheEngine(robot);
        click(robot, "#copyStatus");
        until(() -> text(robot, "#copiedNote").contains("copied"));
        String copied = onFx(() -> Clipboard.getSystemClipboard().getString());
        assertThat(copied).contains("Cart Go-Live status").contains("Ready: Auto Sync may start.")
                .doesNotContain(rig.pad.server.access().token());
    }

    @Test
    void zoomKeysChangeTheRootFontSizeAndAreRemembered(FxRobot robot) {
        readyThroughTheEngine(robot);
        click(robot, "#rail-auto-sync"); // keyboard focus in the window
        robot.press(KeyCode.CONTROL, KeyCode.EQUALS).release(KeyCode.EQUALS, KeyCode.CONTROL);
        until(() -> rig.theme.zoom().percentProperty().get() == 110);
        assertThat(rig.scene.getRoot().getStyle()).contains("15.40px");
        assertThat(new golive.ui.theme.UiSettings(rig.prefs).zoomPercent()).isEqualTo(110);
        robot.press(KeyCode.CONTROL, KeyCode.DIGIT0).release(KeyCode.DIGIT0, KeyCode.CONTROL);
        until(() -> rig.theme.zoom().percentProperty().get() == 100);
        fx(() -> rig.theme.highContrastProperty().set(true));
        assertThat(rig.scene.getStylesheets()).anyMatch(s -> s.endsWith("high-contrast.css"));
        assertThat(new golive.ui.theme.UiSettings(rig.prefs).highContrast()).isTrue();
    }
}
