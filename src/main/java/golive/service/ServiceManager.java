package golive.service;

import java.nio.file.Path;

/** One OS's service manager. Install and uninstall are idempotent. Blocking (runs processes). */
public interface ServiceManager {
    /** Writes the service file and (re)starts it, replacing an older one. */
    ServiceState install(ServiceSpec spec);

    /** Stops the service and removes it; nothing to do when it is not installed. */
    ServiceState uninstall(String id);

    ServiceState status(String id);

    /** Where the service's file is (whether or not it exists). */
    Path file(String id);

    static ServiceManager of(Host host) {
        return switch (host.os()) {
            case LINUX -> new SystemdUserService(host);
            case MACOS -> new LaunchdAgentService(host);
            case WINDOWS -> new ScheduledTaskService(host);
        };
    }
}
