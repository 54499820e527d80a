package golive.sync;

import golive.testkit.StoreKind;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;
import golive.launch.LaunchStateReader;
import golive.launch.ProblemCode;
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
import java.util.function.BooleanSupplier;

import static org.assertj.core.api.Assertions.assertThat;

@ParameterizedClass(name = "on {0}")
@EnumSource(StoreKind.class)
class AutoSyncTest {
    @Parameter
    StoreKind store;
    Launchpad pad;
    Instant cutoff;

    @BeforeEach
    void setUp() {
        pad = Launchpad.on(store);
        cutoff = Instant.now().truncatedTo(ChronoUnit.SECONDS).minus(Duration.ofHours(1));
        pad.readyToSync(cutoff, cutoff);
    }

    @AfterEach
    void tearDown() {
        pad.close();
    }

    int stored() {
        return pad.db.read(new OrderStore()::all).size();
    }

    SyncStateStore.State state() {
        return pad.db.read(new SyncStateStore()::load);
    }

    static void await(BooleanSupplier condition) throws InterruptedException {
        Await.until(condition);
    }

    @Test
    void theRunnerImportsOnItsIntervalUntilSomeoneStopsAutoSync() throws Exception {
        pad.cutover.startSync(Duration.ofSeconds(1));
        pad.order(cutoff.plusSeconds(1));
        CopyOnWriteArrayList<SyncEvent> events = new CopyOnWriteArrayList<>();
        AutoSync runner = new AutoSync(pad.cutover, events::add);
        CompletableFuture<AutoSync.Exit> exit = CompletableFuture.supplyAsync(runner::runUntilStopped);
        await(() -> stored() == 1);
        assertThat(LaunchStateReader.runnerAlive(state(), Instant.now())).isTrue();
        pad.order(Instant.now().truncatedTo(ChronoUnit.SECONDS));
        await(() -> stored() == 2); // the next interval brings the newcomer
        assertThat(events).anyMatch(e -> e instanceof SyncEvent.Finished);

        // a second runner waits, naming the holder, and imports nothing while the first lives
        CopyOnWriteArrayList<SyncEvent> second = new CopyOnWriteArrayList<>();
        CompletableFuture<AutoSync.Exit> secondExit = CompletableFuture.supplyAsync(new AutoSync(pad.cutover, second::add)::runUntilStopped);
        await(() -> !second.isEmpty());
        assertThat(second.get(0)).isInstanceOfSatisfying(SyncEvent.Waiting.class,
                w -> assertThat(w.holder()).isEqualTo(runner.holder()));

        pad.cutover.stopSync("test");
        assertThat(exit.get(10, TimeUnit.SECONDS)).isEqualTo(AutoSync.Exit.STOPPED);
        assertThat(secondExit.get(10, TimeUnit.SECONDS)).isEqualTo(AutoSync.Exit.STOPPED);
        assertThat(second).noneMatch(e -> e instanceof SyncEvent.Started);
        assertThat(state().leaseHolder()).as("the lease is given back").isNull();
    }

    @Test
    void revokedCredentialsStopTheRunner() throws Exception {
        pad.cutover.startSync(Duration.ofSeconds(1));
        AutoSync runner = new AutoSync(pad.cutover, e -> { });
        CompletableFuture<AutoSync.Exit> exit = CompletableFuture.supplyAsync(runner::runUntilStopped);
        await(() -> state().lastSuccessEnd() != null);
        pad.server.access().revokeToken();
        assertThat(exit.get(15, TimeUnit.SECONDS)).isEqualTo(AutoSync.Exit.CREDENTIALS_REJECTED);
        assertThat(state().running()).isFalse();
        assertThat(state().stoppedReason()).contains("rejected");
    }

