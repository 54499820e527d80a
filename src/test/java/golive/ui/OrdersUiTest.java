package golive.ui;

import golive.launch.Step;
import golive.sandbox.SandboxOrder;
import golive.store.SyncStateStore;
import golive.sync.SyncEngine;
import golive.sync.SyncLease;
import golive.ui.orders.OrdersViewModel;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

import static golive.ui.UiRig.fx;
import static golive.ui.UiRig.onFx;
import static golive.ui.UiRig.until;
import static org.assertj.core.api.Assertions.assertThat;

/** The orders in the store from the window: from a run on step 6 to the orders it imported, searched, then all of them (Ctrl+L). */
@ExtendWith(ApplicationExtension.class)
class OrdersUiTest {
    UiRig rig;
    final Path out = Path.of(System.getProperty("golive.screenshots", "target/screenshots"));

    @Start
    void start(Stage stage) {
        rig = new UiRig(stage, 1366, 768);
    }

    @AfterEach
    void tearDown() {
        rig.close();
    }

    @Test
    void aRunsOrdersAreOneClickAwayAndSearchable(FxRobot robot) {
        var pad = rig.pad;
        Instant cutoff = Instant.now().truncatedTo(ChronoUnit.SECONDS).minus(Duration.ofHours(2));
        List<SandboxOrder> placed = new ArrayList<>();
        for (int i = 1; i <= 4; i++) {
            placed.add(pad.order(cutoff.plus(Duration.ofMinutes(10L * i))));
        }
        pad.readyToSync(cutoff, cutoff);
        new SyncEngine(pad.cutover, SyncLease.oneShot(pad.db)).run("test", e -> { });
        long runId = pad.db.read(c -> new SyncStateStore().recentRuns(c, 1)).get(0).id();
        fx(() -> rig.window.wizard().refresh(s -> rig.window.wizard().goTo(Step.AUTO_SYNC)));
        until(() -> robot.lookup("#runOrders-" + runId).tryQuery().isPresent());
        UiRig.click(robot, "#runOrders-" + runId);
        until(() -> robot.lookup("#orders").tryQuery().isPresent() && rows(robot).size() == 4);
        assertThat(text(robot, "#ordersSummary")).isEqualTo("4 of 4 order(s) imported by run " + runId);
        assertThat(rows(robot)).extracting(OrdersViewModel.Row::created).allMatch(t -> t.contains(pad.shop.zone().getId()));
        UiRig.snapshot(rig.scene.getRoot(), out.resolve("21-orders.png"));

        String number = golive.sandbox.shopify.ShopifySandbox.orderName(placed.get(2));
        fx(() -> robot.lookup("#ordersSearch").queryAs(TextField.class).setText(number.substring(1)));
        until(() -> rows(robot).size() == 1);
        assertThat(rows(robot).get(0).number()).isEqualTo(number);
        UiRig.click(robot, "#ordersBack");
        until(() -> robot.lookup("#orders").tryQuery().isEmpty());
        robot.press(KeyCode.CONTROL, KeyCode.L).release(KeyCode.L, KeyCode.CONTROL);
        until(() -> robot.lookup("#orders").tryQuery().isPresent() && text(robot, "#ordersSummary").contains("matching"));
        fx(() -> robot.lookup("#ordersSearch").queryAs(TextField.class).setText(""));
        until(() -> rows(robot).size() == 4);
    }

    @SuppressWarnings("unchecked")
    private static List<OrdersViewModel.Row> rows(FxRobot robot) {
        return onFx(() -> robot.lookup("#storeOrders").tryQuery().map(n -> List.copyOf(((TableView<OrdersViewModel.Row>) n).getItems()))
                .orElse(List.of()));
    }

    private static String text(FxRobot robot, String query) {
        return onFx(() -> robot.lookup(query).queryAs(Label.class).getText());
    }
}
