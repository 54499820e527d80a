package golive.reconcile;

import golive.testkit.StoreKind;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;
import golive.domain.CartKind;
import golive.domain.DocType;
import golive.domain.Money;
import golive.domain.OrderNumbers;
import golive.domain.OrderSource;
import golive.launch.Refusal;
import golive.report.ReconciliationReport;
import golive.sandbox.SandboxOrder;
import golive.store.NewOrder;
import golive.store.OrderStore;
import golive.store.ReconciliationStore;
import golive.sync.SyncEngine;
import golive.sync.SyncLease;
import golive.testkit.Launchpad;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.sql.PreparedStatement;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;

import static golive.sandbox.shopify.ShopifySandbox.orderName;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Every bucket from one constructed cut-over against the sandbox and a real H2 store: orders
 * migrated, synced, excluded, waiting, in an accepted gap; one never migrated, one deleted from the
 * store behind the engine's back, a duplicate inserted behind it, a migrated order whose number
 * matches but whose time and total do not, an orphan; then the missing ones imported and acknowledged.
 */
@ParameterizedClass(name = "on {0}")
@EnumSource(StoreKind.class)
class ReconcilerTest {
    @Parameter
    StoreKind store;
    Launchpad pad;
    Instant cutoff;
    Instant importFrom;

    @BeforeEach
    void setUp() {
        pad = Launchpad.on(store);
        cutoff = Instant.now().truncatedTo(ChronoUnit.MINUTES).minus(Duration.ofHours(3));
        importFrom = cutoff.plus(Duration.ofMinutes(20)); // a gap, accepted
    }

    @AfterEach
    void tearDown() {
        pad.close();
    }

