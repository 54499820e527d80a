package golive.store;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

import javax.crypto.Cipher;
import javax.crypto.KeyGenerator;
import javax.crypto.Mac;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.HexFormat;
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

    /** The key of {@code db} (one per open database, so every user of it agrees). */
    public static SecretStore forDatabase(Database db) {
        return db.secrets();
    }

    /** The key file beside the database at {@code dbBase} (made on first use), or, for null, a key in memory. */
    static SecretStore forBase(Path dbBase) {
        return dbBase == null ? new SecretStore(newKey()) : new SecretStore(loadOrCreate(keyFile(dbBase)));
    }

    /** The key in {@code file}, which must exist (a shared database's key, or the one a restore is given). */
    static SecretStore fromKeyFile(Path file) {
        try {
            byte[] raw = Files.readAllBytes(file);
            if (raw.length != 32) {
                throw new StoreException("the key file " + file + " is not a Cart Go-Live key (" + raw.length + " bytes, expected 32)");
            }
            return new SecretStore(new SecretKeySpec(raw, "AES"));
        } catch (IOException e) {
            throw new StoreException("cannot read the key file " + file + ": " + e.getMessage(), e);
        }
    }

    /** A new key written to {@code file}, readable by the owner only; an existing file is used as it is. */
    static SecretStore createKeyFile(Path file) {
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
        } catch (IOException e) {
            throw new StoreException("cannot create the folder of the key file " + file + ": " + e.getMessage(), e);
        }
        return new SecretStore(loadOrCreate(file));
    }

    public static Path keyFile(Path dbBase) {
        return dbBase.resolveSibling(dbBase.getFileName() + ".key");
    }

    /**
     * A keyed digest (HMAC-SHA256 under a key derived from the local key) of what a connection test
     * depends on: equal configs give equal fingerprints, and the stored value reveals nothing about
     * the secrets, even to someone who can guess them, without the key file.
     */
    public String fingerprint(String material) {
        try {
            Mac derive = Mac.getInstance("HmacSHA256");
            derive.init(key);
            byte[] fingerprintKey = derive.doFinal("golive connection-test fingerprint v1".getBytes(StandardCharsets.UTF_8));
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(fingerprintKey, "HmacSHA256"));
            return HexFormat.of().formatHex(mac.doFinal(material.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot compute a fingerprint", e);
        }
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
            throw new StoreException("the stored cart secrets cannot be decrypted (was the key file replaced?); connect the cart again", e);
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
