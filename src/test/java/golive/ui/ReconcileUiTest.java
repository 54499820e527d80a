package golive.ui;

import golive.domain.CartKind;
import golive.domain.DocType;
import golive.domain.Money;
import golive.store.NewOrder;
import golive.domain.OrderNumbers;
import golive.domain.OrderSource;
import golive.launch.Step;
import golive.sandbox.SandboxOrder;
import golive.store.AuditLog;
import golive.store.OrderStore;
import golive.sync.SyncEngine;
import golive.sync.SyncLease;
import golive.ui.reconcile.OrderRow;
import golive.ui.reconcile.ReconcileViewModel;
import javafx.scene.Node;
import javafx.scene.chart.StackedBarChart;
import javafx.scene.control.Button;
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

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;

import static golive.ui.UiRig.fx;
import static golive.ui.UiRig.onFx;
import static golive.ui.UiRig.until;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The Reconcile view at 1366×768, headless: opened from step 6, reconciled against the sandbox
 * with an order deleted from the store, one never migrated and an orphan; the chart rendered and
 * looked at; the missing ones imported (the one before 'Import Orders from' confirmed with a
 * reason), the orphan acknowledged, and the re-run clean; the go-live report saved.
 */
@ExtendWith(ApplicationExtension.class)
class ReconcileUiTest {
    UiRig rig;
    Path out = Path.of(System.getProperty("golive.screenshots", "target/screenshots"));

    @Start
    void start(Stage stage) {
        rig = new UiRig(stage, 1366, 768);
    }

    @AfterEach
    void tearDown() {
        rig.close();
    }

