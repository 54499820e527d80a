package golive.service;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Linux: a systemd user unit in {@code $XDG_CONFIG_HOME/systemd/user} (default {@code ~/.config}).
 * {@code systemctl --user} is called only where a user manager answers; elsewhere (a container, an
 * SSH session without one) the unit is written and the notes say how to start it. Lingering
 * ({@code loginctl enable-linger}) is reported and explained, never switched on here.
 */
final class SystemdUserService implements ServiceManager {
    private final Host host;

    SystemdUserService(Host host) {
        this.host = host;
    }

    private Path unitDir() {
        return host.configHome().resolve("systemd").resolve("user");
    }

    @Override
    public Path file(String id) {
        return unitDir().resolve(SystemdUnit.fileName(id));
    }

    @Override
    public ServiceState install(ServiceSpec spec) {
        ServiceFiles.write(file(spec.id()), SystemdUnit.render(spec), StandardCharsets.UTF_8);
        List<String> notes = new ArrayList<>();
        if (usable()) {
            String unit = SystemdUnit.fileName(spec.id());
            for (List<String> step : List.of(List.of("daemon-reload"), List.of("enable", unit), List.of("restart", unit))) {
                ProcessRunner.Result r = systemctl(step);
                if (!r.ok()) {
                    throw new ServiceException("systemd refused to " + String.join(" ", step) + ": " + r.output());
                }
            }
        } else {
            notes.add(noManager(spec.id()));
        }
        return withNotes(status(spec.id()), notes);
    }

    @Override
    public ServiceState uninstall(String id) {
        if (usable() && Files.exists(file(id))) {
            systemctl(List.of("disable", "--now", SystemdUnit.fileName(id))); // a unit already stopped is fine
        }
        ServiceFiles.delete(file(id));
        if (usable()) {
            systemctl(List.of("daemon-reload"));
        }
        return status(id);
    }

    @Override
    public ServiceState status(String id) {
        boolean installed = Files.exists(file(id));
        List<String> notes = new ArrayList<>();
        String state = "unknown";
        Boolean linger = null;
        if (usable()) {
            state = installed ? systemctl(List.of("is-active", SystemdUnit.fileName(id))).output() : "not installed";
            ProcessRunner.Result l = host.processes().run(List.of("loginctl", "show-user", host.userName(), "--property=Linger", "--value"));
            linger = l.ok() ? "yes".equals(l.output().strip()) : null;
            if (installed && Boolean.FALSE.equals(linger)) {
                notes.add("Lingering is off: the service runs while you are logged in (a closed window is fine; logging out"
                        + " or a restart without logging in stops it). To keep it running without a login session, run"
                        + " 'loginctl enable-linger " + host.userName() + "' yourself (it lets all your user services run from boot).");
            }
        } else if (installed) {
            notes.add(noManager(id));
        }
        return new ServiceState(id, installed, "active".equals(state), state, file(id), linger, notes);
    }

    private String noManager(String id) {
        return "systemctl --user does not answer here (no user service manager in this session): the unit " + file(id)
                + " is written; start it from a desktop or SSH login with: systemctl --user daemon-reload && systemctl --user enable --now "
                + SystemdUnit.fileName(id);
    }

    private boolean usable() {
        return systemctl(List.of("show-environment")).ok();
    }

    private ProcessRunner.Result systemctl(List<String> args) {
        List<String> argv = new ArrayList<>(List.of("systemctl", "--user"));
        argv.addAll(args);
        return host.processes().run(argv);
    }

    static ServiceState withNotes(ServiceState s, List<String> more) {
        List<String> notes = new ArrayList<>(more);
        notes.addAll(s.notes().stream().filter(n -> !more.contains(n)).toList());
        return new ServiceState(s.id(), s.installed(), s.running(), s.state(), s.file(), s.linger(), notes);
    }
}
