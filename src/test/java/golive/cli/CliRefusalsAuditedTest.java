package golive.cli;

import golive.store.Database;
import golive.testkit.Refusals;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The command line's refusals (exit 3) are audited by the engine, once each, under the request's
 * name; bad input (exit 2) is not a refusal and is not audited.
 */
class CliRefusalsAuditedTest {
    static final String NOT_READY = "CART_NOT_CONNECTED; CUTOFF_NOT_CONFIRMED; OPEN_ORDERS_NOT_IMPORTED; IMPORT_FROM_NOT_SET";

    @TempDir
    Path dir;

    @Test
    void eachRefusedCommandWritesOneEntryAndBadInputNone() {
        CliRunner cli = new CliRunner(dir.resolve("golive"), Map.of());
        assertThat(cli.run("sync", "start").exit()).isEqualTo(3);
        assertThat(cli.run("sync", "now", "--json").exit()).isEqualTo(3);
        assertThat(cli.run("sync", "run", "--every", "1m").exit()).as("refused as it starts Auto Sync").isEqualTo(3);
        assertThat(cli.run("open-orders", "check").exit()).isEqualTo(3);
        assertThat(cli.run("plan", "cutoff", "--at", "not-a-date", "--zone", "UTC").exit()).isEqualTo(2);
        assertThat(cli.run("sync", "import", "--order", " ").exit()).isEqualTo(2);

        try (Database db = Database.open(dir.resolve("golive"))) {
            assertThat(Refusals.in(db)).containsExactly(
                    "sync start: " + NOT_READY,
                    "sync now: " + NOT_READY,
                    "sync start: " + NOT_READY,
                    "open-orders check: CART_NOT_CONNECTED");
        }
    }

    @Test
    void aRefusalTheCommandLineHandlesItselfIsNotAudited() {
        CliRunner cli = new CliRunner(dir.resolve("golive"), Map.of());
        // with no cart to count from, the value is saved and the count left out: nothing was refused
        assertThat(cli.run("plan", "cutoff", "--at", "2026-11-30T00:00", "--zone", "UTC").exit()).isZero();

        try (Database db = Database.open(dir.resolve("golive"))) {
            assertThat(Refusals.in(db)).isEqualTo(List.of());
        }
    }
}
