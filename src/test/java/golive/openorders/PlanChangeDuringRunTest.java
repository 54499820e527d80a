package golive.openorders;

import golive.cart.CartConfig;
import golive.cart.shopify.ShopifyConnector;
import golive.domain.Order;
import golive.domain.OrderSource;
import golive.launch.Problem;
import golive.launch.ProblemCode;
import golive.launch.Refusal;
import golive.sandbox.SandboxOrder;
import golive.store.OrderStore;
import golive.store.SyncStateStore;
import golive.sync.SyncEngine;
import golive.sync.SyncLease;
import golive.testkit.Launchpad;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * DESIGN.md, "Changing the plan": every change to the plan or the cart config moves one version,
 * and a run in flight stops at its next page (or its cursor write) when it moved, so a window that
 * opened, a batch that arrived or a cart that went away is never overwritten by the old run.
 * Each run pages 600 orders (three pages) on a real H2 file database.
 */
class PlanChangeDuringRunTest {
    @TempDir
    Path dir;
    Launchpad pad;
    Instant cutoff;

    @BeforeEach
    void setUp() {
        pad = Launchpad.onFile(dir);
        cutoff = Instant.now().truncatedTo(ChronoUnit.SECONDS).minus(Duration.ofHours(3));
        pad.readyToSync(cutoff, cutoff);
        for (int i = 0; i < 600; i++) {
            pad.order(cutoff.plusSeconds(10L * i));
        }
    }

    @AfterEach
    void tearDown() {
        pad.close();
    }

    SyncEngine engine() {
        return new SyncEngine(pad.cutover, SyncLease.oneShot(pad.db));
    }

    List<Order> stored() {
        return pad.db.read(new OrderStore()::all);
    }

    SyncStateStore.State state() {
        return pad.db.read(new SyncStateStore()::load);
    }

    /** Runs {@code change} once, while the sandbox sends orders page {@code n} (1-based) of the next run. */
    void onPage(int n, Runnable change) {
        AtomicInteger served = new AtomicInteger();
        pad.server.afterOrdersPage(page -> {
            if (served.incrementAndGet() == n) {
                change.run();
            }
        });
    }

    void runStopsWith(ProblemCode code) {
        assertThatThrownBy(() -> engine().run("now", e -> { }))
                .isInstanceOfSatisfying(Refusal.class, r -> assertThat(r.problems()).extracting(Problem::code).contains(code));
        pad.server.afterOrdersPage(null);
        SyncStateStore.Run last = pad.db.read(c -> new SyncStateStore().recentRuns(c, 1)).get(0);
        assertThat(last.outcome()).isEqualTo("FAILED");
    }

    Path openOrdersFile(SandboxOrder... orders) throws Exception {
        Template t = new Template();
        for (SandboxOrder o : orders) {
            t.order(o, pad.shop.zone(), true);
        }
        return Files.writeString(dir.resolve("open-" + System.nanoTime() + ".csv"), t.text());
    }

    @Test
    void aRunStopsWhenImportOrdersFromMovesUnderItAndTheNextRunReadsTheNewWindow() {
        // three orders before 'Import Orders from': the window moving back to them must bring all three
        List<SandboxOrder> earlier = List.of(pad.order(cutoff.minusSeconds(300)), pad.order(cutoff.minusSeconds(200)),
                pad.order(cutoff.minusSeconds(100)));
        onPage(1, () -> pad.cutover.setImportFrom(cutoff.minusSeconds(600), pad.shop.zone(), true, true));
        runStopsWith(ProblemCode.PLAN_CHANGED_DURING_RUN);
        assertThat(stored()).isEmpty();
        assertThat(state().cursor()).as("the old run did not write its cursor over the cleared one").isNull();

        engine().run("now", e -> { });
        assertThat(stored()).hasSize(603).extracting(Order::cartOrderId)
                .doesNotHaveDuplicates()
                .containsAll(earlier.stream().map(o -> String.valueOf(o.id())).toList());
    }

