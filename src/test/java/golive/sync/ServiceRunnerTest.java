package golive.sync;

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

/** The background service's runner ({@code sync run --service}): stands by while Auto Sync is stopped, never starts it. */
class ServiceRunnerTest {
    Launchpad pad;
    Instant cutoff;

    @BeforeEach
    void setUp() {
        pad = Launchpad.inMemory();
        cutoff = Instant.now().truncatedTo(ChronoUnit.SECONDS).minus(Duration.ofHours(1));
        pad.readyToSync(cutoff, cutoff);
    }

    @AfterEach
    void tearDown() {
        pad.close();
    }

    SyncStateStore.State state() {
        return pad.db.read(new SyncStateStore()::load);
    }

    @Test
    void theServiceWaitsWhileStoppedImportsOnceStartedAndWaitsAgainAfterAStop() throws Exception {
        pad.order(cutoff.plusSeconds(1));
        CopyOnWriteArrayList<SyncEvent> events = new CopyOnWriteArrayList<>();
        AutoSync service = new AutoSync(pad.cutover, events::add, true);
        CompletableFuture<AutoSync.Exit> exit = CompletableFuture.supplyAsync(service::standBy);
        assertThat(service.holder()).startsWith(SyncLease.SERVICE_PREFIX);

        pad.cutover.startSync(Duration.ofSeconds(1));
        assertThat(state().running()).isTrue();
        Await.until(() -> pad.db.read(new OrderStore()::all).size() == 1);
        assertThat(state().leaseHolder()).startsWith(SyncLease.SERVICE_PREFIX);
        assertThat(events).anyMatch(e -> e instanceof SyncEvent.Holding h && h.holder().equals(service.holder()));

        pad.cutover.stopSync("stopped by user");
        Await.until(() -> state().leaseHolder() == null);
        assertThat(exit).as("a stop leaves the service standing by").isNotDone();
        assertThat(state().running()).as("the service never starts Auto Sync itself").isFalse();

        service.close();
        assertThat(exit.get(10, TimeUnit.SECONDS)).isEqualTo(AutoSync.Exit.CLOSED);
    }
}
