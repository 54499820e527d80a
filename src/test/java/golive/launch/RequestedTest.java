package golive.launch;

import golive.testkit.Launchpad;
import golive.testkit.Refusals;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** {@link Cutover#requested}: one audit entry per refusal, under the request a person made, never failing the caller. */
class RequestedTest {
    final Launchpad pad = Launchpad.inMemory();

    @AfterEach
    void tearDown() {
        pad.close();
    }

    @Test
    void aRefusalWithinAnotherRequestIsAuditedOnceAsTheOuterOne() {
        assertThatThrownBy(() -> pad.cutover.requested("reconcile import-missing", () -> pad.cutover.requested("sync import", () -> {
            throw new Refusal(Problem.of(ProblemCode.IMPORT_FROM_NOT_SET));
        }))).isInstanceOf(Refusal.class);
        assertThat(Refusals.in(pad.db)).containsExactly("reconcile import-missing: IMPORT_FROM_NOT_SET");
    }

    @Test
    void aRefusalAlreadyAuditedIsNotWrittenAgainAndOtherFailuresAreNotRefusals() {
        Refusal stopped = new Refusal(Problem.of(ProblemCode.PLAN_CHANGED_DURING_RUN));
        stopped.markAudited();
        assertThatThrownBy(() -> pad.cutover.requested("sync now", () -> {
            throw stopped;
        })).isSameAs(stopped);
        assertThatThrownBy(() -> pad.cutover.requested("plan cutoff", () -> {
            throw new InvalidInput(Problem.of(ProblemCode.REASON_REQUIRED));
        })).isInstanceOf(InvalidInput.class);
        assertThat(Refusals.in(pad.db)).isEmpty();
    }

    @Test
    void aRefusalTheLogCannotTakeStillReachesTheCaller() {
        Refusal r = new Refusal(Problem.of(ProblemCode.PLAN_LOCKED, "2026-11-30T05:00:00Z"));
        pad.db.close(); // the audit's transaction fails
        assertThatThrownBy(() -> pad.cutover.requested("plan cutoff", () -> {
            throw r;
        })).isSameAs(r);
        assertThat(r.audited()).isFalse();
    }

    @Test
    void theCutoverRefusesThroughItAsTheCommandLineNamesIt() {
        pad.cutover.connect(pad.config());
        assertThatThrownBy(() -> pad.cutover.startSync(null)).isInstanceOf(Refusal.class);
        assertThat(Refusals.in(pad.db)).singleElement().asString().startsWith("sync start: CONNECTION_NOT_TESTED; CUTOFF_NOT_CONFIRMED");
    }
}
