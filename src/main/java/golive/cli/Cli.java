package golive.cli;

import golive.cart.CartException;
import golive.i18n.Messages;
import golive.launch.InvalidInput;
import golive.launch.Problem;
import golive.launch.ProblemCode;
import golive.launch.Refusal;
import golive.service.Host;
import golive.store.StoreException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;

import java.io.PrintWriter;
import java.time.Clock;
import java.util.List;
import java.util.Map;

/**
 * The command line (picocli): {@code golive <group> <command>}. Global {@code --db} and
 * {@code --json} are accepted before or after the subcommand. Exit codes: {@link ExitCode}.
 */
// scope INHERIT: every command and sub-command gets --help (and --version) without repeating it
@Command(name = "golive", mixinStandardHelpOptions = true, versionProvider = Cli.Version.class, scope = ScopeType.INHERIT,
        description = "Cart Go-Live: take a live shopping cart through go-live without losing or duplicating an order.",
        subcommands = {CommandLine.HelpCommand.class, CartCommands.class, PlanCommands.class, OpenOrdersCommands.class, SyncCommands.class,
                OrdersCommands.class, NotifyCommands.class, StatusCommand.class, LogCommand.class, BackupCommand.class, RestoreCommand.class,
                MigrateStoreCommand.class, RehearseCommand.class,
                ReconcileCommands.Reconcile.class, ReconcileCommands.Ack.class})
public final class Cli {
    private static final Logger LOG = LoggerFactory.getLogger(Cli.class);

    private final Session session;

    @Option(names = "--db", scope = ScopeType.INHERIT, paramLabel = "PATH|URL",
            description = "H2 database base path (no .mv.db; default: the user's data folder), or a shared"
                    + " jdbc:postgresql://HOST[:PORT]/DATABASE (user from the URL or GOLIVE_DB_USER, password from"
                    + " GOLIVE_DB_PASSWORD or a password file, key from GOLIVE_KEY_FILE)")
    void db(String value) {
        session.dbValue = value;
    }

    @Option(names = "--db-key-file", scope = ScopeType.INHERIT, paramLabel = "FILE",
            description = "a shared database's key file (instead of GOLIVE_KEY_FILE; the background service names it so)")
    void keyFile(String value) {
        session.env.put(golive.store.SharedLogin.KEY_FILE_ENV, value);
    }

    @Option(names = "--db-password-file", scope = ScopeType.INHERIT, paramLabel = "FILE",
            description = "a shared database's password file, readable by you only (instead of GOLIVE_DB_PASSWORD_FILE)")
    void passwordFile(String value) {
        session.env.put(golive.store.SharedLogin.PASSWORD_FILE_ENV, value);
    }

    @Option(names = "--json", scope = ScopeType.INHERIT, description = "print exactly one JSON object on stdout")
    void json(boolean on) {
        session.output.json(on);
    }

    Cli(Session session) {
        this.session = session;
    }

    public static void main(String[] args) {
        System.exit(run(args, new PrintWriter(System.out, true), new PrintWriter(System.err, true), System.getenv(), Clock.systemUTC()));
    }

    /** Runs one command line; returns its exit code. */
    public static int run(String[] args, PrintWriter out, PrintWriter err, Map<String, String> env, Clock clock) {
        return run(args, out, err, env, clock, null);
    }

    /** @param host this computer as the background service sees it (null: the real one) */
    static int run(String[] args, PrintWriter out, PrintWriter err, Map<String, String> env, Clock clock, Host host) {
        Output output = new Output(out, err);
        if (List.of(args).contains("--json")) {
            output.json(true); // before parsing, so usage errors are JSON too
        }
        try (Session session = new Session(output, env, clock)) {
            session.host = host;
            CommandLine cl = commandLine(session);
            cl.setOut(out).setErr(err);
            cl.setParameterExceptionHandler((ex, a) -> {
                if (badValue(ex)) {
                    // the command was right, a value was not (a letter where a number belongs): bad input
                    output.error(ProblemCode.BAD_VALUE.name(), ex.getMessage(), null);
                    return ExitCode.BAD_INPUT;
                }
                output.error("USAGE", ex.getMessage(), null);
                if (!output.isJson()) {
                    ex.getCommandLine().usage(err);
                }
                return ExitCode.USAGE;
            });
            // a refusal is already in the audit log: the engine writes it (Cutover.requested)
            cl.setExecutionExceptionHandler((ex, c, parsed) -> failure(output, ex));
            return cl.execute(args);
        }
    }

    /** The whole command tree over one session (tests walk it). */
    static CommandLine commandLine(Session session) {
        return new CommandLine(new Cli(session), new SessionFactory(session));
    }

    /** A value picocli could not convert to its option's type, as opposed to a wrong command or option. */
    private static boolean badValue(CommandLine.ParameterException ex) {
        return ex.getCause() instanceof CommandLine.TypeConversionException
                || ex.getCause() instanceof NumberFormatException
                || String.valueOf(ex.getMessage()).startsWith("Invalid value for");
    }

    /** Maps a failure to its exit code and one clear message; never a stack trace for the user. */
    static int failure(Output output, Exception ex) {
        if (ex instanceof Refusal r) {
            List<Map<String, Object>> problems = problems(r.problems());
            String text = r.problems().size() == 1 ? Messages.of(r.problems().get(0))
                    : "refused:\n" + String.join("\n", r.problems().stream().map(p -> "  - " + Messages.of(p)).toList());
            output.error(r.problems().get(0).code().name(), text, problems);
            return ExitCode.REFUSED;
        }
        if (ex instanceof InvalidInput i) {
            output.error(i.problem().code().name(), Messages.of(i.problem()), null);
            return ExitCode.BAD_INPUT;
        }
        if (ex instanceof CartException.Rejected r) {
            output.error("CART_REJECTED", "the cart rejected the credentials (HTTP " + r.status() + "): " + r.getMessage(), null);
            return ExitCode.REFUSED;
        }
        if (ex instanceof CartException c) {
            output.error("CART_UNAVAILABLE", "the cart is unreachable or failing: " + c.getMessage(), null);
            return ExitCode.CART_UNAVAILABLE;
        }
        if (ex instanceof StoreException s) {
            LOG.error("database error", s);
            output.error("DATABASE", "the database failed: " + s.getMessage(), null);
            return ExitCode.INTERNAL;
        }
        LOG.error("internal error", ex);
        output.error("INTERNAL", "internal error: " + ex + " (details in the log file)", null);
        return ExitCode.INTERNAL;
    }

    static List<Map<String, Object>> problems(List<Problem> problems) {
        return problems.stream().map(p -> Output.map("code", p.code().name(), "message", Messages.of(p))).toList();
    }

    /** Builds commands with the session (picocli factory). */
    private record SessionFactory(Session session) implements CommandLine.IFactory {
        @Override
        public <K> K create(Class<K> cls) throws Exception {
            try {
                return cls.getDeclaredConstructor(Session.class).newInstance(session);
            } catch (NoSuchMethodException e) {
                return CommandLine.defaultFactory().create(cls);
            }
        }
    }

    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {golive.about.BuildInfo.current().line()};
        }
    }
}
