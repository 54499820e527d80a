package golive.ui.unattended;

import golive.launch.WallTime;
import golive.notify.Notifications;
import golive.notify.Watchdog;
import golive.service.ServiceState;
import golive.service.UserService;
import golive.store.NotificationStore;
import golive.store.NotifySettings;
import golive.store.SyncStateStore;
import golive.sync.SyncLease;
import golive.ui.fx.I18n;
import golive.ui.fx.UserError;
import golive.ui.wizard.Snapshot;
import golive.ui.wizard.WizardViewModel;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

import java.nio.file.Path;
import java.time.Duration;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;

/**
 * The background service switch and the e-mail notification settings of step 6. The service's
 * state on screen comes from its file and the sync lease (no process is asked until the switch is
 * flipped); installing, removing, saving and sending run in the background. FX thread only.
 */
public final class UnattendedViewModel {
    public static final List<String> SECURITY = List.of("starttls", "tls", "none");

    private final WizardViewModel wizard;
    private final UserService service;
    private final ReadOnlyBooleanWrapper installed = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper();
    private final ReadOnlyStringWrapper serviceText = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper serviceNote = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper emailText = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper("");
    private final StringProperty to = new SimpleStringProperty("");
    private final StringProperty host = new SimpleStringProperty("");
    private final StringProperty port = new SimpleStringProperty("");
    private final StringProperty user = new SimpleStringProperty("");
    private final StringProperty password = new SimpleStringProperty("");
    private final StringProperty security = new SimpleStringProperty("starttls");
    private final StringProperty failAfterMinutes = new SimpleStringProperty(String.valueOf(NotifySettings.DEFAULT_FAIL_AFTER.toMinutes()));

    public UnattendedViewModel(WizardViewModel wizard, UserService service) {
        this.wizard = wizard;
        this.service = service;
        wizard.snapshotProperty().addListener((o, a, s) -> load());
    }

    /** Reads the service's file, the lease and the notification settings (in the background). */
    public void load() {
        Path db = wizard.databasePath(); // null: an in-memory store, which no service can open
        wizard.background().run(null, () -> new Loaded(db != null && service.installed(db), notifications().settings(),
                notifications().recent(1)), this::show, e -> error.set(UserError.of(e)));
    }

    private record Loaded(boolean installed, Optional<NotifySettings> settings, List<NotificationStore.Entry> recent) {
    }

    private void show(Loaded l) {
        installed.set(l.installed());
        serviceText.set(serviceLine(l.installed()));
        l.settings().ifPresentOrElse(s -> {
            to.set(String.join(", ", s.recipients()));
            host.set(s.smtpHost());
            port.set(String.valueOf(s.smtpPort()));
            user.set(s.smtpUser() == null ? "" : s.smtpUser());
            security.set(s.security());
            failAfterMinutes.set(String.valueOf(s.failAfter().toMinutes()));
        }, () -> { });
        emailText.set(emailLine(l.settings(), l.recent()));
    }

    /**
     * False for an in-memory store (no database for a service to open) and for a shared database,
     * whose service is installed from the command line, which names its password file.
     */
    public boolean serviceAvailable() {
        return wizard.databasePath() != null;
    }

    /** The switch: installs (and starts) or removes the background service. */
    public void keepSyncing(boolean on) {
        error.set("");
        wizard.background().run(busy, () -> on ? service.install(wizard.databasePath()) : service.uninstall(wizard.databasePath()),
                (ServiceState s) -> {
                    installed.set(s.installed());
                    serviceText.set(serviceLine(s.installed()));
                    serviceNote.set(note(s));
                }, e -> {
                    error.set(I18n.t("unattended.service.failed", UserError.of(e)));
                    load();
                });
    }

