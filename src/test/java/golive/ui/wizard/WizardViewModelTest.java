package golive.ui.wizard;

import golive.cart.CartConfig;
import golive.launch.Step;
import golive.testkit.Launchpad;
import golive.ui.fx.Background;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;

import static org.assertj.core.api.Assertions.assertThat;

/** The shell's view model without any JavaFX toolkit: work runs inline, against the sandbox and H2. */
class WizardViewModelTest {
    final Launchpad pad = Launchpad.inMemory();
    final WizardViewModel vm = new WizardViewModel(pad.cutover, Background.inline(), null);
    final Instant cutoff = Instant.now().truncatedTo(ChronoUnit.SECONDS).minus(Duration.ofHours(1));

    @AfterEach
    void tearDown() {
        pad.close();
    }

    @Test
    void aFreshStoreIsNotReadyAndEveryStepIsNotStarted() {
        vm.refresh();
        assertThat(vm.snapshot().fresh()).isTrue();
        assertThat(vm.readyProperty().get()).isFalse();
        assertThat(vm.currentProperty().get()).isEqualTo(Step.CONNECT);
        assertThat(vm.canNextProperty().get()).isFalse();
        assertThat(vm.rail()).extracting(RailItem::state).containsOnly(RailItem.State.NOT_STARTED);
    }

    @Test
    void theGuardsVerdictIsBoundAndTheWizardOpensAtTheFirstOpenStep() {
        pad.readyToSync(cutoff, cutoff);
        vm.refresh();
        assertThat(vm.readyProperty().get()).isTrue();
        assertThat(vm.currentProperty().get()).isEqualTo(Step.AUTO_SYNC);
        assertThat(vm.rail()).extracting(RailItem::state).containsExactly(RailItem.State.DONE, RailItem.State.DONE,
                RailItem.State.DONE, RailItem.State.DONE, RailItem.State.DONE, RailItem.State.NOT_STARTED);
        assertThat(vm.rail().get(0).why()).contains("Shopify");
        vm.back();
        assertThat(vm.currentProperty().get()).isEqualTo(Step.IMPORT_FROM);
        assertThat(vm.canNextProperty().get()).isTrue();
    }

    @Test
    void newCredentialsAfterAPassingTestMakeTheTestStepNeedAttentionAndTheGuardNotReady() {
        pad.readyToSync(cutoff, cutoff);
        vm.refresh();
        pad.cutover.connect(new CartConfig(pad.config().kind(), pad.config().url(), Map.of(CartConfig.TOKEN, "shpat_other"), null));
        vm.refresh();
        assertThat(vm.readyProperty().get()).isFalse();
        RailItem test = vm.rail().get(Step.TEST.ordinal());
        assertThat(test.state()).isEqualTo(RailItem.State.NEEDS_ATTENTION);
        assertThat(test.why()).contains("no longer counts");
    }

    @Test
    void theSupportTextIsThePlainStatusWithoutTheToken() {
        pad.readyToSync(cutoff, cutoff);
        AtomicReference<String> text = new AtomicReference<>();
        vm.supportText(text::set);
        assertThat(text.get()).contains("Cart Go-Live status").contains("[x] 1 connect").doesNotContain(pad.server.access().token())
                .doesNotContain("REHEARSAL");
        new WizardViewModel(pad.cutover, Background.inline(), null, true).supportText(text::set);
        assertThat(text.get()).startsWith("REHEARSAL");
    }

    @Test
    void aRehearsalLooksForFilesBesideItsDatabase(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) {
        java.nio.file.Path db = dir.resolve("golive");
        assertThat(new WizardViewModel(pad.cutover, Background.inline(), db, true).fileFolder()).contains(dir.toFile());
        assertThat(new WizardViewModel(pad.cutover, Background.inline(), db, false).fileFolder()).isEmpty();
    }

    @Test
    void resettingThePlanGoesThroughTheEngine() {
        pad.readyToSync(cutoff, cutoff);
        vm.resetPlan("testing the reset");
        assertThat(vm.errorProperty().get()).isEmpty();
        assertThat(pad.db.read(c -> golive.store.AuditLog.recent(c, 1)).get(0).action()).isEqualTo("plan.reset");
    }
}
