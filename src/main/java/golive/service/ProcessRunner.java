package golive.service;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Runs the service manager's commands ({@code systemctl --user}, {@code launchctl}, {@code schtasks}).
 * An interface so tests record the calls instead of touching the real user's services.
 */
public interface ProcessRunner {

    /** What a command answered: its exit code and its output (stdout and stderr together). */
    record Result(int exit, String output) {
        public boolean ok() {
            return exit == 0;
        }
    }

    /** Runs {@code argv} to its end; a missing program is exit 127, as a shell says. */
    Result run(List<String> argv);

    /** The real processes, each given 30 s. */
    static ProcessRunner system() {
        return argv -> {
            try {
                Process p = new ProcessBuilder(argv).redirectErrorStream(true).start();
                p.getOutputStream().close();
                byte[] out = p.getInputStream().readAllBytes();
                if (!p.waitFor(30, TimeUnit.SECONDS)) {
                    p.destroyForcibly();
                    return new Result(124, argv.get(0) + " did not answer in 30 s");
                }
                return new Result(p.exitValue(), new String(out, StandardCharsets.UTF_8).strip());
            } catch (IOException e) {
                return new Result(127, argv.get(0) + ": " + e.getMessage());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return new Result(130, "interrupted");
            }
        };
    }
}
