package golive.reliability;

import golive.ui.steps.WhenModel;
import golive.ui.steps.connect.ConnectViewModel;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The wizard's own fields with malformed input (the command line's cases are {@link BadInputTest}):
 * each is refused with the engine's words naming what is wrong, with no exception or class name
 * and no ISO instant; nothing resolves, so nothing can be saved. The view models need no toolkit.
 */
class BadWizardInputTest {
    @ParameterizedTest(name = "{0} {1} in {2}")
    @CsvSource(delimiter = '|', value = {
            "2026-11-30 | 25:00    | UTC                | 25:00",
            "2026-11-30 | 10:61    | UTC                | 10:61",
            "2026-11-30 | ten      | UTC                | ten",
            "2026-11-30 | 10:00:00.5x | UTC             | 10:00:00.5x",
            "2026-11-30 | 10:00    | Mars/Olympus       | Mars/Olympus",
            "2026-11-30 | 10:00    | EST5EDT-ish        | EST5EDT-ish",
            "2026-03-08 | 02:30    | America/New_York   | 02:30",
            "2026-11-01 | 01:30    | America/New_York   | 01:30"})
    void aDateTimeOrZoneThatCannotBeOneInstantIsRefusedInWords(String date, String time, String zone, String named) {
        WhenModel when = new WhenModel();
        when.dateProperty().set(LocalDate.parse(date));
        when.zoneProperty().set(zone);
        when.timeProperty().set(time);
        assertThat(when.resolvedProperty().get()).isNull();
        assertThat(when.problemProperty().get()).contains(named).doesNotContain("Exception").doesNotContainPattern("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d(:\\d\\d)?Z");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "http://shop.example.com             | https",
            "https://bob:secret@shop.example.com | user",
            "https://shop.example.com/?ref=mail  | query",
            "ftp://shop.example.com              | https",
            "my shop                             | my shop",
            "https://                            | https://"})
    void aStoreUrlTheEngineRefusesIsRefusedAsTyped(String url, String named) {
        String problem = ConnectViewModel.validateUrl(url);
        assertThat(problem).containsIgnoringCase(named).doesNotContain("Exception");
        if (url.contains("secret")) {
            assertThat(problem).as("a password in the URL is not repeated").doesNotContain("secret");
        }
    }
}
