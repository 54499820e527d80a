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

    /**
     * The service of a shared database (see {@link ServiceSpec#ofShared}); refused while its password
     * file does not exist, since the service can read its password from nowhere else.
     */
    public ServiceState installShared(String urlWithUser, String server, Path keyFile, Path passwordFile) {
        if (!java.nio.file.Files.isRegularFile(passwordFile)) {
            throw new ServiceException("the service reads the database password from a file readable by you only, and "
                    + passwordFile + " does not exist: write the password in it (chmod 600), or name another with "
                    + "GOLIVE_DB_PASSWORD_FILE, then install again");
        }
        return manager.install(ServiceSpec.ofShared(urlWithUser, server, keyFile, passwordFile, host.dataFolder(), Launcher.command(host)));
    }

    public ServiceState uninstall(Path database) {
        return uninstall(ServiceSpec.idOf(database));
    }

    /** @param id {@link ServiceSpec#idOf} */
    public ServiceState uninstall(String id) {
        return manager.uninstall(id);
    }

    /** Whether the service file exists: no process is asked (for {@code status}, which must stay quick). */
    public boolean installed(Path database) {
        return installed(ServiceSpec.idOf(database));
    }

    public boolean installed(String id) {
        return java.nio.file.Files.exists(manager.file(id));
    }

    public ServiceState status(Path database) {
        return status(ServiceSpec.idOf(database));
    }

    public ServiceState status(String id) {
        return manager.status(id);
    }
}
