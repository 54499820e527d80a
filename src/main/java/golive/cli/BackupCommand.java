package golive.cli;

import golive.launch.InvalidInput;
import golive.launch.Problem;
import golive.launch.ProblemCode;
import golive.store.Database;
import golive.store.StoreTransfer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;

/**
 * {@code backup --out FILE}: a consistent online copy of the store while it is in use (an H2 store: H2's
 * BACKUP, a zip; a shared database: a portable export). Secrets in it stay encrypted; the key file is
 * not included, so keep it safe separately. {@code restore} reads either back.
 */
@Command(name = "backup", description = "Write a consistent backup of the database while it is in use"
        + " (an H2 store: a zip; a shared PostgreSQL store: a portable export).")
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
        StoreTransfer.backup(s.cutover().database(), target);
        s.output.result(Output.map("backup", target.toString(), "bytes", Files.size(target),
                        "kind", s.cutover().database().kind() == Database.Kind.H2 ? "h2-zip" : "export"),
                "Backup written to " + target + " (" + Files.size(target) + " bytes). The key file "
                        + s.keyFile() + " is not in it: keep it safe separately.");
        return ExitCode.OK;
    }
}
