package golive.service;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

/**
 * What the background service runs, whatever the OS: {@code command} (the launcher, then
 * {@code --db <absolute path> sync run --service}), from {@code workingDir}, named by {@code id}.
 * It holds no secret: the runner reads the cart's credentials from the database with the key
 * file beside it.
 *
 * @param id       one service per database: {@code golive-sync-} and 8 hex digits of its path
 * @param database the absolute database base path (no {@code .mv.db})
 */
public record ServiceSpec(String id, Path database, List<String> command, Path workingDir) {

    public ServiceSpec {
        command = List.copyOf(command);
    }

    /** The runner for {@code database} started by {@code launcher} (the launcher's own arguments first). */
    public static ServiceSpec of(Path database, List<String> launcher) {
        Path db = database.toAbsolutePath().normalize();
        List<String> cmd = new ArrayList<>(launcher);
        cmd.addAll(List.of("--db", db.toString(), "sync", "run", "--service"));
        return new ServiceSpec(idOf(db), db, cmd, db.getParent());
    }

    /** The service id of the database at {@code database}. */
    public static String idOf(Path database) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256")
                    .digest(database.toAbsolutePath().normalize().toString().getBytes(StandardCharsets.UTF_8));
            return "golive-sync-" + HexFormat.of().formatHex(hash, 0, 4);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** What a person reads in the service manager's list. */
    public String description() {
        return "Cart Go-Live Auto Sync for " + database;
    }
}