    @Test
    void everyCartOrderLandsInExactlyOneBucketAndTheMissingOnesCanBeImported() {
        SandboxOrder migrated = pad.order(cutoff.minus(Duration.ofHours(2)));
        SandboxOrder neverMigrated = pad.order(cutoff.minus(Duration.ofMinutes(90)));
        SandboxOrder shippedBefore = pad.shop.fulfil(pad.order(cutoff.minus(Duration.ofMinutes(80))).id());
        SandboxOrder mismatched = pad.order(cutoff.minus(Duration.ofMinutes(70)));
        SandboxOrder inGap = pad.order(cutoff.plus(Duration.ofMinutes(5)));
        SandboxOrder synced = pad.order(importFrom.plus(Duration.ofMinutes(5)));
        SandboxOrder deletedLater = pad.order(importFrom.plus(Duration.ofMinutes(6)));
        SandboxOrder doubled = pad.order(importFrom.plus(Duration.ofMinutes(7)));
        SandboxOrder scheduled = pad.shop.hold(pad.order(importFrom.plus(Duration.ofMinutes(8))).id(), SandboxOrder.Hold.SCHEDULED);
        SandboxOrder cancelledLater = pad.order(importFrom.plus(Duration.ofMinutes(9)));

        pad.readyToSync(cutoff, importFrom);
        migrate(orderName(migrated), migrated.createdAt().plusSeconds(20), migrated.total(), null);
        migrate(orderName(mismatched), mismatched.createdAt().minus(Duration.ofHours(5)), new BigDecimal("1.00"), null);
        migrate("SO-1001", cutoff.minus(Duration.ofMinutes(60)), new BigDecimal("12.00"), null);
        new SyncEngine(pad.cutover, SyncLease.oneShot(pad.db)).run("test", e -> { });
        sql("DELETE FROM orders WHERE cart_order_id = '" + deletedLater.id() + "'");
        migrate(orderName(doubled), doubled.createdAt(), doubled.total(), null);
        pad.shop.cancel(cancelledLater.id());

        Reconciliation r = new Reconciler(pad.cutover).run(null, page -> { });

        assertThat(ids(r, Bucket.MIGRATED)).isEmpty(); // counts only: the big buckets are not listed
        assertThat(r.count(Bucket.MIGRATED).all()).isEqualTo(1);
        assertThat(r.count(Bucket.SYNCED).all()).isEqualTo(2); // synced, and the one the cart cancelled since
        assertThat(ids(r, Bucket.MISSING)).containsExactlyInAnyOrder(id(neverMigrated), id(deletedLater));
        assertThat(detail(r, Bucket.MISSING, neverMigrated)).isEqualTo("not migrated: check the old system");
        assertThat(detail(r, Bucket.MISSING, deletedLater)).isEqualTo("not synced");
        assertThat(ids(r, Bucket.DUPLICATE)).containsExactly(id(doubled));
        assertThat(r.cartOrders().get(Bucket.DUPLICATE).get(0).store()).hasSize(2);
        assertThat(ids(r, Bucket.SUSPECT)).containsExactly(id(mismatched));
        assertThat(r.count(Bucket.EXCLUDED).all()).isEqualTo(1);
        assertThat(r.excludedByState()).containsEntry("fulfilled", 1L);
        assertThat(ids(r, Bucket.NOT_YET_IMPORTABLE)).containsExactly(id(scheduled));
        assertThat(ids(r, Bucket.IN_ACCEPTED_GAP)).containsExactly(id(inGap));
        assertThat(r.storeOrders().get(Bucket.ORPHAN)).extracting(s -> s.order().number()).containsExactly("SO-1001");
        assertThat(r.attention()).extracting(a -> a.order().cartOrderId()).containsExactly(id(cancelledLater));
        assertThat(r.attention().get(0).what()).contains("cancelled");
        long bucketed = java.util.Arrays.stream(Bucket.values()).filter(b -> !b.storeSide()).mapToLong(b -> r.count(b).all()).sum();
        assertThat(r.run().cartOrders()).isEqualTo(10).isEqualTo(bucketed);
        assertThat(r.clean()).isFalse();
        String text = ReconciliationReport.text(r, ZoneOffset.UTC);
        assertThat(text).startsWith("Reconciliation of cart orders created").contains("NOT CLEAN: 1 duplicate, 1 suspect, 2 missing, 1 orphan");
        assertThat(text.indexOf("MISSING")).isLessThan(text.indexOf("IN ACCEPTED GAP"));
        assertThat(text).contains("created 300 min apart, totals differ");
        assertThat(shippedBefore.id()).isPositive();

        // the timeline: the missing orders' hours carry them, and the picture is a real PNG
        Timeline timeline = Timeline.of(pad.cutover, r);
        assertThat(timeline.hours().stream().mapToInt(Timeline.Hour::failing).sum()).isEqualTo(4); // 2 missing, 1 duplicate, 1 suspect
        assertThat(timeline.hours().stream().mapToInt(Timeline.Hour::total).sum()).isEqualTo(10);
        byte[] png = golive.report.TimelinePicture.png(timeline, pad.shop.zone());
        assertThat(java.util.Arrays.copyOf(png, 4)).containsExactly(0x89, 'P', 'N', 'G');
        String shots = System.getProperty("golive.screenshots");
        if (shots != null) {
            writeQuietly(java.nio.file.Path.of(shots, "timeline.png"), png);
        }

        // the missing order after 'Import Orders from' imports at once; the one before it needs a confirmation
        MissingImport missing = new MissingImport(pad.cutover);
        assertThat(missing.importAll()).extracting(MissingImport.Outcome::cartOrderId).containsExactly(id(deletedLater));
        assertThatThrownBy(() -> missing.importOne(id(neverMigrated), null)).isInstanceOf(Refusal.class)
                .hasMessageContaining("CONFIRMATION_REQUIRED");
        assertThat(missing.importOne(id(neverMigrated), "the old system lost it in the export").result()).isEqualTo("imported");
        assertThatThrownBy(() -> missing.importOne(id(synced), null)).hasMessageContaining("NOT_MISSING");

        Acknowledgements acks = new Acknowledgements(pad.cutover);
        acks.acknowledge("orphan", "SO-1001", "a phone order the old system took");
        acks.acknowledge("suspect", id(mismatched), "checked: the old system stored it in another zone and without shipping");
        acks.acknowledge("duplicate", id(doubled), "the manual copy was voided in the ERP");

        Reconciliation again = new Reconciler(pad.cutover).run(null, page -> { });
        assertThat(again.count(Bucket.MISSING).all()).isZero();
        assertThat(again.count(Bucket.SYNCED).all()).isEqualTo(4);
        assertThat(again.count(Bucket.ORPHAN)).isEqualTo(new Reconciliation.Count(1, 1));
        assertThat(again.clean()).isTrue();
        assertThat(ReconciliationReport.text(again, ZoneOffset.UTC)).startsWith("Reconciliation").contains("CLEAN")
                .contains("[acknowledged: a phone order the old system took]");
        assertThat(pad.db.read(c -> new ReconciliationStore().latest(c)).orElseThrow().id()).isEqualTo(again.run().id());
        long reconciliations = pad.db.read(c -> count(c, "SELECT COUNT(DISTINCT recon_id) FROM recon_cart"));
        assertThat(reconciliations).isEqualTo(1);
    }

