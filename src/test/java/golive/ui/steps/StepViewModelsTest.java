package golive.ui.steps;

import golive.domain.CartKind;
import golive.launch.Step;
import golive.testkit.Launchpad;
import golive.ui.fx.Background;
import golive.ui.steps.autosync.AutoSyncViewModel;
import golive.ui.steps.autosync.SyncRunner;
import golive.ui.steps.connect.ConnectViewModel;
import golive.ui.steps.cutoff.CutoffViewModel;
import golive.ui.steps.importfrom.ImportFromViewModel;
import golive.ui.steps.openorders.OpenOrdersViewModel;
import golive.ui.steps.test.TestViewModel;
import golive.ui.wizard.WizardViewModel;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;

import static org.assertj.core.api.Assertions.assertThat;

/** The step view models without any JavaFX toolkit: inline background work, the sandbox cart and H2. */
class StepViewModelsTest {
    final Launchpad pad = Launchpad.inMemory();
    final WizardViewModel wizard = new WizardViewModel(pad.cutover, Background.inline(), null);
    final ZonedDateTime cutoff = ZonedDateTime.now(pad.shop.zone()).truncatedTo(ChronoUnit.MINUTES).minusHours(2);
    @TempDir
    Path dir;

    @AfterEach
    void tearDown() {
        pad.close();
    }

    @Test
    void connectValidatesWithTheEnginesRulesAndSaves() {
        ConnectViewModel vm = new ConnectViewModel(wizard);
        assertThat(vm.kindsProperty()).containsExactly(CartKind.SHOPIFY, CartKind.WOOCOMMERCE, CartKind.BIGCOMMERCE, CartKind.MAGENTO, CartKind.PRESTASHOP);
        assertThat(ConnectViewModel.validateUrl("http://shop.example.com")).contains("plain http");
        assertThat(ConnectViewModel.validateUrl("")).isNotEmpty();
        assertThat(ConnectViewModel.validateUrl("my-shop.myshopify.com")).isEmpty();
        vm.urlProperty().set(pad.server.baseUrl().toString());
        assertThat(vm.canSaveProperty().get()).isFalse();
        assertThat(vm.validateSecret("key")).contains("Client ID");
        assertThat(vm.validateSecret("token")).as("not asked for by default").isEmpty();
        vm.secretProperty("key").set(pad.server.access().clientId());
        vm.secretProperty("secret").set("shpat_pasted_in_the_wrong_field");
        assertThat(vm.credentialProblemProperty().get()).contains("access token").doesNotContain("--token");
        assertThat(vm.canSaveProperty().get()).isFalse();
        vm.secretProperty("secret").set(pad.server.access().clientSecret());
        assertThat(vm.credentialProblemProperty().get()).isEmpty();
        assertThat(vm.canSaveProperty().get()).isTrue();
        vm.save();
        assertThat(vm.errorProperty().get()).isEmpty();
        assertThat(wizard.snapshot().done(Step.CONNECT)).isTrue();
        assertThat(vm.connected()).isTrue();
        // Disconnect cart: through the engine, audited, the secrets gone
        vm.disconnect();
        assertThat(wizard.snapshot().config()).isEmpty();
        assertThat(vm.connected()).isFalse();
        assertThat(vm.messageProperty().get()).contains("disconnected");
        assertThat(pad.db.read(c -> golive.store.AuditLog.recent(c, 1)).get(0).action()).isEqualTo("cart.disconnect");
    }

    @Test
    void bigCommerceAsksForItsApiPathAndAccessTokenAndSaysWhereToFindThem() {
        ConnectViewModel vm = new ConnectViewModel(wizard);
        vm.kindProperty().set(CartKind.BIGCOMMERCE);

        assertThat(vm.requiredProperty()).containsExactly("token");
        assertThat(vm.urlPrompt()).contains("api.bigcommerce.com/stores/").contains("API Path");
        assertThat(vm.prompt("token")).contains("API account");
        assertThat(vm.helpProperty().get()).contains("Store-level API accounts").contains("Orders to read-only")
                .contains("Information & settings to read-only").contains("API Path");
        vm.secretProperty("token").set("ACCESS TOKEN: abcdef0123456789");
        assertThat(vm.credentialProblemProperty().get()).contains("only the access token");
    }

