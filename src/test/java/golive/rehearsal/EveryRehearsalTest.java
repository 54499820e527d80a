package golive.rehearsal;

import golive.domain.CartKind;
import golive.sandbox.Scenario;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.stream.Stream;

/**
 * Every built-in scenario against every cart a rehearsal can play, with nothing lost and nothing
 * duplicated. Too long for every build: {@code mvn -B verify -Prehearsals} (README).
 */
@Tag("rehearsals")
class EveryRehearsalTest {

    static Stream<Arguments> everyCartAndScenario() {
        return RehearsalSandbox.kinds().stream().flatMap(k -> Scenario.BUILT_IN.stream().map(s -> Arguments.of(k, s)));
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("everyCartAndScenario")
    void rehearsesClean(CartKind kind, String scenario) throws Exception {
        RehearsalTest.rehearse(kind, scenario);
    }
}