    @Test
    void aRunStopsWhenTheCutoffMovesUnderIt() {
        onPage(1, () -> pad.cutover.setCutoff(cutoff.minusSeconds(60), pad.shop.zone()));
        runStopsWith(ProblemCode.PLAN_CHANGED_DURING_RUN);
        assertThat(stored()).isEmpty();
    }

    /**
     * Page 3 is read while page 2 commits (one page ahead): by then page 1 has committed, page 2 may
     * have, and nothing after the change does.
     */
    void committedUpToPageTwo() {
        assertThat(stored()).size().isIn(ShopifyConnector.PAGE_SIZE, 2 * ShopifyConnector.PAGE_SIZE);
    }

    @Test
    void aRunStopsWhenTheCartIsDisconnectedAndWritesNoFurtherPage() {
        onPage(3, pad.cutover::disconnect);
        assertThatThrownBy(() -> engine().run("now", e -> { })).isInstanceOf(Refusal.class);
        committedUpToPageTwo();
        assertThat(state().cursor()).isNull();
        assertThat(state().watermark()).as("'Last Order from' moves only when a run completes").isNull();
    }

    @Test
    void aRunStopsWhenNewCredentialsAreSavedUnderIt() {
        onPage(3, () -> pad.cutover.connect(new CartConfig(pad.config().kind(), pad.config().url(),
                Map.of(CartConfig.TOKEN, "shpat_rotated000000000000000000000"), null)));
        assertThatThrownBy(() -> engine().run("now", e -> { })).isInstanceOf(Refusal.class);
        committedUpToPageTwo();
        assertThat(pad.cutover.problems()).extracting(Problem::code).containsExactly(ProblemCode.CONNECTION_TEST_STALE);
    }

    @Test
    void aRunStopsWhenOpenOrdersNoneIsDeclaredAgainUnderIt() {
        onPage(1, () -> pad.cutover.declareNoOpenOrders("again"));
        runStopsWith(ProblemCode.PLAN_CHANGED_DURING_RUN);
        assertThat(stored()).isEmpty();
    }

    @Test
    void aBatchCommittedDuringARunStopsItSoItsOrdersAreNotImportedTwice() throws Exception {
        SandboxOrder overlap = pad.order(cutoff.minusSeconds(30));
        pad.cutover.setImportFrom(cutoff.minusSeconds(60), pad.shop.zone(), true, true);
        Path file = openOrdersFile(overlap);
        onPage(1, () -> new OpenOrdersImporter(pad.cutover).commit(ImportRequest.of(file)));
        runStopsWith(ProblemCode.PLAN_CHANGED_DURING_RUN);

        engine().run("now", e -> { });
        assertThat(stored()).hasSize(601).extracting(Order::cartOrderId).doesNotHaveDuplicates();
        assertThat(stored()).filteredOn(o -> o.cartOrderId().equals(String.valueOf(overlap.id())))
                .extracting(Order::source).containsExactly(OrderSource.MIGRATED);
    }

    @Test
    void aBatchUndoneDuringARunStopsItSoItsOrdersAreNotLost() throws Exception {
        SandboxOrder overlap = pad.order(cutoff.minusSeconds(30));
        pad.cutover.setImportFrom(cutoff.minusSeconds(60), pad.shop.zone(), true, true);
        long batch = new OpenOrdersImporter(pad.cutover).commit(ImportRequest.of(openOrdersFile(overlap))).batchId();
        onPage(1, () -> new OpenOrderBatches(pad.cutover).undo(batch));
        runStopsWith(ProblemCode.PLAN_CHANGED_DURING_RUN);

        pad.cutover.declareNoOpenOrders("the file was wrong; nothing open");
        engine().run("now", e -> { });
        assertThat(stored()).hasSize(601).extracting(Order::cartOrderId).doesNotHaveDuplicates()
                .contains(String.valueOf(overlap.id()));
    }
}