    @Test
    void aNumberFormatTheShopNeverUsesIsMissingPlusOrphanNotClean() {
        SandboxOrder o = pad.order(cutoff.minus(Duration.ofMinutes(30)));
        pad.readyToSync(cutoff, cutoff);
        migrate("SO-" + o.number(), o.createdAt(), o.total(), null);

        Reconciliation r = new Reconciler(pad.cutover).run(null, page -> { });

        assertThat(ids(r, Bucket.MISSING)).containsExactly(id(o));
        assertThat(r.storeOrders().get(Bucket.ORPHAN)).hasSize(1);
        assertThat(r.clean()).isFalse();
    }

    @Test
    void withoutAPlanThereIsNothingToReconcileAgainst() {
        pad.cutover.connect(pad.config());
        assertThatThrownBy(() -> new Reconciler(pad.cutover).run(null, page -> { })).isInstanceOf(Refusal.class)
                .hasMessageContaining("CUTOFF_NOT_CONFIRMED");
    }

    private void migrate(String number, Instant createdAt, BigDecimal total, String cartId) {
        pad.db.inTransaction(c -> new OrderStore().insert(c, new NewOrder(OrderSource.MIGRATED, pad.config().shopKey(), cartId, number,
                OrderNumbers.normalise(CartKind.SHOPIFY, number), createdAt, DocType.SALES_ORDER, new Money(total, "USD"),
                null, null, null, null, null, null, List.of()), Instant.now()));
    }

    private static void writeQuietly(java.nio.file.Path file, byte[] bytes) {
        try {
            java.nio.file.Files.createDirectories(file.getParent());
            java.nio.file.Files.write(file, bytes);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private void sql(String statement) {
        pad.db.inTransaction(c -> {
            try (PreparedStatement ps = c.prepareStatement(statement)) {
                return ps.executeUpdate();
            }
        });
    }

    private static long count(java.sql.Connection c, String query) throws java.sql.SQLException {
        try (PreparedStatement ps = c.prepareStatement(query); var rs = ps.executeQuery()) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static String id(SandboxOrder o) {
        return String.valueOf(o.id());
    }

    private static List<String> ids(Reconciliation r, Bucket b) {
        return r.cartOrders().getOrDefault(b, List.of()).stream().map(ReconciliationStore.CartRow::cartOrderId).toList();
    }

    private static String detail(Reconciliation r, Bucket b, SandboxOrder o) {
        return r.cartOrders().get(b).stream().filter(x -> x.cartOrderId().equals(id(o))).findFirst().orElseThrow().detail();
    }
}
