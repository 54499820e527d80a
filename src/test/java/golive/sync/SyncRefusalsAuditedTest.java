package golive.sync;

import golive.launch.Problem;
import golive.launch.ProblemCode;
import golive.launch.Refusal;
import golive.testkit.Launchpad;
import golive.testkit.Refusals;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The sync engine's refusals a person sees ({@code sync now}, {@code sync import}, the wizard's
 * 'Import new orders now') are audited once each; a run stopped mid-way keeps its own entry and
 * the request is not audited again; the runner's scheduled runs do not fill the log.
 */
class SyncRefusalsAuditedTest {
    final Launchpad pad = Launchpad.inMemory();
    final Instant cutoff = Instant.now().truncatedTo(ChronoUnit.SECONDS).minus(Duration.ofHours(3));

    @AfterEach
    void tearDown() {
        pad.close();
    }

    @Test
    void anUnknownOrderRefusedBySyncImportIsAuditedOnce() {
        pad.readyToSync(cutoff, cutoff);
        assertThatThrownBy(() -> new ImportNow(pad.cutover).order("999999")).isInstanceOf(Refusal.class);
        assertThat(Refusals.in(pad.db)).containsExactly("sync import: ORDER_NOT_FOUND [999999]");
    }

    @Test
    void aRunStoppedByAPlanResetIsAuditedOnceAsTheRunNotAgainAsTheRequest() {
        pad.readyToSync(cutoff, cutoff);
        for (int i = 0; i < 700; i++) {
            pad.order(cutoff.plusSeconds(i));
        }
        AtomicInteger served = new AtomicInteger();
        pad.server.afterOrdersPage(page -> {
            if (served.incrementAndGet() == 3) {
                pad.cutover.resetPlan("moved the go-live"); // page 3 is read while page 2 commits
            }
        });
        assertThatThrownBy(() -> new ImportNow(pad.cutover).run("now", e -> { })).isInstanceOf(Refusal.class);
        assertThat(Refusals.in(pad.db)).singleElement().asString().matches("sync run \\d+: stopped: PLAN_CHANGED_DURING_RUN");
    }

    @Test
    void aScheduledRunRefusedAtItsStartIsNoPersonsRequest() {
        SyncEngine runner = new SyncEngine(pad.cutover, SyncLease.runner(pad.db));
        assertThatThrownBy(() -> runner.run(SyncEngine.SCHEDULED, e -> { })).isInstanceOf(Refusal.class);
        assertThat(Refusals.in(pad.db)).isEmpty();
    }

    @Test
    void theRunnersAnswerSaysWhetherItAuditedTheRefusalAlready() {
        Refusal stopped = new Refusal(Problem.of(ProblemCode.PLAN_CHANGED_DURING_RUN));
        stopped.markAudited();
        Refusal refused = new Refusal(Problem.of(ProblemCode.CART_NOT_CONNECTED));

        assertThatThrownBy(() -> RunnerAnswer.parse(RunnerAnswer.of(stopped).json()).resultOrThrow())
                .isInstanceOfSatisfying(Refusal.class, r -> assertThat(r.audited()).isTrue());
        assertThatThrownBy(() -> RunnerAnswer.parse(RunnerAnswer.of(refused).json()).resultOrThrow())
                .isInstanceOfSatisfying(Refusal.class, r -> assertThat(r.audited()).isFalse());
    }
}
