package golive.service;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Windows: a Task Scheduler task made with {@code schtasks /Create /XML} from a file kept in the data
 * folder (UTF-16, as schtasks reads it).
 */
final class ScheduledTaskService implements ServiceManager {
    private static final Pattern STATUS = Pattern.compile("(?m)^Status:\\s*(\\S.*)$");
    private final Host host;

    ScheduledTaskService(Host host) {
        this.host = host;
    }

    @Override
    public Path file(String id) {
        return host.dataFolder().resolve(id + ".task.xml");
    }

    @Override
    public ServiceState install(ServiceSpec spec) {
        String name = ScheduledTaskXml.taskName(spec.id());
        ServiceFiles.write(file(spec.id()), ScheduledTaskXml.render(spec, host.userName()), StandardCharsets.UTF_16);
        host.processes().run(List.of("schtasks", "/End", "/TN", name)); // a running older one ends first
        ProcessRunner.Result r = host.processes().run(List.of("schtasks", "/Create", "/TN", name, "/XML", file(spec.id()).toString(), "/F"));
        if (!r.ok()) {
            throw new ServiceException("schtasks /Create failed: " + r.output());
        }
        host.processes().run(List.of("schtasks", "/Run", "/TN", name));
        return status(spec.id());
    }

    @Override
    public ServiceState uninstall(String id) {
        if (query(id).ok()) {
            host.processes().run(List.of("schtasks", "/End", "/TN", ScheduledTaskXml.taskName(id)));
            ProcessRunner.Result r = host.processes().run(List.of("schtasks", "/Delete", "/TN", ScheduledTaskXml.taskName(id), "/F"));
            if (!r.ok()) {
                throw new ServiceException("schtasks /Delete failed: " + r.output());
            }
        }
        ServiceFiles.delete(file(id));
        return status(id);
    }

    @Override
    public ServiceState status(String id) {
        ProcessRunner.Result r = query(id);
        if (!r.ok()) {
            return new ServiceState(id, false, false, "not installed", file(id), null, List.of());
        }
        Matcher m = STATUS.matcher(r.output());
        String state = m.find() ? m.group(1).strip() : "unknown";
        return new ServiceState(id, true, state.equalsIgnoreCase("Running"), state, file(id), null, List.of());
    }

    private ProcessRunner.Result query(String id) {
        return host.processes().run(List.of("schtasks", "/Query", "/TN", ScheduledTaskXml.taskName(id), "/FO", "LIST"));
    }
}
