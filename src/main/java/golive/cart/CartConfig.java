package golive.cart;

import golive.domain.CartKind;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * What the merchant entered in step 1. {@code secrets} holds token/key/secret by name; it is
 * never printed ({@link #toString()} redacts) and is stored only encrypted.
 *
 * @param apiVersion the cart API version to ask for (Shopify "2025-01"); null means the connector's default
 */
public record CartConfig(CartKind kind, URI url, Map<String, String> secrets, String apiVersion) {

    public static final String TOKEN = "token";
    public static final String KEY = "key";
    public static final String SECRET = "secret";

    public CartConfig {
        secrets = Map.copyOf(secrets);
    }

    /** The credentials each cart needs (DESIGN.md, "Per cart, what --url and the credentials are"). */
    public static java.util.List<String> requiredSecrets(CartKind kind) {
        return switch (kind) {
            case SHOPIFY, BIGCOMMERCE, MAGENTO -> java.util.List.of(TOKEN);
            case WOOCOMMERCE -> java.util.List.of(KEY, SECRET);
            case PRESTASHOP -> java.util.List.of(KEY);
        };
    }

    public String secret(String name) {
        return secrets.get(name);
    }

    /** The shop's identity: kind plus the URL without trailing slash, case-folded host. */
    public String shopKey() {
        return kind.id() + ":" + normalisedUrl();
    }

    public String normalisedUrl() {
        String scheme = url.getScheme() == null ? "https" : url.getScheme().toLowerCase(Locale.ROOT);
        String host = url.getHost() == null ? "" : url.getHost().toLowerCase(Locale.ROOT);
        String port = url.getPort() == -1 ? "" : ":" + url.getPort();
        String path = url.getPath() == null ? "" : url.getPath().replaceAll("/+$", "");
        return scheme + "://" + host + port + path;
    }

    /**
     * A digest of everything a connection test depends on, secrets included, so a test that
     * passed for one config does not count for another. Reveals nothing about the secrets.
     */
    public String fingerprint() {
        StringBuilder sb = new StringBuilder(shopKey()).append('\n').append(apiVersion).append('\n');
        new TreeMap<>(secrets).forEach((k, v) -> sb.append(k).append('=').append(v).append('\n'));
        try {
            byte[] d = MessageDigest.getInstance("SHA-256").digest(sb.toString().getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(d);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public String toString() {
        return "CartConfig[" + kind.id() + " " + normalisedUrl() + " secrets=" + secrets.keySet() + "]";
    }
}
