package golive.openorders;

import golive.domain.Order;
import golive.domain.OrderSource;
import golive.launch.Guard;
import golive.launch.ProblemCode;
import golive.store.OrderStore;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class TemplateFormatTest {
    @TempDir
    Path dir;
    Rig rig;

    @BeforeEach
    void setUp() {
        rig = Rig.ready(dir);
    }

    @AfterEach
    void tearDown() {
        rig.close();
    }

    /** A template as a spreadsheet saves it: BOM, CRLF, quoted commas and line breaks, accents, blank lines at the end. */
    private Path realisticFile() {
        Instant t1 = rig.cutoff.minus(Duration.ofDays(2));
        Instant t2 = rig.cutoff.minus(Duration.ofHours(5));
        String text = new Template()
                .row("#1001", "5000000000001", rig.local(t1), "USD", "431.94", "IPOD2008RED", "IPod Nano - 8gb - red", "2", "199.00")
                .row("#1001", "5000000000001", rig.local(t1), "USD", "431.94", "MUG-CER-12", "Ceramic Mug, 12 oz", "1", "14.50")
                .row("#1001", "5000000000001", rig.local(t1), "USD", "431.94", "", "Gift note:\r\n\"Happy birthday!\"", "1", "0")
                .raw("#1002,,\"" + t2 + "\",zoe@example.com,Zoë Bergström-Łukasiewicz,EUR,57.23,partial,TEE-ORG-M,\"Organic Tee, M\","
                        + "2,24.99,Zoë Bergström,\"Okafor & Sons, Ltd.\",\"Storgatan 1\nc/o Åsa\",,Malmö,,211 22,SE,")
                .raw("#1003,," + rig.local(t1) + ",x@example.com,X,USD,10,fulfilled,X,shipped by the old system,1,10,,,,,,,,,")
                .text() + "\r\n\r\n,,,,\r\n";
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        bytes.writeBytes(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
        bytes.writeBytes(text.getBytes(StandardCharsets.UTF_8));
        return rig.writeBytes("open-orders.csv", bytes.toByteArray());
    }

    @Test
    void aPreviewSummarisesTheFileAndWritesNothing() {
        ImportReport r = rig.preview(realisticFile());
        assertThat(r.problems()).isEmpty();
        assertThat(r.accepted()).isTrue();
        assertThat(r.written()).isFalse();
        ImportSummary s = r.summary();
        assertThat(s.format()).isEqualTo("template");
        assertThat(s.orders()).isEqualTo(2);
        assertThat(s.lines()).isEqualTo(4);
        assertThat(s.totals()).containsOnlyKeys("EUR", "USD");
        assertThat(s.totals().get("USD")).isEqualByComparingTo("431.94");
        assertThat(s.totals().get("EUR")).isEqualByComparingTo("57.23");
        assertThat(s.earliest()).isEqualTo(rig.cutoff.minus(Duration.ofDays(2)));
        assertThat(s.latest()).isEqualTo(rig.cutoff.minus(Duration.ofHours(5)));
        assertThat(s.withCartId()).isEqualTo(1);
        assertThat(s.skippedNotOpen()).isEqualTo(1);
        assertThat(s.skippedByReason()).containsEntry("fulfilled", 1L);
        assertThat(s.atOrAfterCutoff()).isZero();
        assertThat(s.newOrders()).isEqualTo(2);
        assertThat(rig.orders()).isEmpty();
        assertThat(rig.batches()).isEmpty();
    }

    @Test
    void aCommitWritesEveryOpenOrderAsMigratedAndRegistersIt() {
        ImportReport r = rig.commit(realisticFile());
        assertThat(r.problems()).isEmpty();
        assertThat(r.written()).isTrue();
        assertThat(r.batchId()).isNotNull();

        List<Order> orders = rig.orders();
        assertThat(orders).extracting(Order::orderNumber).containsExactly("#1001", "#1002");
        assertThat(orders).allMatch(o -> o.source() == OrderSource.MIGRATED && o.status().equals("PENDING"));
        Order first = orders.get(0);
        assertThat(first.cartOrderId()).isEqualTo("5000000000001");
        assertThat(first.createdAt()).isEqualTo(rig.cutoff.minus(Duration.ofDays(2)));
        assertThat(first.lines()).hasSize(3);
        assertThat(first.lines().get(1).description()).isEqualTo("Ceramic Mug, 12 oz");
        assertThat(first.lines().get(2).description()).isEqualTo("Gift note:\r\n\"Happy birthday!\"");
        assertThat(first.lines().get(2).sku()).isNull();
        assertThat(first.lines().get(0).quantity()).isEqualByComparingTo("2");
        assertThat(first.lines().get(0).price()).isEqualByComparingTo(new BigDecimal("199.00"));
        Order second = orders.get(1);
        assertThat(second.cartOrderId()).isNull();
        assertThat(second.total().currency()).isEqualTo("EUR");
        assertThat(second.total().amount()).isEqualByComparingTo("57.23");

        String[] shipTo = rig.pad.db.read(c -> {
            try (var ps = c.prepareStatement("SELECT customer_name, ship_to_company, ship_to_address1, ship_to_city FROM orders "
                    + "WHERE order_number = '#1002'"); var rs = ps.executeQuery()) {
                rs.next();
                return new String[] {rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4)};
            }
        });
        assertThat(shipTo).containsExactly("Zoë Bergström-Łukasiewicz", "Okafor & Sons, Ltd.", "Storgatan 1\nc/o Åsa", "Malmö");

        OrderStore.MigratedRegistry registry = rig.pad.db.read(c -> new OrderStore().migratedRegistry(c, rig.shopKey()));
        assertThat(registry.contains("5000000000001", null)).isTrue();
        assertThat(registry.contains(null, "1002")).isTrue(); // "#1002" normalised as Shopify shows it

        assertThat(rig.batches()).singleElement().satisfies(b -> {
            assertThat(b.id()).isEqualTo(r.batchId());
            assertThat(b.orderCount()).isEqualTo(2);
        });
        assertThat(rig.audit()).anySatisfy(e -> {
            assertThat(e.action()).isEqualTo("open-orders.import");
            assertThat(e.after()).contains("batch " + r.batchId()).contains("2 order(s)");
        });
        assertThat(Guard.problems(rig.pad.cutover.state(), Instant.now())).extracting(p -> p.code())
                .doesNotContain(ProblemCode.OPEN_ORDERS_NOT_IMPORTED);
    }

    @Test
    void aBatchReplacesAnEarlierNoneAndNoneIsThenRefused() {
        rig.pad.cutover.declareNoOpenOrders("thought nothing was open");
        rig.commit(realisticFile());
        assertThat(rig.batches()).singleElement().satisfies(b -> assertThat(b.isNone()).isFalse());
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> rig.pad.cutover.declareNoOpenOrders("again"))
                .isInstanceOfSatisfying(golive.launch.Refusal.class,
                        e -> assertThat(e.problems().get(0).code()).isEqualTo(ProblemCode.OPEN_ORDERS_BATCH_EXISTS));
    }

    @Test
    void theShippedExampleImports() throws Exception {
        Path example = rig.writeBytes("example.csv",
                getClass().getResourceAsStream("/golive/openorders/open-orders-template.csv").readAllBytes());
        rig.pad.cutover.setCutoff(Instant.parse("2026-11-20T05:00:00Z"), rig.zone);
        ImportReport r = rig.preview(example);
        assertThat(r.problems()).isEmpty();
        assertThat(r.summary().orders()).isEqualTo(3);
        assertThat(r.summary().lines()).isEqualTo(4);
        assertThat(r.summary().withCartId()).isEqualTo(2);
        assertThat(r.summary().earliest()).isEqualTo(Instant.parse("2026-11-18T14:12:00Z")); // 09:12 in New York
    }

    @Test
    void datesWithoutAnOffsetAreReadInTheStoreZone() {
        Path f = rig.write("zoned.csv", new Template()
                .row("A-1", "", "2025-07-01 12:00", "USD", "1", "S", "d", "1", "1")
                .row("A-2", "", "2025-07-01T12:00:00Z", "USD", "1", "S", "d", "1", "1")
                .row("A-3", "", "2025-07-01 12:00:00 +0200", "USD", "1", "S", "d", "1", "1")
                .text());
        rig.commit(f);
        assertThat(rig.orders()).extracting(Order::createdAt).containsExactly(
                Instant.parse("2025-07-01T10:00:00Z"), Instant.parse("2025-07-01T12:00:00Z"), Instant.parse("2025-07-01T16:00:00Z"));
    }
}
