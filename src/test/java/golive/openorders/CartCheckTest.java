package golive.openorders;

import golive.launch.ProblemCode;
import golive.launch.Refusal;
import golive.sandbox.SandboxOrder;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import static golive.sandbox.shopify.ShopifySandbox.orderName;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The migrated set against the Shopify-like sandbox: what the old system's file missed, and what it should not hold. */
class CartCheckTest {
    @TempDir
    Path dir;
    Rig rig;

    @AfterEach
    void tearDown() {
        if (rig != null) {
            rig.close();
        }
    }

    record Shop(SandboxOrder inFileById, SandboxOrder inFileByNumber, SandboxOrder missing, SandboxOrder fulfilled,
                SandboxOrder cancelled, SandboxOrder test, SandboxOrder afterCutoff, SandboxOrder longAgo) {
    }

    private SandboxOrder order(Instant created) {
        return rig.pad.order(created);
    }

    private Shop shop() {
        Instant c = rig.cutoff;
        SandboxOrder longAgo = order(c.minus(Duration.ofDays(60)));
        Shop s = new Shop(order(c.minus(Duration.ofDays(2))), order(c.minus(Duration.ofDays(1))), order(c.minus(Duration.ofHours(5))),
                order(c.minus(Duration.ofHours(4))), order(c.minus(Duration.ofHours(3))), order(c.minus(Duration.ofHours(2))),
                order(c.plusSeconds(10)), longAgo);
        rig.pad.shop.fulfil(s.fulfilled().id());
        rig.pad.shop.cancel(s.cancelled().id());
        rig.pad.shop.edit(s.test().id(), o -> o.withTest(true));
        return s;
    }

    /** The old system's file: two open orders, two the cart has since closed, and one the cart never had. */
    private Path file(Shop s) {
        Template t = new Template();
        for (SandboxOrder o : List.of(s.inFileById(), s.fulfilled(), s.cancelled())) {
            t.row(orderName(o), Long.toString(o.id()), o.createdAt().toString(), "USD", o.total().toPlainString(), "SKU-1", "Widget", "1", "19.99");
        }
        t.row(orderName(s.inFileByNumber()).substring(1), "", rig.local(s.inFileByNumber().createdAt()), "USD", "21.19", "SKU-1", "Widget", "1", "19.99");
        t.row("#9999", "1234", rig.local(rig.cutoff.minus(Duration.ofDays(1))), "USD", "1.00", "SKU-1", "Widget", "1", "1");
        return rig.write("open.csv", t.text());
    }

    private static void assertFindings(CartCheck.Result r, Shop s) {
        assertThat(r.passed()).isFalse();
        assertThat(r.migratedOrders()).isEqualTo(5);
        assertThat(r.missingFromFile()).extracting(CartCheck.Finding::cartOrderId).containsExactly(String.valueOf(s.missing().id()));
        assertThat(r.missingBeforeWindow()).isEqualTo(1); // the 60-day-old open order, counted by the cart
        assertThat(r.missingCount()).isEqualTo(2);
        assertThat(r.notOpenInCart()).extracting(CartCheck.Finding::cartOrderId, CartCheck.Finding::what).containsExactlyInAnyOrder(
                org.assertj.core.groups.Tuple.tuple(String.valueOf(s.fulfilled().id()), "fulfilled"),
                org.assertj.core.groups.Tuple.tuple(String.valueOf(s.cancelled().id()), "cancelled"));
        assertThat(r.unknownToCart()).extracting(CartCheck.Finding::orderNumber).containsExactly("#9999");
        assertThat(r.windowStart()).isEqualTo(s.inFileById().createdAt().minus(CartCheck.MARGIN));
    }

    @Test
    void thePreviewComparesTheFileWithATestedCart() {
        rig = Rig.ready(dir);
        Shop s = shop();
        ImportReport r = rig.preview(file(s));
        assertThat(r.accepted()).isTrue();
        assertThat(r.check()).isNotNull();
        assertFindings(r.check(), s);
        assertThat(rig.orders()).isEmpty();
    }

    @Test
    void openOrdersCheckComparesTheStoresMigratedOrders() {
        rig = Rig.ready(dir);
        Shop s = shop();
        ImportReport committed = rig.commit(file(s));
        assertThat(committed.written()).isTrue();
        assertFindings(committed.check(), s);
        assertFindings(new OpenOrdersCheck(rig.pad.cutover).run(), s);
    }

    @Test
    void aCompleteFilePasses() {
        rig = Rig.ready(dir);
        SandboxOrder a = order(rig.cutoff.minus(Duration.ofDays(1)));
        SandboxOrder b = rig.pad.shop.add(SandboxOrder.draft(rig.cutoff.minus(Duration.ofHours(1)), "b@example.com",
                List.of(new SandboxOrder.Line("S", "Mug", null, 2, new BigDecimal("14.50"), 0))));
        order(rig.cutoff.plusSeconds(1)); // after the cut-off: the sync's, not the file's
        Template t = new Template();
        for (SandboxOrder o : List.of(a, b)) {
            t.row(orderName(o), Long.toString(o.id()), o.createdAt().toString(), "USD", o.total().toPlainString(), "S", "d", "1", "1");
        }
        ImportReport r = rig.commit(rig.write("complete.csv", t.text()));
        assertThat(r.check().passed()).as(r.check().toString()).isTrue();
        assertThat(new OpenOrdersCheck(rig.pad.cutover).run().passed()).isTrue();
    }

    @Test
    void withoutATestedConnectionThePreviewSkipsTheCheckAndCheckIsRefused() {
        rig = Rig.untested(dir);
        ImportReport r = rig.preview(rig.write("a.csv", new Template()
                .row("A", "", rig.local(rig.cutoff.minusSeconds(60)), "USD", "1", "S", "d", "1", "1").text()));
        assertThat(r.check()).isNull();
        assertThat(r.checkNote()).contains("not tested");
        assertThatThrownBy(() -> new OpenOrdersCheck(rig.pad.cutover).run()).isInstanceOfSatisfying(Refusal.class,
                e -> assertThat(e.problems()).extracting(p -> p.code()).containsExactly(ProblemCode.CONNECTION_NOT_TESTED));
    }

    @Test
    void theImportTellsItsCountsAsTheFileAndThenTheCartAreRead() {
        rig = Rig.ready(dir);
        SandboxOrder inCart = order(rig.cutoff.minus(Duration.ofDays(1)));
        Template t = new Template().order(inCart, java.time.ZoneOffset.UTC, true);
        for (int i = 1; i <= 1199; i++) {
            t.row("OLD-" + i, "", rig.local(rig.cutoff.minus(Duration.ofMinutes(i))), "USD", "1", "S", "d", "1", "1");
        }
        List<String> told = new java.util.concurrent.CopyOnWriteArrayList<>();
        ImportReport r = new OpenOrdersImporter(rig.pad.cutover, new ImportProgress() {
            @Override
            public void fileOrders(long read, long added) {
                told.add("file " + read + "/" + added);
            }

            @Override
            public void cartOrders(long read) {
                told.add("cart " + read);
            }
        }).commit(ImportRequest.of(rig.write("many.csv", t.text())));
        assertThat(r.written()).isTrue();
        assertThat(told).startsWith("file 500/499", "file 1000/999").contains("file 1200/1200");
        assertThat(told.get(told.size() - 1)).as("the cart check comes after the file").startsWith("cart ");
        assertThat(told.stream().filter(x -> x.startsWith("cart ")).map(x -> Long.parseLong(x.substring(5))).toList())
                .isSorted().last().isEqualTo(r.check().cartOrdersRead());
    }
}
