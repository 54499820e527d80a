package golive.cli;

import golive.launch.InvalidInput;
import golive.launch.Problem;
import golive.launch.ProblemCode;
import golive.notify.Notifications;
import golive.notify.Watchdog;
import golive.store.NotificationStore;
import golive.store.NotifySettings;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;

/** {@code notify email | test | off | status}: e-mail when Auto Sync stops by itself, fails too long, or orders need a look. */
@Command(name = "notify", description = "E-mail notifications: when Auto Sync stops or fails, when orders need a look.",
        subcommands = {NotifyCommands.Email.class, NotifyCommands.Test.class, NotifyCommands.Off.class, NotifyCommands.Status.class})
final class NotifyCommands {
    static final String PASSWORD_ENV = "GOLIVE_SMTP_PASSWORD";

    @Command(name = "email", description = "Send notifications by e-mail (the SMTP password from " + PASSWORD_ENV + ").")
    static final class Email implements Callable<Integer> {
        private final Session s;
        @Option(names = "--to", required = true, paramLabel = "ADDRESSES", description = "one or more addresses, comma-separated") String to;
        @Option(names = "--smtp-host", required = true, paramLabel = "HOST") String host;
        @Option(names = "--smtp-port", paramLabel = "PORT", description = "default 587 (465 with --tls)") Integer port;
        @Option(names = "--smtp-user", paramLabel = "USER", description = "log in as USER, with the password from " + PASSWORD_ENV) String user;
        @Option(names = "--from", paramLabel = "ADDRESS", description = "default: the SMTP user if it is an address, else the first --to")
        String from;
        @Option(names = "--fail-after", paramLabel = "DURATION", defaultValue = "30m",
                description = "tell when runs have failed this long: 30m, 2h (default 30m)") String failAfter;
        @ArgGroup(exclusive = true) Security security;

        static final class Security {
            @Option(names = "--starttls", description = "upgrade to TLS with STARTTLS (required, never falls back to clear text)") boolean starttls;
            @Option(names = "--tls", description = "TLS from the first byte (usually port 465)") boolean tls;
        }

        Email(Session s) {
            this.s = s;
        }

        @Override
        public Integer call() {
            String mode = security == null ? "none" : security.tls ? "tls" : "starttls";
            String password = s.env.get(PASSWORD_ENV);
            Notifications n = new Notifications(s.cutover());
            if (user != null && password == null && !n.hasPassword()) {
                throw new InvalidInput(Problem.of(ProblemCode.BAD_VALUE, user, "the SMTP password in " + PASSWORD_ENV));
            }
            NotifySettings saved = n.configure(to, host, port, user, mode, from, Durations.parse(failAfter), password);
            s.output.result(Output.map("email", describe(saved, n.hasPassword())),
                    "E-mail notifications on: " + text(saved, n.hasPassword()) + "\n'notify test' sends a test message now.");
            return ExitCode.OK;
        }
    }

    @Command(name = "test", description = "Send a test e-mail now.")
    static final class Test implements Callable<Integer> {
        private final Session s;

        Test(Session s) {
            this.s = s;
        }

        @Override
        public Integer call() {
            Notifications n = new Notifications(s.cutover());
            if (n.settings().isEmpty()) {
                s.output.error("NOTIFY_OFF", "e-mail notifications are off: set them with 'notify email --to ... --smtp-host ...'", null);
                return ExitCode.REFUSED;
            }
            Watchdog.Outcome o = n.test();
            if (!o.sent()) {
                s.output.error("SMTP_FAILED", "the test e-mail was not sent: " + o.error(), null);
                return ExitCode.CART_UNAVAILABLE;
            }
            s.output.result(Output.map("sent", true, "subject", o.subject(), "to", n.settings().get().recipients()),
                    "Test e-mail sent to " + String.join(", ", n.settings().get().recipients()) + ".");
            return ExitCode.OK;
        }
    }

    @Command(name = "off", description = "Stop e-mail notifications (the settings and the stored password are deleted).")
    static final class Off implements Callable<Integer> {
        private final Session s;

        Off(Session s) {
            this.s = s;
        }

        @Override
        public Integer call() {
            boolean was = new Notifications(s.cutover()).off();
            s.output.result(Output.map("email", null), was ? "E-mail notifications off." : "E-mail notifications were already off.");
            return ExitCode.OK;
        }
    }

    @Command(name = "status", description = "Where e-mails go, and the latest notifications (sent or failed).")
    static final class Status implements Callable<Integer> {
        private final Session s;

        Status(Session s) {
            this.s = s;
        }

        @Override
        public Integer call() {
            Notifications n = new Notifications(s.cutover());
            Optional<NotifySettings> settings = n.settings();
            List<NotificationStore.Entry> recent = n.recent(10);
            StringBuilder text = new StringBuilder(settings.map(x -> "E-mail notifications: " + text(x, n.hasPassword()))
                    .orElse("E-mail notifications: off"));
            text.append(recent.isEmpty() ? "\nNo notification yet." : "\nLatest notifications:");
            recent.forEach(e -> text.append("\n  ").append(e.at()).append(" ").append(e.channel()).append(" ").append(e.kind())
                    .append(": ").append(e.outcome().equals("SENT") ? "" : "NOT SENT (" + e.error() + ") ").append(e.subject()));
            s.output.result(Output.map("email", settings.map(x -> describe(x, n.hasPassword())).orElse(null), "recent",
                    recent.stream().map(e -> Output.map("at", e.at().toString(), "channel", e.channel(), "kind", e.kind(),
                            "outcome", e.outcome(), "subject", e.subject(), "error", e.error())).toList()), text.toString());
            return ExitCode.OK;
        }
    }

    static Map<String, Object> describe(NotifySettings x, boolean password) {
        return Output.map("to", x.recipients(), "smtpHost", x.smtpHost(), "smtpPort", x.smtpPort(), "smtpUser", x.smtpUser(),
                "security", x.security(), "from", x.sender(), "failAfterMinutes", x.failAfter().toMinutes(), "passwordStored", password);
    }

    static String text(NotifySettings x, boolean password) {
        return "to " + String.join(", ", x.recipients()) + " from " + x.sender() + " via " + x.smtpHost() + ":" + x.smtpPort()
                + " (" + x.security() + (x.smtpUser() == null ? "" : ", user " + x.smtpUser()
                + (password ? ", password stored encrypted" : "")) + "); failing runs told after " + x.failAfter().toMinutes() + " min";
    }
}
