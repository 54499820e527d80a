package golive.ui.steps;

import golive.sync.ImportNow;
import golive.sync.SyncLease;
import golive.testkit.Launchpad;
import golive.testkit.Refusals;
import golive.ui.fx.Background;
import golive.ui.steps.autosync.AutoSyncViewModel;
import golive.ui.steps.autosync.SyncRunner;
import golive.ui.steps.cutoff.CutoffViewModel;
import golive.ui.wizard.WizardViewModel;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A refusal the wizard shows is in the audit log once, with what was asked and why, as the CLI's
 * are: the store changed under a screen (another terminal) and the engine refused the click.
 */
class WizardRefusalsAuditedTest {
    final Launchpad pad = Launchpad.inMemory();
    final WizardViewModel wizard = new WizardViewModel(pad.cutover, Background.inline(), null);
    final ZonedDateTime cutoff = ZonedDateTime.now(pad.shop.zone()).truncatedTo(ChronoUnit.MINUTES).minusHours(2);
    final SyncRunner runner = new SyncRunner(pad.cutover, r -> { }, Runnable::run); // the loop itself is not run here
    final AutoSyncViewModel autoSync = new AutoSyncViewModel(wizard, runner);

    @AfterEach
    void tearDown() {
        pad.close();
    }

    @Test
    void startRefusedByTheGuardIsAuditedOnceWithItsProblems() {
        pad.readyToSync(cutoff.toInstant(), cutoff.toInstant());
        wizard.refresh();
        assertThat(autoSync.canStartProperty().get()).isTrue();
        pad.cutover.disconnect(); // from a terminal, while the screen still shows the cart connected

        autoSync.start();

        assertThat(autoSync.errorProperty().get()).isNotEmpty();
        assertThat(pad.cutover.state().syncRunning()).isFalse();
        assertThat(Refusals.in(pad.db)).containsExactly("sync start: CART_NOT_CONNECTED");
    }

    @Test
    void aCutoffChangeRefusedOnceThePlanIsLockedIsAuditedOnce() {
        pad.readyToSync(cutoff.toInstant(), cutoff.toInstant());
        wizard.refresh();
        CutoffViewModel vm = new CutoffViewModel(wizard);
        vm.load(wizard.snapshot());
        vm.when().timeProperty().set(cutoff.minusHours(1).toLocalTime().toString());
        assertThat(vm.canConfirmProperty().get()).isTrue();
        pad.order(cutoff.toInstant().plusSeconds(60));
        new ImportNow(pad.cutover).run("now", e -> { }); // a terminal's first import locks the plan; the screen has not looked again

        vm.confirm();

        assertThat(vm.errorProperty().get()).containsIgnoringCase("locked");
        assertThat(Refusals.in(pad.db)).singleElement().asString().startsWith("plan cutoff: PLAN_LOCKED [");
    }

    @Test
    void importNowRefusedWhileAnotherImportHoldsTheLeaseIsAuditedOnce() {
        pad.readyToSync(cutoff.toInstant(), cutoff.toInstant());
        wizard.refresh();
        SyncLease terminal = SyncLease.oneShot(pad.db); // 'sync now' in a terminal, mid-run: no runner to ask
        assertThat(terminal.tryAcquire()).isTrue();
        try {
            autoSync.importNow();
        } finally {
            terminal.release();
        }

        assertThat(autoSync.errorProperty().get()).isNotEmpty();
        assertThat(Refusals.in(pad.db)).singleElement().asString().startsWith("sync now: SYNC_LEASE_HELD [" + terminal.holder());
    }

    @Test
    void whatTheScreenStopsBeforeTheEngineIsNoRefusal() {
        wizard.refresh();
        autoSync.intervalProperty().set(Duration.ofMinutes(1));
        autoSync.start(); // not ready: the button is off, nothing is asked of the engine

        assertThat(Refusals.in(pad.db)).isEmpty();
    }
}
