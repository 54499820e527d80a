package golive.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Every command and sub-command answers --help, and {@code golive help COMMAND} shows that command's usage. */
class CliHelpTest {
    @TempDir
    Path dir;

    @Test
    void everyCommandInTheTreeAnswersHelpWithItsUsageAndExitZero() {
        List<List<String>> paths = new ArrayList<>();
        collect(Cli.commandLine(new Session(new Output(null, null), Map.of(), Clock.systemUTC())), List.of(), paths);
        assertThat(paths).extracting(p -> String.join(" ", p)).contains("rehearse", "plan cutoff", "sync run", "reconcile import-missing");
        CliRunner cli = new CliRunner(dir.resolve("golive"), Map.of());
        for (List<String> path : paths) {
            List<String> args = new ArrayList<>(path);
            args.add("--help");
            CliRunner.Result r = cli.run(args.toArray(String[]::new));
            assertThat(r.exit()).as("golive %s --help: %s", String.join(" ", path), r.err()).isZero();
            assertThat(r.out()).as("golive %s --help", String.join(" ", path))
                    .contains("Usage: golive " + String.join(" ", path)).contains("--help");
        }
        assertThat(dir).isEmptyDirectory(); // help never opens the database
    }

    @Test
    void helpCommandShowsTheNamedCommandsUsage() {
        CliRunner cli = new CliRunner(dir.resolve("golive"), Map.of());
        CliRunner.Result r = cli.run("help", "rehearse");
        assertThat(r.exit()).isZero();
        assertThat(r.out()).contains("Usage: golive rehearse").contains("--scenario");
        assertThat(cli.run("help").out()).contains("Usage: golive").contains("rehearse").contains("help");
    }

    @Test
    void versionNamesTheBuild() {
        CliRunner.Result r = new CliRunner(dir.resolve("golive"), Map.of()).run("--version");
        assertThat(r.exit()).isZero();
        assertThat(r.out()).startsWith("golive 0.1.0 (commit ");
    }

    private static void collect(CommandLine cl, List<String> path, List<List<String>> into) {
        for (Map.Entry<String, CommandLine> sub : cl.getSubcommands().entrySet()) {
            if (!sub.getValue().getCommandName().equals(sub.getKey())) {
                continue; // an alias
            }
            List<String> p = new ArrayList<>(path);
            p.add(sub.getKey());
            into.add(p);
            collect(sub.getValue(), p, into);
        }
    }
}
