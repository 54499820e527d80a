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
 * {@code --db <store> sync run --service}), from {@code workingDir}, named by {@code id}.
 * It holds no secret: the runner reads the cart's credentials from the database with the key
 * file beside it; on a shared database its password from a password file only the user may read.
 *
 * @param id    one service per database: {@code golive-sync-} and 8 hex digits of its path or server
 * @param store what {@code --db} is given: the absolute H2 base path (no {@code .mv.db}), or the shared database's URL
 */
public record ServiceSpec(String id, String store, List<String> command, Path workingDir) {

    public ServiceSpec {
        command = List.copyOf(command);
    }

    /** The runner for {@code database} started by {@code launcher} (the launcher's own arguments first). */
    public static ServiceSpec of(Path database, List<String> launcher) {
        Path db = database.toAbsolutePath().normalize();
        List<String> cmd = new ArrayList<>(launcher);
        cmd.addAll(List.of("--db", db.toString(), "sync", "run", "--service"));
        return new ServiceSpec(idOf(db), db.toString(), cmd, db.getParent());
    }

    /**
     * The runner for a shared database: its URL with the user in it, and the key file and the password
     * file named as arguments, since a service has none of the environment it was installed from (and
     * Task Scheduler gives a task none at all).
     */
    public static ServiceSpec ofShared(String urlWithUser, String server, Path keyFile, Path passwordFile, Path workingDir,
                                       List<String> launcher) {
        List<String> cmd = new ArrayList<>(launcher);
        cmd.addAll(List.of("--db", urlWithUser, "--db-key-file", keyFile.toAbsolutePath().toString(),
                "--db-password-file", passwordFile.toAbsolutePath().toString(), "sync", "run", "--service"));
        return new ServiceSpec(idOf(server), urlWithUser, cmd, workingDir);
    }

    /** The service id of the database at {@code database}. */
    public static String idOf(Path database) {
        return idOf(database.toAbsolutePath().normalize().toString());
    }

    /** The service id of a store named by {@code where}: an absolute H2 path, or a shared database's server and user. */
    public static String idOf(String where) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(where.getBytes(StandardCharsets.UTF_8));
            return "golive-sync-" + HexFormat.of().formatHex(hash, 0, 4);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** What a person reads in the service manager's list. */
    public String description() {
        return "Cart Go-Live Auto Sync for " + store;
    }
}
