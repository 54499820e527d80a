package golive.openorders;

import golive.testkit.StoreKind;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

@ParameterizedClass(name = "on {0}")
@EnumSource(StoreKind.class)
class AllOrNothingTest {
    @Parameter
    StoreKind store;
    @TempDir
    Path dir;
    Rig rig;

    @BeforeEach
    void setUp() {
        rig = Rig.ready(dir, store);
    }

    @AfterEach
    void tearDown() {
        rig.close();
    }

    /** Rows in every table the import touches: orders, lines, batches, audit. */
    private List<Long> tables() {
        return rig.pad.db.read(c -> {
            List<Long> counts = new java.util.ArrayList<>();
            for (String t : List.of("orders", "order_line", "open_orders_batch", "audit_log")) {
                try (var ps = c.prepareStatement("SELECT COUNT(*) FROM " + t); var rs = ps.executeQuery()) {
                    rs.next();
                    counts.add(rs.getLong(1));
                }
            }
            return counts;
        });
    }

    @Test
    void aBadRowAtLineFiftyThousandLeavesTheDatabaseAsItWas() {
        String before = rig.local(rig.cutoff.minus(Duration.ofDays(1)));
        rig.commit(rig.write("earlier.csv", new Template().row("E-1", "", before, "USD", "5", "S", "d", "1", "5").text()));
        List<Long> state = tables();

        Template t = new Template().lf();
        for (int line = 2; line < 50_000; line += 2) {
            String n = "N-" + line;
            t.row(n, "", before, "USD", "30.00", "A", "first", "1", "10.00");
            t.row(n, "", before, "USD", "30.00", "B", "second", "2", "10.00");
        }
        t.row("N-LAST", "", before, "USD", "1", "C", "bad", "1.5.0", "1"); // physical line 50,000
        ImportReport r = rig.commit(rig.write("big.csv", t.text()));

        assertThat(r.problems()).singleElement().satisfies(p -> {
            assertThat(p.line()).isEqualTo(50_000);
            assertThat(p.column()).isEqualTo("quantity");
        });
        assertThat(r.written()).isFalse();
        assertThat(r.batchId()).isNull();
        assertThat(r.summary().orders()).isEqualTo(24_999 + 1);
        assertThat(tables()).isEqualTo(state);
        assertThat(rig.batches()).hasSize(1);
    }

    @Test
    void aDryRunNeverWrites() {
        String before = rig.local(rig.cutoff.minus(Duration.ofDays(1)));
        List<Long> state = tables();
        ImportReport r = rig.preview(rig.write("ok.csv", new Template().row("A", "", before, "USD", "5", "S", "d", "1", "5").text()));
        assertThat(r.accepted()).isTrue();
        assertThat(r.dryRun()).isTrue();
        assertThat(r.written()).isFalse();
        assertThat(r.summary().newOrders()).isEqualTo(1);
        assertThat(tables()).isEqualTo(state);
    }
}
