package golive.service;

import java.nio.file.Path;
import java.util.List;

/**
 * The service as the OS reports it. {@code state} is the service manager's word ("active",
 * "inactive", "failed", "Running", "Ready"...; "unknown" when it cannot be asked); {@code notes}
 * say what a person should know (no user session manager here; lingering is off...).
 *
 * @param linger Linux only: whether the user's services run without a login session (null elsewhere or unknown)
 */
public record ServiceState(String id, boolean installed, boolean running, String state, Path file, Boolean linger,
                           List<String> notes) {
    public ServiceState {
        notes = List.copyOf(notes);
    }
}