    @Test
    void runNowImportsWithoutWaitingForTheInterval() throws Exception {
        pad.cutover.startSync(Duration.ofHours(1));
        AutoSync runner = new AutoSync(pad.cutover, e -> { });
        CompletableFuture<AutoSync.Exit> exit = CompletableFuture.supplyAsync(runner::runUntilStopped);
        await(() -> state().lastSuccessEnd() != null);
        pad.order(Instant.now().truncatedTo(ChronoUnit.SECONDS));
        runner.runNow();
        await(() -> stored() == 1);
        runner.close();
        assertThat(exit.get(10, TimeUnit.SECONDS)).isEqualTo(AutoSync.Exit.CLOSED);
        assertThat(state().running()).as("closing the runner does not stop Auto Sync").isTrue();
    }

    /** The newest connection test on record is a failure, as after a re-test that met a cart that was down. */
    void recordFailedTest() {
        pad.db.inTransaction(c -> {
            pad.cutover.carts().recordTest(c, pad.cutover.carts().fingerprint(pad.config()), Instant.now(), new golive.cart.ConnectionReport(
                    java.util.List.of(golive.cart.CheckResult.fail("reachable", "HTTP 503 after 4 attempts")), null, null, null, null, null));
            return null;
        });
    }

    @Test
    void aRunnerWhoseReTestFailedTestsAgainAndImportsOnceTheCartIsBack() throws Exception {
        pad.cutover.startSync(Duration.ofSeconds(1));
        recordFailedTest();
        pad.order(cutoff.plusSeconds(1));
        AutoSync runner = new AutoSync(pad.cutover, e -> { });
        CompletableFuture<AutoSync.Exit> exit = CompletableFuture.supplyAsync(runner::runUntilStopped);
        await(() -> stored() == 1);
        assertThat(pad.cutover.problems()).isEmpty();
        runner.close();
        assertThat(exit.get(10, TimeUnit.SECONDS)).isEqualTo(AutoSync.Exit.CLOSED);
    }

    @Test
    void aReTestThatFindsTheCredentialsRejectedStopsAutoSyncAudited() throws Exception {
        pad.cutover.startSync(Duration.ofSeconds(1));
        recordFailedTest();
        pad.server.access().revokeToken();
        AutoSync runner = new AutoSync(pad.cutover, e -> { });
        assertThat(CompletableFuture.supplyAsync(runner::runUntilStopped).get(15, TimeUnit.SECONDS))
                .isEqualTo(AutoSync.Exit.CREDENTIALS_REJECTED);
        assertThat(state().running()).isFalse();
        assertThat(state().stoppedReason()).contains("rejected");
        java.util.List<golive.store.AuditLog.Entry> log = pad.db.read(c -> golive.store.AuditLog.recent(c, 5));
        assertThat(log).anyMatch(e -> e.action().equals("sync.stop"));
    }

    @Test
    void aRunnerWhoseTestIsStaleTestsAgainAndImports() throws Exception {
        pad.cutover.startSync(Duration.ofSeconds(1));
        // as after the upgrade from unsalted fingerprints, had the migration not recomputed them
        pad.db.inTransaction(c -> {
            pad.cutover.carts().recordTest(c, "sha256-of-an-older-config", Instant.now(), pad.cutover.carts().lastTest(c).orElseThrow().report());
            return null;
        });
        assertThat(pad.cutover.problems()).extracting(p -> p.code()).containsExactly(ProblemCode.CONNECTION_TEST_STALE);
        pad.order(cutoff.plusSeconds(1));
        AutoSync runner = new AutoSync(pad.cutover, e -> { });
        CompletableFuture<AutoSync.Exit> exit = CompletableFuture.supplyAsync(runner::runUntilStopped);
        await(() -> stored() == 1);
        assertThat(pad.cutover.problems()).isEmpty();
        runner.close();
        assertThat(exit.get(10, TimeUnit.SECONDS)).isEqualTo(AutoSync.Exit.CLOSED);
    }

    /** The background service's runner ({@code sync run --service}): stands by while Auto Sync is stopped, never starts it. */
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
