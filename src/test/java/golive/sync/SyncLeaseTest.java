package golive.sync;

import golive.testkit.StoreKind;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;
import golive.store.OrderStore;
import golive.store.SyncStateStore;
import golive.testkit.Await;
import golive.testkit.Launchpad;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/** The lease beats while held and lapses three beats after a holder dies (the tests beat every second). */
@ParameterizedClass(name = "on {0}")
@EnumSource(StoreKind.class)
class SyncLeaseTest {
    @Parameter
    StoreKind store;
    Launchpad pad;
    final SyncStateStore sync = new SyncStateStore();

    @BeforeEach
    void setUp() {
        pad = Launchpad.on(store);
    }

    @AfterEach
    void tearDown() {
        pad.close();
    }

    SyncStateStore.State state() {
        return pad.db.read(sync::load);
    }

    @Test
    void aHeldLeaseIsRenewedEveryHeartbeatAndLivesThreeHeartbeatsByTheDatabaseClock() throws Exception {
        SyncLease lease = SyncLease.runner(pad.db);
        assertThat(lease.tryAcquire()).isTrue();
        Instant first = state().heartbeatAt();
        assertThat(Duration.between(first, state().leaseExpiresAt())).isEqualTo(SyncLease.TTL);
        assertThat(SyncLease.TTL).isEqualTo(SyncLease.HEARTBEAT.multipliedBy(3));

        Await.until(() -> state().heartbeatAt().isAfter(first));
        SyncStateStore.State renewed = state();
        assertThat(renewed.leaseHolder()).isEqualTo(lease.holder());
        assertThat(Duration.between(renewed.heartbeatAt(), renewed.leaseExpiresAt())).isEqualTo(SyncLease.TTL);
        assertThat(renewed.heartbeatAt()).as("judged by the database's clock").isBeforeOrEqualTo(pad.db.read(sync::databaseNow));

        lease.release();
        assertThat(state().leaseHolder()).isNull();
        assertThat(lease.held()).isFalse();
    }

    @Test
    void aRunnerWaitsForADeadHoldersLeaseToLapseThenTakesOverAndImports() throws Exception {
        Instant cutoff = Instant.now().truncatedTo(ChronoUnit.SECONDS).minus(Duration.ofHours(1));
        pad.readyToSync(cutoff, cutoff);
        pad.cutover.startSync(Duration.ofSeconds(1));
        pad.order(cutoff.plusSeconds(60));
        // a runner killed with -9 leaves its lease behind, no heartbeat renews it
        String ghost = "runner:4242@gone/deadbeef";
        assertThat(pad.db.<Boolean>inTransaction(c -> sync.acquireLease(c, ghost, SyncLease.TTL))).isTrue();

        CopyOnWriteArrayList<SyncEvent> events = new CopyOnWriteArrayList<>();
        AutoSync runner = new AutoSync(pad.cutover, events::add);
        CompletableFuture<AutoSync.Exit> exit = CompletableFuture.supplyAsync(runner::runUntilStopped);
        Await.until(() -> pad.db.read(new OrderStore()::all).size() == 1);
        runner.close();
        assertThat(exit.get(10, TimeUnit.SECONDS)).isEqualTo(AutoSync.Exit.CLOSED);

        assertThat(events.get(0)).isInstanceOfSatisfying(SyncEvent.Waiting.class, w -> assertThat(w.holder()).isEqualTo(ghost));
        assertThat(events).anyMatch(e -> e instanceof SyncEvent.Holding h && h.holder().equals(runner.holder()));
        assertThat(events.indexOf(events.stream().filter(e -> e instanceof SyncEvent.Holding).findFirst().orElseThrow()))
                .as("it held the lease only after waiting").isPositive();
    }
}
