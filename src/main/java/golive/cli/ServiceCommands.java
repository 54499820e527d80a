package golive.cli;

import golive.service.ServiceException;
import golive.service.ServiceSpec;
import golive.service.ServiceState;
import golive.store.SharedLogin;
import golive.store.StoreTarget;
import golive.service.UserService;
import golive.store.SyncStateStore;
import golive.sync.SyncLease;
import picocli.CommandLine.Command;

import java.time.Instant;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.function.Function;

/**
 * {@code sync service install | uninstall | status}: Auto Sync as a per-user background service
 * (systemd user unit, launchd agent, Task Scheduler task) that keeps importing with the window closed.
 */
@Command(name = "service", description = "A background service that keeps Auto Sync importing when the window is closed.",
        subcommands = {ServiceCommands.Install.class, ServiceCommands.Uninstall.class, ServiceCommands.Status.class})
final class ServiceCommands {

    /** The id of this store's service: from its H2 path, or from the shared database's server and user. */
    static String serviceId(Session s) {
        return s.target() instanceof StoreTarget.Shared shared ? ServiceSpec.idOf(sharedName(shared.login())) : ServiceSpec.idOf(s.databasePath());
    }

    private static String sharedName(SharedLogin login) {
        return login.server() + " as " + login.user();
    }

    @Command(name = "install", description = "Install (or update) and start the background service for this database.")
    static final class Install implements Callable<Integer> {
        private final Session s;

        Install(Session s) {
            this.s = s;
        }

        @Override
        public Integer call() {
            return act(s, svc -> s.target() instanceof StoreTarget.Shared shared
                    ? svc.installShared(shared.login().urlWithUser(), sharedName(shared.login()), shared.login().keyFile(),
                            SharedLogin.passwordFile(s.env))
                    : svc.install(s.databasePath()), "Background service installed");
        }
    }

    @Command(name = "uninstall", description = "Stop and remove the background service of this database.")
    static final class Uninstall implements Callable<Integer> {
        private final Session s;

        Uninstall(Session s) {
            this.s = s;
        }

        @Override
        public Integer call() {
            return act(s, svc -> svc.uninstall(serviceId(s)), "Background service removed");
        }
    }

    @Command(name = "status", description = "Whether the background service is installed and running, and who holds the lease.")
    static final class Status implements Callable<Integer> {
        private final Session s;

        Status(Session s) {
            this.s = s;
        }

        @Override
        public Integer call() {
            return act(s, svc -> svc.status(serviceId(s)), "Background service");
        }
    }

    private static int act(Session s, Function<UserService, ServiceState> action, String headline) {
        ServiceState state;
        try {
            state = action.apply(new UserService(s.host()));
        } catch (ServiceException e) {
            s.output.error("SERVICE", e.getMessage(), null);
            return ExitCode.REFUSED;
        }
        Map<String, Object> runner = runner(s);
        s.output.result(Output.map("service", Output.map("id", state.id(), "installed", state.installed(), "running", state.running(),
                "state", state.state(), "file", state.file().toString(), "linger", state.linger(), "notes", state.notes()), "runner", runner),
                headline + ": " + state.id() + "\n"
                        + "  installed: " + (state.installed() ? "yes (" + state.file() + ")" : "no") + "\n"
                        + "  running: " + (state.running() ? "yes" : "no") + " (" + state.state() + ")\n"
                        + "  " + runnerText(runner)
                        + state.notes().stream().map(n -> "\n  note: " + n).reduce("", String::concat));
        return ExitCode.OK;
    }

    /** Who holds the sync lease now (the service, another runner, nobody) and its last heartbeat. */
    static Map<String, Object> runner(Session s) {
        return s.cutover().database().read(c -> {
            SyncStateStore store = new SyncStateStore();
            SyncStateStore.State st = store.load(c);
            Instant now = store.databaseNow(c);
            boolean live = st.leaseLive(now);
            return Output.map("autoSync", st.status(), "holder", live ? st.leaseHolder() : null,
                    "isService", live && st.leaseHolder().startsWith(SyncLease.SERVICE_PREFIX),
                    "heartbeatAt", st.heartbeatAt() == null ? null : st.heartbeatAt().toString());
        });
    }

    static String runnerText(Map<String, Object> r) {
        String who = r.get("holder") == null ? "no runner holds the lease"
                : Boolean.TRUE.equals(r.get("isService")) ? "the background service is the runner (" + r.get("holder") + ")"
                : "the runner is " + r.get("holder") + " (the window or 'sync run')";
        return "Auto Sync " + r.get("autoSync") + "; " + who + (r.get("heartbeatAt") == null ? "" : "; last heartbeat " + r.get("heartbeatAt"));
    }
}
