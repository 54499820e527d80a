package golive.openorders;

import golive.testkit.StoreKind;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;
import golive.domain.Order;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

/** An order enters the store once: same cart id, else same normalised number. */
@ParameterizedClass(name = "on {0}")
@EnumSource(StoreKind.class)
class ReimportTest {
    @Parameter
    StoreKind store;
    @TempDir
    Path dir;
    Rig rig;
    String before;

    @BeforeEach
    void setUp() {
        rig = Rig.ready(dir, store);
        before = rig.local(rig.cutoff.minus(Duration.ofDays(1)));
    }

    @AfterEach
    void tearDown() {
        rig.close();
    }

    private Template order(Template t, String number, String cartId) {
        return t.row(number, cartId, before, "USD", "10", "S", "d", "1", "10");
    }

    @Test
    void reimportingTheSameFileAddsNothingAndSaysSo() {
        Path f = rig.write("a.csv", order(order(new Template(), "#1001", "11"), "#1002", "").text());
        assertThat(rig.commit(f).written()).isTrue();
        ImportReport again = rig.commit(f);
        assertThat(again.accepted()).isTrue();
        assertThat(again.written()).isFalse();
        assertThat(again.batchId()).isNull();
        assertThat(again.summary().alreadyInStore()).isEqualTo(2);
        assertThat(again.summary().alreadySample()).containsExactly("#1001", "#1002");
        assertThat(again.summary().newOrders()).isZero();
        assertThat(rig.orders()).hasSize(2);
        assertThat(rig.batches()).hasSize(1);
    }

    @Test
    void anOverlappingSecondFileAddsOnlyWhatIsNew() {
        rig.commit(rig.write("a.csv", order(order(new Template(), "#1001", "11"), "#1002", "").text()));
        // the second file spells the numbers differently and now knows #1002's cart id
        ImportReport r = rig.commit(rig.write("b.csv",
                order(order(order(new Template(), "1001", "11"), "1002", "12"), "#1003", "13").text()));
        assertThat(r.problems()).isEmpty();
        assertThat(r.summary().alreadyInStore()).isEqualTo(2);
        assertThat(r.summary().newOrders()).isEqualTo(1);
        assertThat(r.written()).isTrue();
        assertThat(rig.orders()).extracting(Order::orderNumber).containsExactlyInAnyOrder("#1001", "#1002", "#1003");
        assertThat(rig.batches()).hasSize(2).last().satisfies(b -> assertThat(b.orderCount()).isEqualTo(1));
    }

    @Test
    void aShopifyExportAfterATemplateWithoutIdsAddsNoDuplicates() {
        Instant t = rig.cutoff.minus(Duration.ofDays(1));
        rig.commit(rig.write("a.csv", order(new Template(), "#1001", "").text()));
        String export = new ShopifyExport(rig.zone)
                .order("#1001", 5000000000001L, t, "paid", "", null, "Jane Roe", "10.00", "",
                        new ShopifyExport.Item("S", "d", 1, "10.00"))
                .order("#1002", 5000000000002L, t, "paid", "", null, "Jane Roe", "10.00", "",
                        new ShopifyExport.Item("S", "d", 1, "10.00"))
                .text("\r\n");
        ImportReport r = rig.commit(rig.write("export.csv", export));
        assertThat(r.summary().alreadyInStore()).isEqualTo(1);
        assertThat(rig.orders()).extracting(Order::orderNumber).containsExactly("#1001", "#1002");
    }
}
