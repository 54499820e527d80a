package golive.openorders;

import golive.domain.Order;
import golive.domain.OrderSource;
import golive.sandbox.SandboxOrder;
import golive.store.OrderStore;
import golive.sync.SyncEngine;
import golive.sync.SyncLease;
import golive.sync.SyncResult;
import golive.testkit.Launchpad;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.stream.Collectors;

import static golive.sandbox.shopify.ShopifySandbox.orderName;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 8, scenarios 6 and 7: a migrated order is "open, as the file said" until its cart
 * counterpart is seen, and any state the cart excludes is flagged at once, whether the sync or
 * step 4's check sees it first; one refunded rule for the sync and the file.
 */
class MigratedOrdersWatchedTest {
    @TempDir
    Path dir;
    Launchpad pad;
    Instant cutoff;

    @BeforeEach
    void setUp() {
        pad = Launchpad.onFile(dir);
        cutoff = Instant.now().truncatedTo(ChronoUnit.SECONDS).minus(Duration.ofHours(2));
        pad.cutover.connect(pad.config());
        pad.cutover.setCutoff(cutoff, pad.shop.zone());
    }

    /** Step 2; until it passes, step 4 has no cart to check the file against. */
    void tested() {
        assertThat(pad.cutover.test().passed()).isTrue();
    }

    @AfterEach
    void tearDown() {
        pad.close();
    }

    ImportReport importFile(Template t) throws Exception {
        ImportReport r = new OpenOrdersImporter(pad.cutover).commit(ImportRequest.of(
                Files.writeString(dir.resolve("open-" + System.nanoTime() + ".csv"), t.text())));
        assertThat(r.problems()).isEmpty();
        return r;
    }

    /** Store order number → attention reason, for the flagged ones. */
    Map<String, String> flagged() {
        return pad.db.read(c -> new OrderStore().needingAttention(c, 50)).stream()
                .collect(Collectors.toMap(Order::orderNumber, Order::attentionReason));
    }

    SyncResult sync() {
        return new SyncEngine(pad.cutover, SyncLease.oneShot(pad.db)).run("now", e -> { });
    }

    @Test
    void aMigratedOrderTheCartCancelledBeforeStep4IsFlaggedOnFirstSightByTheCheck() throws Exception {
        tested();
        SandboxOrder open = pad.order(cutoff.minus(Duration.ofHours(3)));
        SandboxOrder cancelled = pad.order(cutoff.minus(Duration.ofHours(2)));
        pad.shop.cancel(cancelled.id()); // after the old system's export: the file still says open
        importFile(new Template().order(open, pad.shop.zone(), true).order(cancelled, pad.shop.zone(), false));
        assertThat(flagged()).containsOnlyKeys(orderName(cancelled));
        assertThat(flagged().get(orderName(cancelled))).contains("cancelled");
    }

    @Test
    void aMigratedOrderTheCartLaterRefundsOrFulfilsIsFlaggedByTheSync() throws Exception {
        tested();
        SandboxOrder byId = pad.order(cutoff.minus(Duration.ofHours(3)));
        SandboxOrder byNumber = pad.order(cutoff.minus(Duration.ofHours(2)));
        SandboxOrder untouched = pad.order(cutoff.minus(Duration.ofHours(1)));
        importFile(new Template().order(byId, pad.shop.zone(), true).order(byNumber, pad.shop.zone(), false)
                .order(untouched, pad.shop.zone(), true));
        assertThat(flagged()).isEmpty();
        pad.cutover.setImportFrom(cutoff, pad.shop.zone(), false, false);

        pad.shop.refund(byId.id());
        pad.shop.fulfil(byNumber.id());
        SyncResult r = sync();
        assertThat(r.counts().imported()).isZero();
        assertThat(flagged()).containsOnlyKeys(orderName(byId), orderName(byNumber));
        assertThat(flagged().get(orderName(byId))).contains("refunded");
        assertThat(flagged().get(orderName(byNumber))).contains("fulfilled");
        assertThat(pad.db.read(new OrderStore()::all)).allMatch(o -> o.source() == OrderSource.MIGRATED).hasSize(3);
    }

    @Test
    void aMigratedOrderFirstSeenCancelledByTheSyncIsFlagged() throws Exception {
        SandboxOrder o = pad.order(cutoff.minus(Duration.ofHours(3)));
        pad.shop.cancel(o.id());
        importFile(new Template().order(o, pad.shop.zone(), true)); // untested: no check against the cart
        assertThat(flagged()).isEmpty();
        tested();
        pad.cutover.setImportFrom(cutoff, pad.shop.zone(), false, false);
        sync();
        assertThat(flagged()).containsOnlyKeys(orderName(o));
        assertThat(flagged().get(orderName(o))).contains("cancelled");
    }

    @Test
    void oneRefundedRuleForSyncAndFile() throws Exception {
        tested();
        SandboxOrder beforeFull = pad.order(cutoff.minus(Duration.ofHours(2)));
        SandboxOrder beforePartial = pad.order(cutoff.minus(Duration.ofHours(1)));
        String created = java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss").withZone(pad.shop.zone())
                .format(beforeFull.createdAt());
        ImportReport file = importFile(new Template()
                .raw(orderName(beforeFull) + "," + beforeFull.id() + "," + created
                        + ",a@example.com,Ann,USD,21.19,refunded,SKU-1,Widget,1,21.19,Ann,,1 Main St,,Boston,MA,02118,US,")
                .raw(orderName(beforePartial) + "," + beforePartial.id() + "," + created
                        + ",b@example.com,Bob,USD,21.19,partially refunded,SKU-1,Widget,1,21.19,Bob,,1 Main St,,Boston,MA,02118,US,"));
        assertThat(file.summary().orders()).as("partially refunded stays open").isEqualTo(1);
        assertThat(file.summary().skippedByReason()).containsEntry("refunded", 1L);

        pad.cutover.setImportFrom(cutoff, pad.shop.zone(), false, false);
        SandboxOrder full = pad.order(cutoff.plusSeconds(60));
        SandboxOrder partial = pad.order(cutoff.plusSeconds(120));
        pad.shop.refund(full.id());
        pad.shop.edit(partial.id(), x -> x.withPayment(SandboxOrder.Payment.PARTIALLY_REFUNDED, new BigDecimal("5.00")));
        SyncResult r = sync();
        assertThat(r.counts().imported()).isEqualTo(1);
        assertThat(pad.db.read(new OrderStore()::all)).extracting(Order::cartOrderId)
                .contains(String.valueOf(partial.id())).doesNotContain(String.valueOf(full.id()));
        assertThat(r.counts().skippedIneligible()).isEqualTo(1);
    }
}
