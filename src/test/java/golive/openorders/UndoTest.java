package golive.openorders;

import golive.testkit.StoreKind;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;
import golive.domain.Order;
import golive.launch.Guard;
import golive.launch.InvalidInput;
import golive.launch.ProblemCode;
import golive.launch.Refusal;
import golive.sync.SyncEngine;
import golive.sync.SyncLease;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@ParameterizedClass(name = "on {0}")
@EnumSource(StoreKind.class)
class UndoTest {
    @Parameter
    StoreKind store;
    @TempDir
    Path dir;
    Rig rig;
    String before;

    @BeforeEach
    void setUp() {
        rig = Rig.ready(dir, store);
        before = rig.local(rig.cutoff.minus(Duration.ofDays(1)));
    }

    @AfterEach
    void tearDown() {
        rig.close();
    }

    private long importFile(String name, String... numbers) {
        Template t = new Template();
        for (String n : numbers) {
            t.row(n, "", before, "USD", "10", "S", "d", "1", "10").row(n, "", before, "USD", "10", "T", "e", "1", "0");
        }
        ImportReport r = rig.commit(rig.write(name, t.text()));
        assertThat(r.written()).isTrue();
        return r.batchId();
    }

    private long lineCount() {
        return rig.pad.db.read(c -> {
            try (var ps = c.prepareStatement("SELECT COUNT(*) FROM order_line"); var rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        });
    }

    @Test
    void undoDeletesTheBatchsOrdersAndStepFourIsOpenAgain() {
        long first = importFile("a.csv", "A1", "A2");
        long second = importFile("b.csv", "B1");
        int deleted = new OpenOrderBatches(rig.pad.cutover).undo(first);
        assertThat(deleted).isEqualTo(2);
        assertThat(rig.orders()).extracting(Order::orderNumber).containsExactly("B1");
        assertThat(lineCount()).isEqualTo(2);
        assertThat(rig.batches()).extracting(b -> b.id()).containsExactly(second);
        assertThat(rig.audit()).anySatisfy(e -> {
            assertThat(e.action()).isEqualTo("open-orders.undo");
            assertThat(e.before()).contains("batch " + first);
            assertThat(e.after()).contains("2 order(s) deleted");
        });
        new OpenOrderBatches(rig.pad.cutover).undo(second);
        assertThat(Guard.problems(rig.pad.cutover.state(), Instant.now())).extracting(p -> p.code())
                .contains(ProblemCode.OPEN_ORDERS_NOT_IMPORTED);
        // the numbers are free again: the same file can come back
        assertThat(rig.commit(rig.write("again.csv", new Template().row("A1", "", before, "USD", "1", "S", "d", "1", "1").text()))
                .written()).isTrue();
    }

    @Test
    void anUnknownOrAlreadyUndoneBatchIsBadInput() {
        long b = importFile("a.csv", "A1");
        OpenOrderBatches batches = new OpenOrderBatches(rig.pad.cutover);
        batches.undo(b);
        for (long id : new long[] {b, 999}) {
            assertThatThrownBy(() -> batches.undo(id)).isInstanceOfSatisfying(InvalidInput.class,
                    e -> assertThat(e.problem().code()).isEqualTo(ProblemCode.OPEN_ORDERS_BATCH_NOT_FOUND));
        }
        rig.pad.cutover.declareNoOpenOrders("nothing open after all");
        long none = rig.batches().get(0).id();
        assertThatThrownBy(() -> batches.undo(none)).isInstanceOf(InvalidInput.class);
    }

    @Test
    void undoIsRefusedOnceTheFirstImportFromTheCartLockedThePlanButNotAfterADryRun() {
        long b = importFile("a.csv", "A1");
        rig.pad.cutover.setImportFrom(rig.cutoff, rig.zone, false, false);
        rig.pad.order(rig.cutoff.plusSeconds(30));
        SyncEngine engine = new SyncEngine(rig.pad.cutover, SyncLease.oneShot(rig.pad.db));
        engine.dryRun(e -> { });
        OpenOrderBatches batches = new OpenOrderBatches(rig.pad.cutover);
        long other = importFile("b.csv", "B1");
        assertThat(batches.undo(other)).isEqualTo(1); // a dry run does not lock anything

        engine.run("now", e -> { });
        assertThatThrownBy(() -> batches.undo(b)).isInstanceOfSatisfying(Refusal.class,
                e -> assertThat(e.problems().get(0).code()).isEqualTo(ProblemCode.OPEN_ORDERS_UNDO_LOCKED));
        assertThat(rig.orders()).extracting(Order::orderNumber).contains("A1");

        // DESIGN: "until the first import from the cart" — a plan reset unlocks the plan, not the batch
        rig.pad.cutover.resetPlan("the old system sent a corrected file");
        assertThatThrownBy(() -> batches.undo(b)).isInstanceOfSatisfying(Refusal.class,
                e -> assertThat(e.problems().get(0).code()).isEqualTo(ProblemCode.OPEN_ORDERS_UNDO_LOCKED));
    }
}
