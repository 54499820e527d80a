package golive.i18n;

import golive.launch.Problem;
import golive.launch.ProblemCode;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class MessagesTest {
    @Test
    void everyProblemCodeHasAMessageThatFormats() {
        for (ProblemCode code : ProblemCode.values()) {
            assertThat(Messages.has("problem." + code.name())).as(code.name()).isTrue();
            String text = Messages.of(Problem.of(code, "A", "B", "C", "D"));
            assertThat(text).as(code.name()).isNotBlank().doesNotContain("{0}");
        }
    }

    @Test
    void apostrophesSurviveFormatting() {
        assertThat(Messages.of(Problem.of(ProblemCode.IMPORT_FROM_NOT_SET))).contains("'Import Orders from'").doesNotContain("''");
        assertThat(Messages.of(Problem.of(ProblemCode.OPEN_ORDERS_NOT_IMPORTED))).contains("system's").doesNotContain("''");
    }

    /** The window never tells an owner to type a command or a flag. */
    @Test
    void theWindowsWordingNamesNoCommandOrFlag() {
        java.util.regex.Pattern cli = java.util.regex.Pattern.compile("--[a-z]|\\(step \\d: [a-z]|'sync run'|'plan |'log'|'reconcile'|cart test\\)");
        for (ProblemCode code : ProblemCode.values()) {
            String text = Messages.inWindow(Problem.of(code, "A", "B", "C", "D"));
            assertThat(cli.matcher(text).find()).as(code + ": " + text).isFalse();
        }
    }

    /** MessageFormat swallows a lone apostrophe ("store's" shows as "stores"): each one is doubled or typographic. */
    @Test
    void noMessageLosesAnApostrophe() throws Exception {
        try (var in = MessagesTest.class.getResourceAsStream("/golive/i18n/messages.properties")) {
            String text = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.ISO_8859_1);
            java.util.List<String> lone = text.lines().filter(l -> !l.startsWith("#"))
                    .filter(l -> l.replace("''", "").matches(".*\\w'\\w.*")).toList();
            assertThat(lone).isEmpty();
        }
    }
}
