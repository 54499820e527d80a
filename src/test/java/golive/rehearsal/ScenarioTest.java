package golive.rehearsal;

import golive.sandbox.Scenario;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ScenarioTest {
    @Test
    void everyBuiltInScenarioLoads() {
        for (String name : Scenario.BUILT_IN) {
            Scenario s = Scenario.load(name);
            assertThat(s.name()).isEqualTo(name);
            assertThat(s.durationMinutes()).isGreaterThan(s.cutoffAfterMinutes());
        }
    }

    @Test
    void aScenarioFileWithAnUnknownFieldOrFaultIsAClearError(@TempDir Path dir) throws Exception {
        Path bad = dir.resolve("bad.json");
        Files.writeString(bad, "{\"name\":\"x\",\"zone\":\"UTC\",\"cutoffAfterMinutes\":1,\"durationMinutes\":5,\"syncEveryMinutes\":1,\n \"speling\": 3}");
        assertThatThrownBy(() -> Scenario.load(bad.toString())).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("line 2").hasMessageContaining("speling");
        assertThatThrownBy(() -> Scenario.load("no-such-scenario")).hasMessageContaining("quiet-store");
    }
}
