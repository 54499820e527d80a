package golive.store;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * Moving a whole store: {@code backup} (H2's own online BACKUP zip, or a {@link StoreExport} of a shared
 * database), {@code restore} (an H2 zip into a new H2 path, an export into an empty store of either
 * engine) and {@code migrate-store} (an H2 store into an empty shared database, with its key). Nothing
 * is restored over a store that holds data. Blocking.
 */
public final class StoreTransfer {

    /** What a restore or move produced: the store opened, and what it holds. */
    public record Outcome(String target, long orders, long batches, long auditEntries, boolean secretsReadable) {
    }

    private StoreTransfer() {
    }

    /** A consistent copy of {@code db} while it is in use: H2's zip, or a portable export of a shared database. */
    public static void backup(Database db, Path out) {
        try {
            if (db.kind() == Database.Kind.H2) {
                db.read(c -> {
                    try (var ps = c.prepareStatement("BACKUP TO ?")) {
                        ps.setString(1, out.toString());
                        ps.execute();
                    }
                    return null;
                });
            } else {
                Path part = out.resolveSibling(out.getFileName() + ".part");
                try (OutputStream o = Files.newOutputStream(part)) {
                    StoreExport.write(db, o);
                }
                Files.move(part, out, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            }
        } catch (IOException e) {
            throw new StoreException("cannot write " + out + ": " + e.getMessage(), e);
        }
    }

    /**
     * Restores {@code file} into {@code target}. {@code keyFile}, when given, is the original store's key:
     * copied beside a new H2 store (a shared one takes its key from its login).
     *
     * @throws IllegalArgumentException the file is neither a backup nor an export, or the target is not new or empty
     */
    public static Outcome restore(Path file, StoreTarget target, Path keyFile) {
        boolean export = isExport(file);
        List<Path> made = new ArrayList<>();
        if (target instanceof StoreTarget.H2File h2) {
            Path mvDb = h2.base().resolveSibling(h2.base().getFileName() + ".mv.db");
            if (Files.exists(mvDb)) {
                throw new IllegalArgumentException("a database already exists at " + mvDb + ": restore into a new path");
            }
            made.add(mvDb);
            made.add(h2.base().resolveSibling(h2.base().getFileName() + ".trace.db"));
            try {
                Files.createDirectories(h2.base().getParent());
                if (keyFile != null && copyKey(keyFile, SecretStore.keyFile(h2.base()))) {
                    made.add(SecretStore.keyFile(h2.base()));
                }
                if (!export) {
                    unzipDatabase(file, mvDb);
                }
            } catch (IOException | RuntimeException e) {
                removeAll(made);
                throw e instanceof IOException io ? new StoreException("cannot restore into " + h2.base() + ": " + io.getMessage(), io)
                        : (RuntimeException) e;
            }
        } else if (!export) {
            throw new IllegalArgumentException("an H2 backup zip restores into a new H2 path; to move it to PostgreSQL, restore it"
                    + " to a new H2 path and run migrate-store from there");
        }
        try (Database db = Database.open(target)) {
            if (export) {
                try (InputStream in = Files.newInputStream(file)) {
                    StoreExport.read(in, db);
                } catch (IOException e) {
                    throw new StoreException("cannot read " + file + ": " + e.getMessage(), e);
                }
            }
            return outcome(db);
        } catch (RuntimeException e) {
            removeAll(made); // a new H2 store that did not restore is not left behind; a shared one rolled back
            throw e;
        }
    }

    /**
     * Copies the H2 store {@code from} into the empty shared database {@code to}: every row, the cart secrets
     * sealed as they are, so the H2 store's key becomes the team's key file ({@code to}'s), copied there.
     */
    public static Outcome migrate(Database from, Path fromKeyFile, SharedLogin to) {
        if (from.kind() != Database.Kind.H2) {
            throw new IllegalArgumentException("migrate-store moves an H2 store; this one is already shared");
        }
        if (from.read(c -> new SyncStateStore().load(c).leaseLive(Sql.dbNow(c)))) {
            throw new IllegalArgumentException("a sync runner is using this store: stop sync run (and close the wizard) first");
        }
        boolean madeKey = copyKey(fromKeyFile, to.keyFile());
        try (Database target = Database.openShared(to)) {
            StoreExport.requireEmpty(target);
            StoreExport.copy(from, target);
            return outcome(target);
        } catch (RuntimeException e) {
            if (madeKey) {
                removeAll(List.of(to.keyFile()));
            }
            throw e;
        }
    }

    private static void removeAll(List<Path> files) {
        for (Path f : files) {
            try {
                Files.deleteIfExists(f);
            } catch (IOException ignored) {
                // best effort: what stays is an empty store the user may delete
            }
        }
    }

    private static Outcome outcome(Database db) {
        return db.read(c -> {
            boolean readable = true;
            try {
                new CartStore(db.secrets()).load(c);
            } catch (StoreException sealedWithAnotherKey) {
                readable = false;
            }
            return new Outcome(db.description(), Schema.count(c, "orders"), Schema.count(c, "open_orders_batch"),
                    Schema.count(c, "audit_log"), readable);
        });
    }

    private static boolean isExport(Path file) {
        byte[] head = new byte[4];
        int n;
        try (InputStream in = Files.newInputStream(file)) {
            n = in.readNBytes(head, 0, 4);
        } catch (IOException e) {
            throw new IllegalArgumentException("cannot read " + file + ": " + e.getMessage());
        }
        if (StoreExport.looksLikeExport(head)) {
            return true;
        }
        if (n == 4 && head[0] == 'P' && head[1] == 'K') {
            return false;
        }
        throw new IllegalArgumentException("expected a backup zip (from backup on an H2 store) or an export (from backup on a"
                + " shared database): " + file + " is neither");
    }

    private static void unzipDatabase(Path zip, Path mvDb) throws IOException {
        try (ZipInputStream in = new ZipInputStream(Files.newInputStream(zip))) {
            for (ZipEntry e; (e = in.getNextEntry()) != null; ) {
                if (e.getName().endsWith(".mv.db")) {
                    Files.copy(in, mvDb);
                    return;
                }
            }
        }
        throw new IllegalArgumentException(zip + " holds no H2 database (.mv.db): expected a zip written by backup");
    }

    /** {@code key} to {@code dest} (owner only); an existing {@code dest} must hold the same key. True when it was made. */
    private static boolean copyKey(Path key, Path dest) {
        try {
            byte[] raw = Files.readAllBytes(key);
            if (Files.exists(dest)) {
                if (!Arrays.equals(raw, Files.readAllBytes(dest))) {
                    throw new IllegalArgumentException("the key file " + dest + " exists and holds another key than " + key
                            + ": move it away or point " + SharedLogin.KEY_FILE_ENV + " elsewhere");
                }
                return false;
            }
            SecretStore.createKeyFile(dest);
            Files.write(dest, raw);
            return true;
        } catch (IOException e) {
            throw new StoreException("cannot copy the key file " + key + " to " + dest + ": " + e.getMessage(), e);
        }
    }
}
