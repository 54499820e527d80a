package golive.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Runs the CLI in-process against one database, capturing stdout, stderr and the exit code. */
public final class CliRunner {
    public record Result(int exit, String out, String err) {
        public JsonNode json() {
            try {
                return new ObjectMapper().readTree(out);
            } catch (Exception e) {
                throw new AssertionError("stdout is not one JSON value:\n" + out + "\nstderr:\n" + err, e);
            }
        }
    }

    private final String db;
    private final Map<String, String> env;

    public CliRunner(Path db, Map<String, String> env) {
        this(db.toString(), env);
    }

    /** {@code db} as {@code --db} takes it: a path or a jdbc:postgresql URL. */
    public CliRunner(String db, Map<String, String> env) {
        this.db = db;
        this.env = env;
    }

    public Result run(String... args) {
        List<String> all = new ArrayList<>(List.of(args));
        all.add("--db");
        all.add(db);
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exit = Cli.run(all.toArray(String[]::new), new PrintWriter(out), new PrintWriter(err), env, Clock.systemUTC());
        return new Result(exit, out.toString(), err.toString());
    }
}
