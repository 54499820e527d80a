package golive.service;

import java.nio.file.Path;

/**
 * The background service of one database on this computer: what {@code sync service} and the
 * wizard's "Keep syncing when this window is closed" switch use. Blocking; thread-safe.
 */
public final class UserService {
    private final Host host;
    private final ServiceManager manager;

    public UserService(Host host) {
        this.host = host;
        this.manager = ServiceManager.of(host);
    }

    public ServiceState install(Path database) {
        return manager.install(ServiceSpec.of(database, Launcher.command(host)));
    }

    public ServiceState uninstall(Path database) {
        return manager.uninstall(ServiceSpec.idOf(database));
    }

    /** Whether the service file exists: no process is asked (for {@code status}, which must stay quick). */
    public boolean installed(Path database) {
        return java.nio.file.Files.exists(manager.file(ServiceSpec.idOf(database)));
    }

    public ServiceState status(Path database) {
        return manager.status(ServiceSpec.idOf(database));
    }
}