    @Test
    void magentoAsksForTheAccessTokenOrAllFourOAuthValuesAndSavesThem() {
        try (golive.sandbox.magento.MagentoSandbox store = new golive.sandbox.magento.MagentoSandbox(pad.shop).bearerTokens(false).start()) {
            ConnectViewModel vm = new ConnectViewModel(wizard);
            vm.kindProperty().set(CartKind.MAGENTO);
            assertThat(vm.requiredProperty()).containsExactly("token");
            assertThat(vm.urlPrompt()).contains("base address");
            assertThat(vm.label("token")).isEqualTo("Access _token");
            assertThat(vm.helpProperty().get()).contains("System › Integrations").contains("standalone Bearer tokens");
            assertThat(vm.alternativeLabel()).contains("OAuth");
            vm.alternativeProperty().set(true);
            assertThat(vm.requiredProperty()).containsExactly("key", "secret", "token", "token_secret");
            assertThat(vm.label("token_secret")).isEqualTo("Access token s_ecret");
            assertThat(vm.helpProperty().get()).contains("Access Token Secret");
            vm.urlProperty().set(store.baseUrl() + "/admin_x1/");
            store.credentials().forEach((name, value) -> vm.secretProperty(name).set(value));
            assertThat(vm.validateSecret("token_secret")).isEmpty();
            assertThat(vm.canSaveProperty().get()).isTrue();
            vm.save();
            assertThat(vm.errorProperty().get()).isEmpty();
            assertThat(pad.cutover.cartConfig().orElseThrow().secret("token_secret")).isEqualTo(store.credentials().get("token_secret"));
            ConnectViewModel reopened = new ConnectViewModel(wizard);
            reopened.load(wizard.snapshot());
            assertThat(reopened.requiredProperty()).as("the saved OAuth four come back as such").containsExactly("key", "secret", "token", "token_secret");
        }
    }

    @Test
    void theTestStepShowsEachCheckAndTheEnginesVerdict() {
        pad.cutover.connect(pad.config());
        wizard.refresh();
        TestViewModel vm = new TestViewModel(wizard);
        vm.load(wizard.snapshot());
        assertThat(vm.passedProperty().get()).isFalse();
        vm.test();
        assertThat(vm.checks()).isNotEmpty().allMatch(c -> c.outcomeText().equals("Passed"));
        assertThat(vm.storeZoneProperty().get()).isEqualTo("America/New_York");
        assertThat(vm.passedProperty().get()).isTrue();
    }

    @Test
    void wallTimesTheZoneSkipsAreRefusedAndRepeatedOnesOfferBothOffsets() {
        WhenModel when = new WhenModel();
        when.zoneProperty().set("America/New_York");
        when.dateProperty().set(LocalDate.of(2026, 3, 8));
        when.timeProperty().set("02:30");
        assertThat(when.resolvedProperty().get()).isNull();
        assertThat(when.problemProperty().get()).contains("does not exist");
        when.dateProperty().set(LocalDate.of(2026, 11, 1));
        when.timeProperty().set("01:30");
        assertThat(when.resolvedProperty().get()).isNull();
        assertThat(when.problemProperty().get()).contains("happens twice");
        assertThat(when.offsetsProperty()).containsExactly(ZoneOffset.ofHours(-4), ZoneOffset.ofHours(-5));
        when.offsetProperty().set(ZoneOffset.ofHours(-5));
        assertThat(when.resolvedProperty().get().toInstant()).isEqualTo(Instant.parse("2026-11-01T06:30:00Z"));
        when.timeProperty().set("25:00");
        assertThat(when.problemProperty().get()).contains("not a date and time");
    }

