package golive.ui;

import golive.cart.CartConfig;
import golive.domain.CartKind;
import golive.launch.Step;
import golive.store.OrderStore;
import javafx.scene.control.ScrollPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static golive.ui.UiRig.fx;
import static golive.ui.UiRig.onFx;
import static golive.ui.UiRig.until;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The layout matrix: window size × zoom × mode (normal, rehearsal). In each cell the wizard is
 * walked through every state a person meets (fresh, nothing done, a failed test, a gap, an
 * overlap, running with an order needing attention, stopped) and every step of each, plus the
 * Reconcile page: no label, button or badge is cut, no step needs sideways scrolling, every
 * main button is in sight once scrolled to, and no text (nor the Start dialog's) shows a CLI flag,
 * an exception's name, an ISO instant or an HTTP status. {@code mvn -B verify} runs the two extreme cells; the
 * whole matrix is {@code mvn -B verify -Playout}.
 */
@ExtendWith(ApplicationExtension.class)
class LayoutMatrixUiTest {
    record Cell(int width, int height, int zoom, boolean rehearsal) {
        @Override
        public String toString() {
            return width + "x" + height + " at " + zoom + " %" + (rehearsal ? " in rehearsal" : "");
        }
    }

    Stage stage;
    UiRig rig;
    final Instant cutoff = Instant.now().truncatedTo(ChronoUnit.MINUTES).minus(Duration.ofHours(2));

    @Start
    void start(Stage stage) {
        this.stage = stage;
    }

    @AfterEach
    void tearDown() {
        if (rig != null) {
            rig.close();
        }
    }

    static Stream<Cell> extremes() {
        return Stream.of(new Cell(1366, 768, 200, true), new Cell(1920, 1080, 100, false));
    }

    static Stream<Cell> everyCell() {
        List<Cell> cells = new ArrayList<>();
        for (int[] size : new int[][] {{1366, 768}, {1920, 1080}}) {
            for (int zoom : new int[] {100, 200}) {
                for (boolean rehearsal : new boolean[] {false, true}) {
                    cells.add(new Cell(size[0], size[1], zoom, rehearsal));
                }
            }
        }
        return cells.stream().filter(c -> extremes().noneMatch(c::equals));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("extremes")
    void theExtremeCellsShowEveryStateWhole(Cell cell, FxRobot robot) {
        walk(cell, robot);
    }

    @Tag("layout")
    @ParameterizedTest(name = "{0}")
    @MethodSource("everyCell")
    void everyOtherCellShowsEveryStateWhole(Cell cell, FxRobot robot) {
        walk(cell, robot);
    }

    private void walk(Cell cell, FxRobot robot) {
        rig = UiRig.open(stage, cell.width(), cell.height(), cell.rehearsal());
        fx(() -> rig.theme.zoom().set(cell.zoom()));
        List<String> broken = new ArrayList<>();

        until(() -> robot.lookup("#connectMyCart").tryQuery().isPresent());
        broken.addAll(check("fresh", null));
        UiRig.click(robot, "#connectMyCart");
        broken.addAll(everyStep("nothing done"));

        var c = rig.pad.cutover;
        c.connect(new CartConfig(CartKind.SHOPIFY, rig.pad.server.baseUrl(), Map.of("token", "shpat_wrong"), null));
        c.test();
        broken.addAll(step(Step.TEST, "failed test"));

        c.connect(rig.pad.config());
        c.test();
        c.setCutoff(cutoff, rig.pad.shop.zone());
        c.declareNoOpenOrders("nothing open");
        c.setImportFrom(cutoff.plus(Duration.ofMinutes(30)), rig.pad.shop.zone(), false, false);
        broken.addAll(everyStep("gap"));
        c.setImportFrom(cutoff.minus(Duration.ofMinutes(30)), rig.pad.shop.zone(), false, false);
        broken.addAll(step(Step.IMPORT_FROM, "overlap"));

        c.setImportFrom(cutoff, rig.pad.shop.zone(), true, true);
        rig.pad.order(cutoff.plusSeconds(60));
        rig.pad.order(cutoff.plusSeconds(120));
        fx(() -> rig.window.wizard().refresh());
        until(() -> rig.window.wizard().readyProperty().get());
        fx(() -> rig.window.sync().start());
        until(() -> rig.window.wizard().snapshot().running() && !rig.window.sync().runInProgressProperty().get()
                && c.orderCount(golive.domain.OrderSource.CART) == 2);
        c.database().inTransaction(conn -> {
            OrderStore orders = new OrderStore();
            orders.markAttention(conn, orders.all(conn).get(0).id(), "edited in the cart after it was imported: check it by hand",
                    "OPEN", Instant.now());
            return null;
        });
        broken.addAll(everyStep("running, attention"));
        String confirm = onFx(() -> rig.window.sync().confirmation());
        if (LayoutChecks.RAW.matcher(confirm).find()) {
            broken.add("the Start dialog: '" + confirm + "'");
        }

        fx(() -> rig.window.sync().stop());
        until(() -> !rig.window.wizard().snapshot().running());
        broken.addAll(step(Step.AUTO_SYNC, "stopped"));
        fx(rig.window::showReconcile);
        broken.addAll(check("reconcile", null));

        assertThat(broken).as(cell + ": cut, too wide or out of reach").isEmpty();
    }

    private List<String> everyStep(String state) {
        List<String> out = new ArrayList<>();
        for (Step s : Step.values()) {
            out.addAll(step(s, state));
        }
        return out;
    }

    private List<String> step(Step step, String state) {
        fx(() -> rig.window.wizard().refresh(s -> rig.window.wizard().goTo(step)));
        until(() -> rig.window.wizard().currentProperty().get() == step && rig.scene.getRoot().lookup("#step-" + step.id()) != null
                && !rig.window.wizard().busyProperty().get());
        return check(state + ", step " + step.id(), (ScrollPane) rig.scene.getRoot().lookup("#stepHost"));
    }

    private List<String> check(String where, ScrollPane host) {
        UiRig.sleep(50); // one more pulse: the step's cards have laid out
        return onFx(() -> {
            rig.scene.getRoot().applyCss();
            rig.scene.getRoot().layout();
            List<String> out = new ArrayList<>(LayoutChecks.truncated(rig.scene.getRoot(), where));
            out.addAll(LayoutChecks.raw(rig.scene.getRoot(), where));
            if (host != null) {
                out.addAll(LayoutChecks.tooWide(host, where));
                out.addAll(LayoutChecks.unreachable(host, where));
            }
            return out;
        });
    }
}
