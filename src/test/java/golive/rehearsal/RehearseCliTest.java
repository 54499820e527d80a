package golive.rehearsal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import golive.cli.Cli;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class RehearseCliTest {
    @TempDir
    Path dir;

    int run(StringWriter out, String... args) {
        return Cli.run(args, new PrintWriter(out), new PrintWriter(new StringWriter()), Map.of(), Clock.systemUTC());
    }

    @Test
    void rehearseUsesAFreshRehearsalDatabaseAndExitsZeroWhenNothingWasLost() throws Exception {
        Path scenario = dir.resolve("short.json");
        Files.writeString(scenario, """
                {"name": "short", "description": "two store hours", "zone": "UTC", "currency": "USD", "seed": 1,
                 "start": null, "cutoffAfterMinutes": 20, "importFromShift": 0, "durationMinutes": 120,
                 "syncEveryMinutes": 5, "historyOrders": 5, "historyHours": 2,
                 "traffic": [{"fromMinute": 0, "toMinute": 120, "ordersPerHour": 30}],
                 "orderAtCutoff": true, "orderAtImportFrom": false, "changes": null, "faults": []}
                """);
        Path realDb = dir.resolve("golive");
        StringWriter out = new StringWriter();
        int exit = run(out, "rehearse", "--scenario", scenario.toString(), "--speed", "3600", "--db", realDb.toString(), "--json");
        assertThat(exit).as(out.toString()).isZero();
        JsonNode json = new ObjectMapper().readTree(out.toString());
        assertThat(json.get("clean").asBoolean()).isTrue();
        assertThat(json.get("lost")).isEmpty();
        assertThat(json.get("database").asText()).startsWith(dir.resolve("rehearsals").toString());
        assertThat(dir.resolve("golive.mv.db")).as("the real database is never touched").doesNotExist();
    }

    @Test
    void anUnknownScenarioIsBadInput() {
        StringWriter out = new StringWriter();
        assertThat(run(out, "rehearse", "--scenario", "tuesday", "--db", dir.resolve("g").toString())).isEqualTo(2);
    }
}