    @Test
    void theCutoffIsExplainedCountedAgainstTheCartAndConfirmedExplicitly() {
        pad.cutover.connect(pad.config());
        pad.cutover.test();
        pad.order(cutoff.toInstant().minusSeconds(600));
        pad.order(cutoff.toInstant().minusSeconds(1200));
        wizard.refresh();
        CutoffViewModel vm = new CutoffViewModel(wizard);
        vm.load(wizard.snapshot());
        assertThat(vm.when().zoneProperty().get()).isEqualTo("America/New_York");
        // a rehearsal proposes its scenario's cut-off instead of today's midnight
        wizard.proposeCutoff(cutoff.minusHours(5).toInstant());
        vm.load(wizard.snapshot());
        assertThat(vm.when().resolvedProperty().get().toInstant()).isEqualTo(cutoff.minusHours(5).toInstant());
        vm.when().dateProperty().set(cutoff.toLocalDate());
        vm.when().timeProperty().set(cutoff.toLocalTime().toString());
        assertThat(vm.sentenceProperty().get()).contains("before").contains("America/New_York");
        assertThat(vm.countProperty().get()).startsWith("2 open cart orders");
        assertThat(wizard.snapshot().done(Step.CUTOFF)).isFalse();
        vm.confirm();
        assertThat(wizard.snapshot().done(Step.CUTOFF)).isTrue();
        assertThat(wizard.snapshot().plan().cutoff()).isEqualTo(cutoff.toInstant());
    }

    @Test
    void noOpenOrdersNeedsAReasonAndAFileIsPreviewedImportedAndUndone() throws Exception {
        pad.cutover.connect(pad.config());
        pad.cutover.test();
        pad.cutover.setCutoff(cutoff.toInstant(), cutoff.getZone());
        wizard.refresh();
        OpenOrdersViewModel vm = new OpenOrdersViewModel(wizard);
        vm.load(wizard.snapshot());
        assertThat(vm.canDeclareNoneProperty().get()).isFalse();
        Path csv = dir.resolve("open.csv");
        Files.writeString(csv, "order_number,created_at,currency,order_total,sku,description,quantity,unit_price\n"
                + "OLD-1," + cutoff.minusDays(1).toLocalDateTime() + ",USD,20.00,S1,Widget,1,20.00\n");
        vm.fileProperty().set(csv);
        assertThat(vm.errorProperty().get()).isEmpty();
        assertThat(vm.problems()).isEmpty();
        assertThat(vm.canImportProperty().get()).isTrue();
        assertThat(vm.orders()).singleElement().satisfies(row -> {
            assertThat(row[0]).startsWith("OLD-1").endsWith("(line 2)"); // the physical line the order starts on
            assertThat(row[2]).isEqualTo("USD 20.00 \u00b7 1 item(s)");
        });
        // the check's counts name their orders: OLD-1 is not an order the cart knows
        assertThat(vm.checkTextProperty().get()).contains("1 is unknown to it");
        assertThat(vm.findings()).containsExactly("Order OLD-1: in the file, but the cart has no such order.");
        vm.importFile();
        assertThat(wizard.snapshot().done(Step.OPEN_ORDERS)).isTrue();
        long batch = vm.batches().get(0).id();
        vm.undo(batch);
        assertThat(wizard.snapshot().done(Step.OPEN_ORDERS)).isFalse();
        vm.reasonProperty().set("everything shipped");
        vm.declareNone();
        assertThat(wizard.snapshot().done(Step.OPEN_ORDERS)).isTrue();
    }