    /** Saves the e-mail settings; a password left empty keeps the stored one. */
    public void saveEmail() {
        error.set("");
        String pw = password.get().isEmpty() ? null : password.get();
        wizard.background().run(busy, () -> {
            Integer p = port.get().isBlank() ? null : Integer.valueOf(port.get().strip());
            Duration after = Duration.ofMinutes(Long.parseLong(failAfterMinutes.get().strip()));
            return notifications().configure(to.get(), host.get(), p, user.get(), security.get(), null, after, pw);
        }, s -> {
            password.set("");
            load();
        }, e -> error.set(invalid(e)));
    }

    public void sendTest() {
        error.set("");
        wizard.background().run(busy, () -> notifications().test(), (Watchdog.Outcome o) -> {
            if (!o.sent()) {
                error.set(I18n.t("unattended.email.testFailed", o.error()));
            }
            load();
        }, e -> error.set(UserError.of(e)));
    }

    public void emailOff() {
        error.set("");
        wizard.background().run(busy, () -> notifications().off(), x -> {
            to.set("");
            host.set("");
            port.set("");
            user.set("");
            load();
        }, e -> error.set(UserError.of(e)));
    }

    private Notifications notifications() {
        return new Notifications(wizard.cutover());
    }

    /** Installed or not, and who holds the sync lease now, from the latest snapshot. */
    private String serviceLine(boolean isInstalled) {
        Snapshot s = wizard.snapshot();
        SyncStateStore.State st = s.sync();
        String heartbeat = st.heartbeatAt() == null ? "-" : WallTime.show(st.heartbeatAt(), zone());
        String runner = !s.state().runnerAlive() ? I18n.t("unattended.runner.none")
                : st.leaseHolder().startsWith(SyncLease.SERVICE_PREFIX) ? I18n.t("unattended.runner.service", heartbeat)
                : I18n.t("unattended.runner.other", heartbeat);
        return I18n.t(isInstalled ? "unattended.service.installed" : "unattended.service.notInstalled") + " " + runner;
    }

    private static String note(ServiceState s) {
        if (s.installed() && !s.running() && "unknown".equals(s.state())) {
            return I18n.t("unattended.service.noManager");
        }
        return Boolean.FALSE.equals(s.linger()) ? I18n.t("unattended.service.linger") : "";
    }

    private String emailLine(Optional<NotifySettings> settings, List<NotificationStore.Entry> recent) {
        if (settings.isEmpty()) {
            return I18n.t("unattended.email.off");
        }
        String line = I18n.t("unattended.email.on", String.join(", ", settings.get().recipients()), settings.get().failAfter().toMinutes());
        if (!recent.isEmpty() && recent.get(0).channel().equals("email")) {
            NotificationStore.Entry e = recent.get(0);
            line += " " + (e.error() == null ? I18n.t("unattended.email.lastSent", WallTime.show(e.at(), zone()))
                    : I18n.t("unattended.email.lastFailed", WallTime.show(e.at(), zone()), e.error()));
        }
        return line;
    }

    /** The zone the rest of the window shows times in, from the snapshot: this runs on the FX thread, so no database read. */
    private ZoneId zone() {
        ZoneId z = wizard.snapshot().zone();
        return z == null ? ZoneId.systemDefault() : z;
    }

    private static String invalid(Throwable e) {
        return e instanceof NumberFormatException ? I18n.t("unattended.email.number") : UserError.of(e);
    }

    public ReadOnlyBooleanProperty installedProperty() {
        return installed.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty serviceTextProperty() {
        return serviceText.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty serviceNoteProperty() {
        return serviceNote.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty emailTextProperty() {
        return emailText.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    public StringProperty toProperty() {
        return to;
    }

    public StringProperty hostProperty() {
        return host;
    }

    public StringProperty portProperty() {
        return port;
    }

    public StringProperty userProperty() {
        return user;
    }

    public StringProperty passwordProperty() {
        return password;
    }

    public StringProperty securityProperty() {
        return security;
    }

    public StringProperty failAfterMinutesProperty() {
        return failAfterMinutes;
    }
}
