package golive.sync;

import golive.testkit.StoreKind;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;
import golive.cart.CartException;
import golive.cart.shopify.ShopifyConnector;
import golive.domain.Order;
import golive.domain.OrderSource;
import golive.launch.ProblemCode;
import golive.launch.Refusal;
import golive.sandbox.Fault;
import golive.sandbox.OrderGenerator;
import golive.sandbox.SandboxOrder;
import golive.store.OrderStore;
import golive.store.SyncStateStore;
import golive.testkit.Launchpad;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;

import static golive.sandbox.shopify.ShopifySandbox.orderName;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@ParameterizedClass(name = "on {0}")
@EnumSource(StoreKind.class)
class SyncEngineTest {
    @Parameter
    StoreKind store;
    Launchpad pad;
    Instant cutoff;

    @BeforeEach
    void setUp() {
        pad = Launchpad.on(store);
        cutoff = Instant.now().truncatedTo(ChronoUnit.SECONDS).minus(Duration.ofHours(3));
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

    @Test
    void aRunIsRefusedWithEveryProblemUntilTheGuardIsSatisfied() {
        assertThatThrownBy(() -> engine().run("now", e -> { }))
                .isInstanceOfSatisfying(Refusal.class, r -> assertThat(r.problems()).extracting(p -> p.code())
                        .containsExactly(ProblemCode.CART_NOT_CONNECTED, ProblemCode.CUTOFF_NOT_CONFIRMED,
                                ProblemCode.OPEN_ORDERS_NOT_IMPORTED, ProblemCode.IMPORT_FROM_NOT_SET));
        assertThat(stored()).isEmpty();
    }

    @Test
    void anOrderAtExactlyImportFromIsImportedAndOneSecondEarlierIsNot() {
        pad.readyToSync(cutoff, cutoff);
        SandboxOrder at = pad.order(cutoff);
        SandboxOrder before = pad.order(cutoff.minusSeconds(1));
        pad.shop.edit(before.id(), x -> x); // touched now, so the updated-since read does return it
        SyncResult r = engine().run("now", e -> { });
        assertThat(stored()).extracting(Order::cartOrderId).containsExactly(String.valueOf(at.id()));
        assertThat(r.counts().imported()).isEqualTo(1);
        assertThat(r.counts().skippedIneligible()).isEqualTo(1);
        assertThat(String.valueOf(before.id())).isNotIn(stored().stream().map(Order::cartOrderId).toList());
        assertThat(r.watermark()).isEqualTo(cutoff);
    }

    @Test
    void lastOrderFromIsTheNewestCartOrderTheStoreHoldsAfterEachRun() {
        pad.readyToSync(cutoff, cutoff);
        pad.order(cutoff.plusSeconds(100));
        assertThat(engine().run("now", e -> { }).watermark()).isEqualTo(cutoff.plusSeconds(100));
        SandboxOrder newer = pad.order(cutoff.plusSeconds(300));
        SandboxOrder older = pad.order(cutoff.plusSeconds(50)); // arrives late, older than the newest
        pad.shop.edit(newer.id(), x -> x); // touched now, so the next run's updated-since read returns them
        pad.shop.edit(older.id(), x -> x);
        assertThat(engine().run("now", e -> { }).watermark()).isEqualTo(cutoff.plusSeconds(300));
        assertThat(stored()).hasSize(3);
    }

    @Test
    void importingTwiceAddsNothing() {
        pad.readyToSync(cutoff, cutoff);
        new OrderGenerator(7).fill(pad.shop, 120, cutoff, Instant.now().minusSeconds(60));
        SyncResult first = engine().run("now", e -> { });
        int eligible = first.counts().imported();
        assertThat(eligible).isPositive();
        SyncResult second = engine().run("now", e -> { });
        assertThat(second.counts().imported()).isZero();
        assertThat(stored()).hasSize(eligible);
        assertThat(stored()).extracting(Order::cartOrderId).doesNotHaveDuplicates();
    }

    @Test
    void ordersArrivingBetweenPagesAreNeitherLostNorDuplicated() {
        pad.readyToSync(cutoff, cutoff);
        for (int i = 0; i < 600; i++) {
            pad.order(cutoff.plusSeconds(i * 10L));
        }
        AtomicBoolean once = new AtomicBoolean();
        pad.server.afterOrdersPage(page -> {
            if (page.hasNext() && once.compareAndSet(false, true)) {
                pad.order(Instant.now().truncatedTo(ChronoUnit.SECONDS)); // lands while we page
            }
        });
        engine().run("now", e -> { });
        engine().run("now", e -> { }); // the next run's window (start - 15 min) catches the newcomer
        assertThat(stored()).hasSize(601);
        assertThat(stored()).extracting(Order::cartOrderId).doesNotHaveDuplicates();
    }

    @Test
    void anOrderFulfilledBetweenPagesIsNotImportedWhenReadFulfilled() {
        pad.readyToSync(cutoff, cutoff);
        List<SandboxOrder> orders = new java.util.ArrayList<>();
        for (int i = 0; i < 300; i++) {
            orders.add(pad.order(cutoff.plusSeconds(i)));
        }
        SandboxOrder newest = orders.get(299); // oldest change first: the newest is on the last page
        AtomicBoolean once = new AtomicBoolean();
        pad.server.afterOrdersPage(page -> {
            if (once.compareAndSet(false, true)) {
                pad.shop.fulfil(newest.id());
            }
        });
        SyncResult r = engine().run("now", e -> { });
        assertThat(r.counts().fetched()).isEqualTo(300);
        assertThat(stored()).hasSize(299).extracting(Order::cartOrderId).doesNotContain(String.valueOf(newest.id()));
    }

    @Test
    void anOrderThatBecomesEligibleAfterItWasCreatedIsImportedByALaterRun() {
        pad.readyToSync(cutoff, cutoff);
        SandboxOrder o = pad.order(cutoff.plusSeconds(60));
        pad.shop.fulfil(o.id());
        engine().run("now", e -> { });
        assertThat(stored()).isEmpty();
        // the fulfilment is cancelled in the cart: open again, updated now, created long before the last run
        pad.shop.edit(o.id(), x -> x.withLines(x.lines().stream().map(l -> l.withFulfilled(0)).toList()));
        engine().run("now", e -> { });
        assertThat(stored()).extracting(Order::cartOrderId).containsExactly(String.valueOf(o.id()));
    }

    @Test
    void aCancelledOrRefundedOrderIsMarkedNeedsAttentionAndNotChanged() {
        pad.readyToSync(cutoff, cutoff);
        SandboxOrder a = pad.order(cutoff.plusSeconds(1));
        SandboxOrder b = pad.order(cutoff.plusSeconds(2));
        engine().run("now", e -> { });
        pad.shop.cancel(a.id());
        pad.shop.refund(b.id());
        SyncResult r = engine().run("now", e -> { });
        assertThat(r.counts().attention()).isEqualTo(2);
        List<Order> orders = stored();
        assertThat(orders).allMatch(Order::needsAttention);
        assertThat(orders).filteredOn(o -> o.cartOrderId().equals(String.valueOf(a.id()))).singleElement()
                .satisfies(o -> {
                    assertThat(o.attentionReason()).contains("cancelled");
                    assertThat(o.status()).isEqualTo("PENDING");
                    assertThat(o.total().amount()).isEqualByComparingTo(a.total());
                });
    }

    @Test
    void transientFaultsAreRetriedAndTheRunCompletes() {
        pad.readyToSync(cutoff, cutoff);
        for (int i = 0; i < 300; i++) {
            pad.order(cutoff.plusSeconds(i));
        }
        pad.server.faults().next(new Fault.RateLimited("0.05")).next(new Fault.Status(503)).next(new Fault.TruncatedJson());
        SyncResult r = engine().run("now", e -> { });
        assertThat(r.counts().imported()).isEqualTo(300);
        assertThat(stored()).hasSize(300);
    }

    @Test
    void aPageThatKeepsFailingFailsTheRunAndTheCursorStays() {
        pad.readyToSync(cutoff, cutoff);
        for (int i = 0; i < 300; i++) {
            pad.order(cutoff.plusSeconds(i));
        }
        AtomicBoolean once = new AtomicBoolean();
        pad.server.afterOrdersPage(p -> {
            if (once.compareAndSet(false, true)) {
                pad.server.faults().always(new Fault.Status(503));
            }
        });
        assertThatThrownBy(() -> engine().run("now", e -> { })).isInstanceOf(CartException.Unavailable.class);
        SyncStateStore.State st = pad.db.read(new SyncStateStore()::load);
        assertThat(st.cursor()).isNull();
        assertThat(stored()).hasSize(ShopifyConnector.PAGE_SIZE); // the first page was committed
        pad.server.faults().clear();
        engine().run("now", e -> { });
        assertThat(stored()).hasSize(300).extracting(Order::cartOrderId).doesNotHaveDuplicates();
    }

    @Test
    void revokedCredentialsStopAutoSync() {
        pad.readyToSync(cutoff, cutoff);
        pad.order(cutoff.plusSeconds(1));
        pad.cutover.startSync(Duration.ofMinutes(5));
        pad.server.access().revokeToken();
        assertThatThrownBy(() -> engine().run("now", e -> { })).isInstanceOf(CartException.Rejected.class);
        SyncStateStore.State st = pad.db.read(new SyncStateStore()::load);
        assertThat(st.running()).isFalse();
        assertThat(st.stoppedReason()).contains("rejected");
        // the pass the credentials had no longer stands: Start waits for a new test, and every screen says why
        assertThat(pad.cutover.problems()).extracting(p -> p.code()).contains(golive.launch.ProblemCode.CONNECTION_TEST_FAILED);
        assertThatThrownBy(() -> pad.cutover.startSync(Duration.ofMinutes(5))).isInstanceOf(golive.launch.Refusal.class);
        assertThat(pad.cutover.storeZone()).contains(pad.shop.zone()); // the store's zone is kept
    }

    @Test
    void aDryRunWritesNothingAndIsAllowedBeforeTheGuardIsReady() {
        pad.cutover.connect(pad.config());
        pad.cutover.setImportFrom(cutoff, pad.shop.zone(), false, false);
        pad.order(cutoff.plusSeconds(5));
        SyncResult r = engine().dryRun(e -> { });
        assertThat(r.dryRun()).isTrue();
        assertThat(r.wouldImport()).hasSize(1);
        assertThat(stored()).isEmpty();
        List<SyncStateStore.Run> runs = pad.db.read(c -> new SyncStateStore().recentRuns(c, 10));
        assertThat(runs).isEmpty();
    }

    @Test
    void theOverlapSkipsMigratedOrdersWithoutPerOrderLookups() {
        Instant importFrom = cutoff.minus(Duration.ofHours(1));
        pad.readyToSync(cutoff, importFrom);
        SandboxOrder migrated = pad.order(cutoff.minus(Duration.ofMinutes(30)));
        SandboxOrder notMigrated = pad.order(cutoff.minus(Duration.ofMinutes(20)));
        SandboxOrder after = pad.order(cutoff.plusSeconds(10));
        pad.db.inTransaction(c -> new OrderStore().insert(c, new golive.store.NewOrder(OrderSource.MIGRATED,
                pad.config().shopKey(), null, orderName(migrated), orderName(migrated).replace("#", ""), migrated.createdAt(),
                golive.domain.DocType.SALES_ORDER, new golive.domain.Money(migrated.total(), "USD"), null, null, null, null,
                null, null, List.of()), Instant.now()));
        SyncResult r = engine().run("now", e -> { });
        assertThat(r.counts().skippedMigrated()).isEqualTo(1);
        assertThat(r.counts().possibleDuplicates()).isEqualTo(1);
        assertThat(stored()).filteredOn(o -> o.source() == OrderSource.CART).extracting(Order::cartOrderId)
                .containsExactlyInAnyOrder(String.valueOf(notMigrated.id()), String.valueOf(after.id()));
    }

    @Test
    void theFirstImportLocksThePlanAndResetUnlocksIt() {
        pad.readyToSync(cutoff, cutoff);
        pad.order(cutoff.plusSeconds(1));
        engine().run("now", e -> { });
        assertThatThrownBy(() -> pad.cutover.setCutoff(cutoff.plusSeconds(60), pad.shop.zone()))
                .isInstanceOfSatisfying(Refusal.class, r -> assertThat(r.problems().get(0).code()).isEqualTo(ProblemCode.PLAN_LOCKED));
        pad.cutover.resetPlan("moved the go-live date");
        pad.cutover.setCutoff(cutoff.plusSeconds(60), pad.shop.zone());
        assertThat(stored()).hasSize(1);
    }

    @Test
    void oneOrderCanBeImportedByIdAndIneligibleOrUnknownOnesAreRefused() {
        pad.readyToSync(cutoff, cutoff);
        SandboxOrder open = pad.order(cutoff.plusSeconds(1));
        SandboxOrder shipped = pad.order(cutoff.plusSeconds(2));
        pad.shop.fulfil(shipped.id());
        assertThat(engine().importOne(String.valueOf(open.id())).imported()).isEqualTo(1);
        assertThat(engine().importOne(String.valueOf(open.id())).alreadyImported()).isEqualTo(1);
        assertThatThrownBy(() -> engine().importOne(String.valueOf(shipped.id())))
                .isInstanceOfSatisfying(Refusal.class, r -> assertThat(r.problems().get(0).code()).isEqualTo(ProblemCode.ORDER_NOT_ELIGIBLE));
        assertThatThrownBy(() -> engine().importOne("999"))
                .isInstanceOfSatisfying(Refusal.class, r -> assertThat(r.problems().get(0).code()).isEqualTo(ProblemCode.ORDER_NOT_FOUND));
        assertThat(stored()).hasSize(1);
    }

    @Test
    void aPlanResetWhileARunReadsStopsTheRunAndTheResetStands() {
        pad.readyToSync(cutoff, cutoff);
        for (int i = 0; i < 700; i++) {
            pad.order(cutoff.plusSeconds(i));
        }
        java.util.concurrent.atomic.AtomicInteger served = new java.util.concurrent.atomic.AtomicInteger();
        pad.server.afterOrdersPage(page -> {
            if (served.incrementAndGet() == 3) {
                pad.cutover.resetPlan("moved the go-live"); // page 3 is read while page 2 commits: page 1 has committed
            }
        });
        assertThatThrownBy(() -> engine().run("now", e -> { }))
                .isInstanceOfSatisfying(Refusal.class, r -> assertThat(r.problems().get(0).code()).isEqualTo(ProblemCode.PLAN_CHANGED_DURING_RUN));
        golive.store.PlanStore.Plan plan = pad.db.read(new golive.store.PlanStore()::load);
        assertThat(plan.locked()).isFalse();
        assertThat(pad.db.read(new SyncStateStore()::load).cursor()).isNull();
        assertThat(stored()).as("what was committed before the reset stays").size()
                .isIn(ShopifyConnector.PAGE_SIZE, 2 * ShopifyConnector.PAGE_SIZE);
        pad.cutover.setImportFrom(cutoff.minusSeconds(3600), pad.shop.zone(), false, true);
        pad.cutover.startSync(Duration.ofMinutes(5));
        engine().run("now", e -> { });
        assertThat(stored()).hasSize(700).extracting(Order::cartOrderId).doesNotHaveDuplicates();
    }

    @Test
    void aRunThatImportsNothingDoesNotLockThePlan() {
        pad.readyToSync(cutoff, cutoff);
        engine().run("now", e -> { });
        assertThat(pad.db.read(new golive.store.PlanStore()::load).locked()).isFalse();
        pad.cutover.setCutoff(cutoff.plusSeconds(60), pad.shop.zone());
    }
}