    @Test
    void aGapIsShownWithTheCartsCountAndCountsOnlyOnceAccepted() {
        pad.cutover.connect(pad.config());
        pad.cutover.test();
        pad.cutover.setCutoff(cutoff.toInstant(), cutoff.getZone());
        golive.sandbox.SandboxOrder inGap = pad.order(cutoff.toInstant().plusSeconds(300));
        pad.order(cutoff.toInstant().plusSeconds(3600)); // after the gap
        wizard.refresh();
        ImportFromViewModel vm = new ImportFromViewModel(wizard);
        vm.load(wizard.snapshot());
        assertThat(vm.boundaryProperty().get().isGap()).isFalse();
        assertThat(vm.windowTextProperty().get()).contains("equals the cut-off");
        vm.when().timeProperty().set(cutoff.plusMinutes(30).toLocalTime().toString());
        assertThat(vm.boundaryProperty().get().isGap()).isTrue();
        assertThat(vm.windowCountProperty().get()).isEqualTo(1L);
        assertThat(vm.windowTextProperty().get()).contains("1 open cart order created");
        // the count names its order on request: by its number as the cart shows it, in the store's time
        vm.showWindowOrders();
        assertThat(vm.windowOrders()).containsExactly("Order " + golive.sandbox.shopify.ShopifySandbox.orderName(inGap) + ", created "
                + golive.launch.WallTime.show(inGap.createdAt(), cutoff.getZone()));
        assertThat(vm.acceptNeededProperty().get()).isTrue();
        vm.save();
        assertThat(wizard.snapshot().plan().importFrom()).isNotNull();
        assertThat(wizard.snapshot().done(Step.IMPORT_FROM)).isFalse();
        // saved, not done: no success beside the blocker, which is named instead
        assertThat(vm.savedTextProperty().get()).isEmpty();
        assertThat(vm.notDoneTextProperty().get()).startsWith("Saved: Import Orders from").contains("Not done yet").contains("gap");
        vm.acceptProperty().set(true);
        vm.save();
        assertThat(wizard.snapshot().done(Step.IMPORT_FROM)).isTrue();
        assertThat(vm.savedTextProperty().get()).startsWith("Import Orders from");
        assertThat(vm.notDoneTextProperty().get()).isEmpty();
    }

    @Test
    void startIsOnlyPossibleWhenTheGuardIsReadyAndStopAndImportNowGoThroughTheEngine() {
        SyncRunner runner = new SyncRunner(pad.cutover, r -> { }, Runnable::run); // the loop itself is not run here
        AutoSyncViewModel vm = new AutoSyncViewModel(wizard, runner);
        wizard.refresh();
        assertThat(vm.canStartProperty().get()).isFalse();
        assertThat(vm.unmet()).extracting(AutoSyncViewModel.Unmet::step).contains(Step.CONNECT, Step.CUTOFF);
        vm.start();
        assertThat(pad.cutover.state().syncRunning()).isFalse();

        pad.readyToSync(cutoff.toInstant(), cutoff.toInstant());
        pad.order(cutoff.toInstant().plusSeconds(60));
        wizard.refresh();
        assertThat(vm.unmet()).isEmpty();
        assertThat(vm.canStartProperty().get()).isTrue();
        // the preview names each order as the cart shows it, at a time a person reads, in the store's zone
        vm.previewNext();
        assertThat(vm.previewProperty().get()).contains("#100").doesNotContain("##").doesNotMatch("(?s).*\\d{4}-\\d\\d-\\d\\dT.*")
                .contains(cutoff.getZone().getId());
        vm.importNow();
        assertThat(pad.cutover.orderCount(golive.domain.OrderSource.CART)).isEqualTo(1);
        assertThat(vm.confirmation()).contains("Cut-off").contains("1 orders from the cart");
        vm.intervalProperty().set(Duration.ofMinutes(1));
        vm.start();
        assertThat(pad.cutover.state().syncRunning()).isTrue();
        assertThat(vm.statusProperty().get()).isEqualTo("RUNNING");
        assertThat(runner.activeProperty().get()).isTrue();
        vm.stop();
        assertThat(pad.cutover.state().syncRunning()).isFalse();
        assertThat(vm.statusProperty().get()).isEqualTo("STOPPED");
        assertThat(vm.progressProperty().get()).isEmpty(); // no "importing…" left behind once stopped
    }
}
