package golive.sync;

import golive.cart.CartException;
import golive.domain.Order;
import golive.launch.Problem;
import golive.launch.ProblemCode;
import golive.launch.Refusal;
import golive.report.StatusReport;
import golive.sandbox.SandboxOrder;
import golive.store.OrderStore;
import golive.store.SyncStateStore;
import golive.testkit.Await;
import golive.testkit.Launchpad;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;

import static golive.sandbox.shopify.ShopifySandbox.orderName;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Issue 8's scenarios for the sync itself, on a real H2 file database: the cart's clock, an order
 * the store cannot hold, a listing shorter than the cart's own count.
 */
class SyncIntegrityTest {
    @TempDir
    Path dir;
    Launchpad pad;
    Instant cutoff;

    @BeforeEach
    void setUp() {
        pad = Launchpad.onFile(dir);
        cutoff = Instant.now().truncatedTo(ChronoUnit.SECONDS).minus(Duration.ofHours(2));
        pad.readyToSync(cutoff, cutoff);
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

    SandboxOrder orderWithSku(String sku) {
        return pad.shop.add(SandboxOrder.draft(cutoff.plusSeconds(60), "long@example.com",
                List.of(new SandboxOrder.Line(sku, "Poster", null, 1, new BigDecimal("5.00"), 0))));
    }

    @Test
    void aSkewWithinTheLimitLeavesTheCursorOnTheCartsClockAndLosesNothing() {
        pad.order(cutoff.plusSeconds(1));
        pad.clock.runAhead(Duration.ofMinutes(7)); // after the connection test; within the 7.5-minute limit
        Instant cartBefore = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        engine().run("now", e -> { });
        Instant cartAfter = Instant.now();
        assertThat(state().cursor()).as("the cart's clock at the first response, minus the overlap; not this computer's")
                .isBetween(cartBefore.minus(SyncEngine.OVERLAP), cartAfter.minus(SyncEngine.OVERLAP));
        assertThat(state().clockSkew()).isBetween(Duration.ofMinutes(-7).minusSeconds(2), Duration.ofMinutes(-7).plusSeconds(2));

        SandboxOrder justAfter = pad.order(Instant.now().truncatedTo(ChronoUnit.SECONDS));
        engine().run("now", e -> { });
        assertThat(stored()).hasSize(2).extracting(Order::cartOrderId).contains(String.valueOf(justAfter.id()));
    }

    @Test
    void aSkewOverTheLimitStopsTheRunBeforeItWritesNamingTheClock() {
        pad.order(cutoff.plusSeconds(1));
        pad.clock.runAhead(Duration.ofMinutes(20));
        assertThatThrownBy(() -> engine().run("now", e -> { }))
                .isInstanceOfSatisfying(Refusal.class, r -> assertThat(r.problems()).extracting(Problem::code)
                        .containsExactly(ProblemCode.CLOCK_SKEW));
        assertThat(golive.i18n.Messages.of(pad.cutover.problems().get(0)))
                .contains("The cart's clock is 1200 s behind this computer's").contains("imports wait until the clocks agree");
        assertThat(stored()).isEmpty();
        assertThat(state().cursor()).isNull();
        assertThat(pad.cutover.problems()).extracting(Problem::code).containsExactly(ProblemCode.CLOCK_SKEW);

        pad.clock.runAhead(Duration.ZERO); // someone fixed the computer's clock
        engine().run("now", e -> { });
        assertThat(stored()).hasSize(1);
        assertThat(pad.cutover.problems()).isEmpty();
    }

    @Test
    void aHeadlessRunnerKeepsMeasuringAndResumesWhenTheClocksAgree() throws Exception {
        pad.order(cutoff.plusSeconds(1));
        pad.clock.runAhead(Duration.ofMinutes(-20));
        pad.cutover.startSync(Duration.ofSeconds(1));
        CopyOnWriteArrayList<SyncEvent> events = new CopyOnWriteArrayList<>();
        AutoSync runner = new AutoSync(pad.cutover, events::add);
        CompletableFuture<AutoSync.Exit> exit = CompletableFuture.supplyAsync(runner::runUntilStopped);
        Await.until(() -> events.stream().filter(e -> e instanceof SyncEvent.Failed).count() >= 2);
        assertThat(stored()).isEmpty();
        pad.clock.runAhead(Duration.ZERO);
        Await.until(() -> stored().size() == 1);
        runner.close();
        assertThat(exit.get(10, TimeUnit.SECONDS)).isEqualTo(AutoSync.Exit.CLOSED);
    }

    @Test
    void anOrderTheStoreCannotHoldIsSetAsideAndTheRestImported() {
        SandboxOrder poison = orderWithSku("S".repeat(256));
        for (int i = 0; i < 10; i++) {
            pad.order(cutoff.plusSeconds(100 + i));
        }
        SyncResult first = engine().run("now", e -> { });
        assertThat(first.counts().imported()).isEqualTo(10);
        assertThat(first.counts().setAside()).isEqualTo(1);
        assertThat(state().cursor()).as("the cursor may pass it: it is recorded").isNotNull();
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> aside = (List<Map<String, Object>>) StatusReport.sync(pad.cutover).get("setAside");
        assertThat(aside).singleElement().satisfies(a -> {
            assertThat(a.get("cartOrderId")).isEqualTo(String.valueOf(poison.id()));
            assertThat((String) a.get("reason")).contains("SKU").contains("256").contains("255");
        });
        assertThat(StatusReport.syncText(StatusReport.sync(pad.cutover))).contains("Orders set aside").contains(orderName(poison));

        SyncResult second = engine().run("now", e -> { });
        assertThat(second.counts().setAside()).as("tried again by id on the next run").isEqualTo(1);

        pad.shop.edit(poison.id(), o -> o.withLines(List.of(new SandboxOrder.Line("POSTER-A2", "Poster", null, 1,
                new BigDecimal("5.00"), 0))));
        SyncResult third = engine().run("now", e -> { });
        assertThat(third.counts().setAside()).isZero();
        assertThat(stored()).hasSize(11).extracting(Order::cartOrderId).contains(String.valueOf(poison.id()));
        assertThat((List<?>) StatusReport.sync(pad.cutover).get("setAside")).isEmpty();
    }

    @Test
    void aRunnerSurvivesAPoisonOrderAndKeepsImporting() throws Exception {
        orderWithSku("S".repeat(300));
        pad.cutover.startSync(Duration.ofSeconds(1));
        AutoSync runner = new AutoSync(pad.cutover, e -> { });
        CompletableFuture<AutoSync.Exit> exit = CompletableFuture.supplyAsync(runner::runUntilStopped);
        Await.until(() -> state().lastSuccessEnd() != null);
        pad.order(Instant.now().truncatedTo(ChronoUnit.SECONDS));
        Await.until(() -> stored().size() == 1);
        assertThat(exit).isNotDone();
        runner.close();
        assertThat(exit.get(10, TimeUnit.SECONDS)).isEqualTo(AutoSync.Exit.CLOSED);
    }

    @Test
    void aRunThatReadsFewerOrdersThanTheCartCountsFailsAndKeepsTheCursor() {
        List<SandboxOrder> orders = new java.util.ArrayList<>();
        for (int i = 0; i < 300; i++) {
            orders.add(pad.order(cutoff.plusSeconds(i)));
        }
        pad.server.unlist(Set.of(orders.get(123).id())); // the cart's listing loses one the count still has
        assertThatThrownBy(() -> engine().run("now", e -> { })).isInstanceOf(CartException.Incomplete.class)
                .hasMessageContaining("300").hasMessageContaining("299");
        assertThat(state().cursor()).isNull();
        SyncStateStore.Run failed = pad.db.read(c -> new SyncStateStore().recentRuns(c, 1)).get(0);
        assertThat(failed.outcome()).isEqualTo("FAILED");
        assertThat(failed.cartCount()).isEqualTo(300L);
        assertThat(failed.distinctRead()).isEqualTo(299L);

        pad.server.unlist(Set.of());
        engine().run("now", e -> { });
        assertThat(stored()).hasSize(300).extracting(Order::cartOrderId).doesNotHaveDuplicates();
    }
}