    @Test
    void theCutOverIsProvedRepairedAndReportedFromTheWindow(FxRobot robot) throws Exception {
        var pad = rig.pad;
        Instant cutoff = Instant.now().truncatedTo(ChronoUnit.HOURS).minus(Duration.ofHours(6));
        Instant importFrom = cutoff.plus(Duration.ofMinutes(40));
        List<SandboxOrder> before = new java.util.ArrayList<>();
        for (int i = 1; i <= 8; i++) {
            before.add(pad.order(cutoff.minus(Duration.ofMinutes(23L * i))));
        }
        SandboxOrder neverMigrated = pad.order(cutoff.minus(Duration.ofMinutes(50)).plusSeconds(7));
        pad.order(cutoff.plus(Duration.ofMinutes(10))); // in the accepted gap
        List<SandboxOrder> after = new java.util.ArrayList<>();
        for (int i = 1; i <= 12; i++) {
            after.add(pad.order(importFrom.plus(Duration.ofMinutes(17L * i))));
        }
        pad.readyToSync(cutoff, importFrom);
        for (SandboxOrder o : before) {
            migrate(number(o), o.createdAt(), o.total());
        }
        migrate("SO-1001", cutoff.minus(Duration.ofMinutes(30)), new BigDecimal("12.00"));
        new SyncEngine(pad.cutover, SyncLease.oneShot(pad.db)).run("test", e -> { });
        SandboxOrder deleted = after.get(4);
        sql("DELETE FROM orders WHERE cart_order_id = '" + deleted.id() + "'");

        fx(() -> rig.window.wizard().refresh(s -> rig.window.wizard().goTo(Step.AUTO_SYNC)));
        until(() -> robot.lookup("#openReconcile").tryQuery().isPresent());
        UiRig.click(robot, "#openReconcile");
        until(() -> robot.lookup("#reconcile").tryQuery().isPresent());
        assertThat(text(robot, "#reconcileVerdict")).startsWith("Not reconciled yet");

        UiRig.click(robot, "#reconcileNow");
        until(() -> text(robot, "#reconcileVerdict").startsWith("Not clean"));
        assertThat(text(robot, "#reconcileVerdict")).isEqualTo("Not clean: 2 missing, 1 orphan.");
        assertThat(text(robot, "#bucket-missing")).contains("missing: 2").contains("FAILS");
        assertThat(text(robot, "#bucket-orphan")).contains("orphan: 1").contains("FAILS");
        assertThat(text(robot, "#bucket-migrated")).contains("migrated: 8").contains("does not fail");
        assertThat(text(robot, "#bucket-synced")).contains("synced: 11");
        assertThat(text(robot, "#bucket-in-accepted-gap")).contains("in accepted gap: 1");
        assertThat(rows(robot)).extracting(OrderRow::bucket).containsExactlyInAnyOrder("missing", "missing", "orphan");

        // the chart: bars of the three series, the two markers and the failing hours marked "!" in words
        until(() -> robot.lookup("#timelineChart").queryAs(StackedBarChart.class).getData().size() == 3);
        StackedBarChart<?, ?> chart = robot.lookup("#timelineChart").queryAs(StackedBarChart.class);
        int orders = onFx(() -> chart.getData().stream().mapToInt(s -> s.getData().stream()
                .mapToInt(d -> ((Number) d.getYValue()).intValue()).sum()).sum());
        assertThat(orders).isEqualTo(8 + 1 + 1 + 12);
        List<String> marks = onFx(() -> robot.lookup(".gl-chart-mark").queryAllAs(Label.class).stream()
                .filter(Node::isVisible).map(Label::getText).toList());
        assertThat(marks).containsExactlyInAnyOrder("!1", "!1");
        assertThat(text(robot, "#chartWindowText")).isEqualTo("GAP (accepted)");
        assertThat(onFx(() -> robot.lookup("#chartWindow").query().isVisible())).isTrue();
        assertThat(onFx(() -> robot.lookup("#timelineChart .chart-bar").queryAll().size())).isGreaterThan(10);
        UiRig.snapshot(rig.scene.getRoot(), out.resolve("13-reconcile-not-clean.png"));
        UiRig.snapshot(robot.lookup("#reconcileHost").queryAs(javafx.scene.control.ScrollPane.class).getContent(),
                out.resolve("14-reconcile-page.png"));

        // the missing order after 'Import Orders from' imports at once, and the re-run shows it synced
        UiRig.click(robot, "#importMissing");
        until(() -> text(robot, "#reconcileOutcome").startsWith("1 missing order(s) imported") && !busy());
        assertThat(text(robot, "#bucket-synced")).contains("synced: 12");
        assertThat(text(robot, "#bucket-missing")).contains("missing: 1");

        // the one before it asks for a confirmation with a reason, recorded
        select(robot, r -> r.cartOrderId().equals(String.valueOf(neverMigrated.id())));
        UiRig.click(robot, "#importOrder");
        until(() -> robot.lookup("#confirmImportDialog").tryQuery().isPresent());
        double offCentre = onFx(() -> {
            javafx.stage.Window dialog = robot.lookup("#confirmImportDialog").query().getScene().getWindow();
            javafx.stage.Window main = rig.scene.getWindow();
            return Math.abs(dialog.getX() + dialog.getWidth() / 2 - (main.getX() + main.getWidth() / 2));
        });
        assertThat(offCentre).as("the dialog is centred on its window").isLessThan(2);
        UiRig.snapshot(robot.lookup("#confirmImportDialog").query().getScene().getRoot(), out.resolve("15-reconcile-confirm.png"));
        Button ok = robot.lookup("#confirmImportDialog .button").match(n -> "Import from the cart".equals(((Button) n).getText())).queryButton();
        assertThat(ok.isDisabled()).isTrue(); // no reason, no import
        fx(() -> robot.lookup("#confirmImportDialogReason").queryAs(TextField.class).setText("the old system lost it in the export"));
        robot.clickOn(ok);
        until(() -> text(robot, "#reconcileOutcome").startsWith("Order " + number(neverMigrated) + ": imported") && !busy());
        assertThat(text(robot, "#bucket-missing")).contains("missing: 0").doesNotContain("FAILS");
        assertThat(audit()).anyMatch(l -> l.contains("reconcile.confirm-before-import-from") && l.contains("lost it in the export"));

        // the orphan is a phone order of the old system: acknowledged, and the reconciliation is clean
        select(robot, r -> r.number().equals("SO-1001"));
        UiRig.click(robot, "#acknowledgeOrder");
        until(() -> robot.lookup("#ackDialog").tryQuery().isPresent());
        fx(() -> robot.lookup("#ackDialogReason").queryAs(TextField.class).setText("a phone order the old system took"));
        robot.clickOn(robot.lookup("#ackDialog .button").match(n -> "Acknowledge".equals(((Button) n).getText())).queryButton());
        until(() -> text(robot, "#reconcileOutcome").startsWith("Order SO-1001 acknowledged") && !busy());
        assertThat(text(robot, "#bucket-orphan")).contains("orphan: 1").contains("passes: all acknowledged");
        UiRig.click(robot, "#reconcileNow");
        until(() -> text(robot, "#reconcileVerdict").startsWith("Clean") && !busy());
        assertThat(onFx(() -> robot.lookup(".gl-chart-mark").queryAll().stream().filter(Node::isVisible).count())).isZero();
        UiRig.snapshot(rig.scene.getRoot(), out.resolve("16-reconcile-clean.png"));
        fx(() -> rig.window.reconcile().showProperty().set(ReconcileViewModel.ALL));
        until(() -> rows(robot).size() == 8 + 1 + 1 + 12);
        assertThat(rows(robot)).filteredOn(r -> r.cartOrderId().equals(String.valueOf(deleted.id())))
                .extracting(OrderRow::bucket).containsExactly("synced");

        // the go-live report, one button (the file chooser is the OS's: the view model writes the file)
        Path pdf = Files.createTempDirectory("golive-report").resolve("go-live.pdf");
        fx(() -> rig.window.reconcile().saveReport(pdf));
        until(() -> text(robot, "#reconcileOutcome").startsWith("Go-live report saved"));
        assertThat(new String(Files.readAllBytes(pdf), 0, 5, java.nio.charset.StandardCharsets.ISO_8859_1)).isEqualTo("%PDF-");

        fx(() -> rig.theme.zoom().set(200));
        UiRig.snapshot(rig.scene.getRoot(), out.resolve("17-reconcile-zoom-200.png"));
        fx(() -> rig.theme.zoom().reset());
        UiRig.click(robot, "#reconcileBack");
        until(() -> robot.lookup("#wizard").tryQuery().isPresent() && robot.lookup("#reconcile").tryQuery().isEmpty());
        // any time later, from the menu (Sync › Reconcile, Ctrl+R): the latest reconciliation, without reading the cart
        robot.press(KeyCode.CONTROL, KeyCode.R).release(KeyCode.R, KeyCode.CONTROL);
        until(() -> robot.lookup("#reconcile").tryQuery().isPresent() && text(robot, "#reconcileVerdict").startsWith("Clean"));
    }

