package golive.openorders;

import golive.domain.Order;
import golive.domain.OrderSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class ShopifyExportFormatTest {
    @TempDir
    Path dir;
    Rig rig;
    Instant t0;

    @BeforeEach
    void setUp() {
        rig = Rig.ready(dir);
        t0 = rig.cutoff.minus(Duration.ofDays(3));
    }

    @AfterEach
    void tearDown() {
        rig.close();
    }

    private Path export() {
        ShopifyExport.Item pod = new ShopifyExport.Item("IPOD2008RED", "IPod Nano - 8gb - red", 1, "199.00");
        ShopifyExport.Item mug = new ShopifyExport.Item("MUG-CER-12", "Ceramic Mug - 12 oz", 2, "14.50");
        ShopifyExport.Item tee = new ShopifyExport.Item("TEE-ORG-M", "Organic Tee, \"M\"", 1, "24.99");
        ShopifyExport.Item wrap = new ShopifyExport.Item("", "Gift wrapping", 1, "3.50");
        String text = new ShopifyExport(rig.zone)
                .order("#1001", 5000000000001L, t0, "paid", "", null, "Jane Roe", "228.00",
                        "Leave at the door,\nring twice", pod, mug)
                .order("#1002", 5000000000002L, t0.plusSeconds(60), "paid", "fulfilled", null, "Bob Norman", "199.00", "", pod)
                .order("#1003", 5000000000003L, t0.plusSeconds(120), "refunded", "", t0.plusSeconds(3600), "Li Wei", "24.99", "", tee)
                .order("#1004", 5000000000004L, t0.plusSeconds(180), "refunded", "", null, "Omar Haddad", "29.00", "", mug)
                .order("#1005", 5000000000005L, t0.plusSeconds(240), "partially_refunded", "partial", null,
                        "Søren Kierkegård", "256.98", "", pod, tee, wrap)
                .order("#1006", 5000000000006L, t0.plusSeconds(300), "authorized", "", null, "Amara Okafor", "29.00", "", mug)
                .order("#1007", 5000000000007L, t0.plusSeconds(360), "voided", "", t0.plusSeconds(400), "Mia Kim", "24.99", "", tee)
                .order("#1008", 5000000000008L, t0.plusSeconds(420), "paid", "restocked", null, "Tom Ford", "24.99", "", tee)
                .text("\r\n") + "\r\n\r\n";
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        bytes.writeBytes(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
        bytes.writeBytes(text.getBytes(StandardCharsets.UTF_8));
        return rig.writeBytes("orders_export_1.csv", bytes.toByteArray());
    }

    @Test
    void theExportIsDetectedAndOnlyOpenOrdersAreImported() {
        ImportReport r = rig.commit(export());
        assertThat(r.problems()).isEmpty();
        ImportSummary s = r.summary();
        assertThat(s.format()).isEqualTo("shopify");
        assertThat(s.orders()).isEqualTo(3);
        assertThat(s.lines()).isEqualTo(6);
        assertThat(s.withCartId()).isEqualTo(3);
        assertThat(s.skippedNotOpen()).isEqualTo(5);
        assertThat(s.skippedByReason()).containsEntry("cancelled", 2L).containsEntry("fulfilled", 1L)
                .containsEntry("refunded", 1L).containsEntry("fulfilled (restocked)", 1L);
        assertThat(s.totals().get("USD")).isEqualByComparingTo("513.98");

        List<Order> orders = rig.orders();
        assertThat(orders).extracting(Order::orderNumber).containsExactly("#1001", "#1005", "#1006");
        assertThat(orders).extracting(Order::cartOrderId).containsExactly("5000000000001", "5000000000005", "5000000000006");
        assertThat(orders).allMatch(o -> o.source() == OrderSource.MIGRATED);
        Order first = orders.get(0);
        assertThat(first.createdAt()).isEqualTo(t0);
        assertThat(first.customerEmail()).isEqualTo("buyer1@example.com");
        assertThat(first.lines()).extracting(l -> l.sku()).containsExactly("IPOD2008RED", "MUG-CER-12");
        Order partial = orders.get(1);
        assertThat(partial.lines()).extracting(l -> l.description())
                .containsExactly("IPod Nano - 8gb - red", "Organic Tee, \"M\"", "Gift wrapping");
        assertThat(partial.lines().get(2).sku()).isNull();

        String[] stored = rig.pad.db.read(c -> {
            try (var ps = c.prepareStatement("SELECT customer_name, ship_to_postcode, ship_to_company FROM orders WHERE order_number = '#1005'");
                 var rs = ps.executeQuery()) {
                rs.next();
                return new String[] {rs.getString(1), rs.getString(2), rs.getString(3)};
            }
        });
        assertThat(stored).containsExactly("Søren Kierkegård", "02118", "Acme, Inc.");
    }

    @Test
    void anExportWithPlainLfAndNoBomReadsTheSame() {
        String text = new ShopifyExport(rig.zone)
                .order("#2001", 6000000000001L, t0, "paid", "", null, "Jane Roe", "29.00", "multi\nline\nnote",
                        new ShopifyExport.Item("MUG", "Mug", 2, "14.50"))
                .text("\n");
        ImportReport r = rig.preview(rig.write("export.csv", text));
        assertThat(r.problems()).isEmpty();
        assertThat(r.summary().orders()).isEqualTo(1);
        assertThat(r.summary().earliest()).isEqualTo(t0);
    }

    @Test
    void problemsInOrdersThatAreNotOpenAreIgnored() {
        String text = new ShopifyExport(rig.zone)
                .order("#3001", 7000000000001L, t0, "paid", "fulfilled", null, "Jane Roe", "oops",
                        "", new ShopifyExport.Item("MUG", "Mug", -2, "14.50"))
                .order("#3002", 7000000000002L, t0, "paid", "", null, "Jane Roe", "29.00", "",
                        new ShopifyExport.Item("MUG", "Mug", 2, "14.50"))
                .text("\r\n");
        ImportReport r = rig.preview(rig.write("export.csv", text));
        assertThat(r.problems()).isEmpty();
        assertThat(r.summary().orders()).isEqualTo(1);
        assertThat(r.summary().skippedNotOpen()).isEqualTo(1);
    }
}
