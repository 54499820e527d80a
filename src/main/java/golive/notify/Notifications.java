package golive.notify;

import golive.launch.Cutover;
import golive.launch.InvalidInput;
import golive.launch.Problem;
import golive.launch.ProblemCode;
import golive.store.NotificationStore;
import golive.store.NotifySettings;
import golive.store.SecretStore;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The notification settings as {@code notify email|test|off} and the wizard's Notifications section
 * use them: validated before anything is written, the SMTP password encrypted at rest, every change
 * audited. Also records the desktop notifications the window shows. Blocking; thread-safe.
 */
public final class Notifications {
    private static final Set<String> SECURITY = Set.of("none", "starttls", "tls");
    private final Cutover cutover;
    private final NotificationStore store = new NotificationStore();

    public Notifications(Cutover cutover) {
        this.cutover = cutover;
    }

    /**
     * Validates and saves. @param port null: 465 with {@code tls}, else 587; @param from null: the
     * SMTP user when it is an address, else the first recipient; @param password null keeps the
     * stored one, empty removes it
     * @throws InvalidInput naming the value and what was expected; nothing is written
     */
    public NotifySettings configure(String to, String host, Integer port, String user, String security, String from,
                                    Duration failAfter, String password) {
        List<String> recipients = addresses(to);
        if (host == null || host.isBlank() || !host.strip().matches("[A-Za-z0-9.\\-\\[\\]:]+")) {
            throw bad(String.valueOf(host), "an SMTP server's host name or IP address, such as smtp.example.com");
        }
        if (!SECURITY.contains(security)) {
            throw bad(String.valueOf(security), "none, starttls or tls");
        }
        int p = port != null ? port : "tls".equals(security) ? 465 : 587;
        if (p < 1 || p > 65535) {
            throw bad(String.valueOf(p), "a port number from 1 to 65535 (587 for STARTTLS, 465 for TLS)");
        }
        if (failAfter == null || failAfter.compareTo(Duration.ofMinutes(1)) < 0) {
            throw bad(String.valueOf(failAfter), "a duration of at least a minute, such as 30m or 2h");
        }
        String u = user == null || user.isBlank() ? null : user.strip();
        if (u != null && "none".equals(security) && !loopback(host.strip())) {
            throw bad(host, "STARTTLS or TLS: a password is sent in clear text only to this computer");
        }
        String sender = from != null && !from.isBlank() ? addresses(from).get(0)
                : u != null && u.contains("@") ? addresses(u).get(0) : recipients.get(0);
        NotifySettings s = new NotifySettings(recipients, host.strip(), p, u, security, sender, failAfter);
        cutover.database().inTransaction(c -> {
            store.save(c, s, password, SecretStore.forDatabase(cutover.database()), cutover.clock().instant());
            return null;
        });
        return s;
    }

    /** Turns e-mail off (deletes the settings and the password). @return false when it was off */
    public boolean off() {
        return cutover.database().inTransaction(c -> store.clear(c, cutover.clock().instant()));
    }

    /** Sends a test e-mail now. @throws IllegalStateException when e-mail is off */
    public Watchdog.Outcome test() {
        return new Watchdog(cutover).sendTest();
    }

    public Optional<NotifySettings> settings() {
        return cutover.database().read(store::settings);
    }

    /** Whether a password is stored (never the password itself). */
    public boolean hasPassword() {
        return cutover.database().read(c -> store.password(c, SecretStore.forDatabase(cutover.database()))).isPresent();
    }

    /** The newest notifications, desktop and e-mail, newest first: what was told and what failed. */
    public List<NotificationStore.Entry> recent(int limit) {
        return cutover.database().read(c -> store.recent(c, limit));
    }

    /** A desktop notification the window showed, recorded and audited as the e-mails are. */
    public void recordDesktop(String kind, String text) {
        cutover.database().inTransaction(c -> {
            store.record(c, cutover.clock().instant(), kind, "desktop", text, null);
            return null;
        });
    }

    private static List<String> addresses(String list) {
        if (list == null || list.isBlank()) {
            throw bad(String.valueOf(list), "one or more e-mail addresses separated by commas");
        }
        try {
            return Arrays.stream(InternetAddress.parse(list.strip(), true)).map(a -> {
                try {
                    a.validate();
                    return a.getAddress();
                } catch (AddressException e) {
                    throw bad(a.toString(), "an e-mail address such as owner@example.com");
                }
            }).toList();
        } catch (AddressException e) {
            throw bad(list, "one or more e-mail addresses separated by commas, such as owner@example.com");
        }
    }

    /** Without a name lookup: "localhost" or a loopback IP literal. */
    private static boolean loopback(String host) {
        if (host.equalsIgnoreCase("localhost")) {
            return true;
        }
        if (!host.matches("[0-9.]+|\\[?[0-9A-Fa-f:]+]?")) {
            return false;
        }
        try {
            return InetAddress.getByName(host.replace("[", "").replace("]", "")).isLoopbackAddress();
        } catch (UnknownHostException e) {
            return false;
        }
    }

    private static InvalidInput bad(String value, String expected) {
        return new InvalidInput(Problem.of(ProblemCode.BAD_VALUE, value, expected));
    }
}