    private boolean busy() {
        return onFx(() -> rig.window.reconcile().busyProperty().get());
    }

    private static String text(FxRobot robot, String query) {
        return onFx(() -> {
            Node n = robot.lookup(query).query();
            return n instanceof javafx.scene.control.Labeled l ? l.getText() : String.valueOf(n);
        });
    }

    @SuppressWarnings("unchecked")
    private static List<OrderRow> rows(FxRobot robot) {
        return onFx(() -> List.copyOf(((TableView<OrderRow>) robot.lookup("#cartOrders").query()).getItems()));
    }

    @SuppressWarnings("unchecked")
    private static void select(FxRobot robot, java.util.function.Predicate<OrderRow> which) {
        fx(() -> {
            TableView<OrderRow> t = (TableView<OrderRow>) robot.lookup("#cartOrders").query();
            t.getSelectionModel().select(t.getItems().stream().filter(which).findFirst().orElseThrow());
        });
    }

    private List<String> audit() {
        return rig.pad.db.read(c -> AuditLog.recent(c, 50)).stream().map(e -> e.action() + " " + e.after()).toList();
    }

    private static String number(SandboxOrder o) {
        return golive.sandbox.shopify.ShopifySandbox.orderName(o);
    }

    private void migrate(String number, Instant createdAt, BigDecimal total) {
        var pad = rig.pad;
        pad.db.inTransaction(c -> new OrderStore().insert(c, new NewOrder(OrderSource.MIGRATED, pad.config().shopKey(), null, number,
                OrderNumbers.normalise(CartKind.SHOPIFY, number), createdAt, DocType.SALES_ORDER, new Money(total, "USD"),
                null, null, null, null, null, null, List.of()), Instant.now()));
    }

    private void sql(String statement) {
        rig.pad.db.inTransaction(c -> {
            try (PreparedStatement ps = c.prepareStatement(statement)) {
                return ps.executeUpdate();
            }
        });
    }
}
