package golive.cli;

import golive.launch.InvalidInput;
import golive.launch.Problem;
import golive.launch.ProblemCode;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.util.concurrent.Callable;

/**
 * {@code backup --out FILE}: a consistent online copy of the store (H2 BACKUP, a zip). Secrets in it
 * stay encrypted; the key file is not included, so keep it safe separately.
 */
@Command(name = "backup", description = "Write a consistent backup of the database (zip) while it is in use.")
final class BackupCommand implements Callable<Integer> {
    private final Session s;
    @Option(names = "--out", required = true, paramLabel = "FILE") Path out;

    BackupCommand(Session s) {
        this.s = s;
    }

    @Override
    public Integer call() throws Exception {
        Path target = out.toAbsolutePath().normalize();
        if (target.getParent() != null && !Files.isDirectory(target.getParent())) {
            throw new InvalidInput(Problem.of(ProblemCode.BAD_VALUE, out, "the folder does not exist"));
        }
        s.cutover().database().read(c -> {
            try (PreparedStatement ps = c.prepareStatement("BACKUP TO ?")) {
                ps.setString(1, target.toString());
                ps.execute();
            }
            return null;
        });
        s.output.result(Output.map("backup", target.toString(), "bytes", Files.size(target)),
                "Backup written to " + target + " (" + Files.size(target) + " bytes). The key file "
                        + golive.store.SecretStore.keyFile(s.databasePath()) + " is not in it: keep it safe separately.");
        return ExitCode.OK;
    }
}
