package golive.service;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** macOS: a launchd agent in {@code ~/Library/LaunchAgents}, loaded with {@code launchctl}. */
final class LaunchdAgentService implements ServiceManager {
    private static final Pattern PID = Pattern.compile("\"PID\"\\s*=\\s*(\\d+)");
    private final Host host;

    LaunchdAgentService(Host host) {
        this.host = host;
    }

    @Override
    public Path file(String id) {
        return host.home().resolve("Library").resolve("LaunchAgents").resolve(LaunchdPlist.label(id) + ".plist");
    }

    @Override
    public ServiceState install(ServiceSpec spec) {
        Path file = file(spec.id());
        if (Files.exists(file)) {
            host.processes().run(List.of("launchctl", "unload", file.toString())); // so the new file is read
        }
        ServiceFiles.write(file, LaunchdPlist.render(spec), StandardCharsets.UTF_8);
        ProcessRunner.Result r = host.processes().run(List.of("launchctl", "load", "-w", file.toString()));
        if (!r.ok()) {
            throw new ServiceException("launchctl load failed: " + r.output());
        }
        return status(spec.id());
    }

    @Override
    public ServiceState uninstall(String id) {
        Path file = file(id);
        if (Files.exists(file)) {
            host.processes().run(List.of("launchctl", "unload", "-w", file.toString()));
        }
        ServiceFiles.delete(file);
        return status(id);
    }

    @Override
    public ServiceState status(String id) {
        boolean installed = Files.exists(file(id));
        if (!installed) {
            return new ServiceState(id, false, false, "not installed", file(id), null, List.of());
        }
        ProcessRunner.Result r = host.processes().run(List.of("launchctl", "list", LaunchdPlist.label(id)));
        Matcher pid = PID.matcher(r.output());
        boolean running = r.ok() && pid.find();
        return new ServiceState(id, true, running, !r.ok() ? "not loaded" : running ? "running" : "loaded", file(id), null, List.of());
    }
}
