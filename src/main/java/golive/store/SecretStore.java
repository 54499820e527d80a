package golive.store;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

import javax.crypto.Cipher;
import javax.crypto.KeyGenerator;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Map;

/**
 * Encrypts cart secrets at rest with AES-256-GCM. The key lives in a file beside the database
 * ({@code <db>.key}), created readable by the owner only, so a copied database (or backup)
 * reveals no secret without it. Thread-safe.
 */
public final class SecretStore {
    private static final int IV_BYTES = 12;
    private static final int TAG_BITS = 128;
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final SecureRandom RANDOM = new SecureRandom();

    private final SecretKey key;

    private SecretStore(SecretKey key) {
        this.key = key;
    }

    /** The key for {@code db}: its key file (made on first use), or an ephemeral key in memory. */
    public static SecretStore forDatabase(Database db) {
        return db.basePath() == null ? new SecretStore(newKey()) : new SecretStore(loadOrCreate(keyFile(db.basePath())));
    }

    public static Path keyFile(Path dbBase) {
        return dbBase.resolveSibling(dbBase.getFileName() + ".key");
    }

    public byte[] encrypt(Map<String, String> secrets) {
        try {
            byte[] iv = new byte[IV_BYTES];
            RANDOM.nextBytes(iv);
            Cipher c = Cipher.getInstance("AES/GCM/NoPadding");
            c.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, iv));
            byte[] sealed = c.doFinal(JSON.writeValueAsBytes(secrets));
            return ByteBuffer.allocate(IV_BYTES + sealed.length).put(iv).put(sealed).array();
        } catch (GeneralSecurityException | IOException e) {
            throw new IllegalStateException("cannot encrypt secrets", e);
        }
    }

    public Map<String, String> decrypt(byte[] blob) {
        try {
            Cipher c = Cipher.getInstance("AES/GCM/NoPadding");
            c.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, blob, 0, IV_BYTES));
            byte[] plain = c.doFinal(blob, IV_BYTES, blob.length - IV_BYTES);
            return JSON.readValue(plain, new TypeReference<Map<String, String>>() { });
        } catch (GeneralSecurityException e) {
            throw new StoreException("the stored cart secrets cannot be decrypted (was the key file beside the database replaced?); connect the cart again", e);
        } catch (IOException e) {
            throw new StoreException("the stored cart secrets are unreadable; connect the cart again", e);
        }
    }

    private static SecretKey newKey() {
        try {
            KeyGenerator g = KeyGenerator.getInstance("AES");
            g.init(256);
            return g.generateKey();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static SecretKey loadOrCreate(Path file) {
        try {
            if (!Files.exists(file)) {
                byte[] raw = newKey().getEncoded();
                try {
                    createOwnerOnly(file);
                    Files.write(file, raw);
                } catch (FileAlreadyExistsException raced) {
                    // another process made it first: use theirs
                }
            }
            return new SecretKeySpec(Files.readAllBytes(file), "AES");
        } catch (IOException e) {
            throw new StoreException("cannot read or create the key file " + file + ": " + e.getMessage(), e);
        }
    }

    private static void createOwnerOnly(Path file) throws IOException {
        try {
            Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        } catch (UnsupportedOperationException notPosix) {
            // Windows: the file inherits the ACL of the user's profile folder
            Files.createFile(file);
        }
    }
}
