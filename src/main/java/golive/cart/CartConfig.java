package golive.cart;

import golive.domain.CartKind;

import java.net.URI;
import java.util.List;
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
    /** Magento: the integration's access token secret, for OAuth 1.0a signing. */
    public static final String TOKEN_SECRET = "token_secret";

    public CartConfig withUrl(URI other) {
        return new CartConfig(kind, other, secrets, apiVersion);
    }

    public CartConfig {
        secrets = Map.copyOf(secrets);
    }

    /**
     * The credentials each cart takes, each list one complete way to authenticate (DESIGN.md, "Per
     * cart, what --url and the credentials are"); the first is what step 1 asks for by default.
     * Shopify: a Dev Dashboard app's client ID and secret, or a legacy custom app's token. Magento: an
     * integration's access token as a Bearer token, or all four of its values for OAuth 1.0a signing.
     */
    public static List<List<String>> credentialSets(CartKind kind) {
        return switch (kind) {
            case SHOPIFY -> List.of(List.of(KEY, SECRET), List.of(TOKEN));
            case BIGCOMMERCE -> List.of(List.of(TOKEN));
            case MAGENTO -> List.of(List.of(TOKEN), List.of(KEY, SECRET, TOKEN, TOKEN_SECRET));
            case WOOCOMMERCE -> List.of(List.of(KEY, SECRET));
            case PRESTASHOP -> List.of(List.of(KEY));
        };
    }

    /** The default way to authenticate: {@code credentialSets(kind).get(0)}. */
    public static List<String> requiredSecrets(CartKind kind) {
        return credentialSets(kind).get(0);
    }

    /**
     * What is still missing: nothing when one set is complete; else the rest of the set the given
     * secrets started (or of the default set, when none was started).
     */
    public List<String> missingSecrets() {
        List<List<String>> sets = credentialSets(kind);
        if (sets.stream().anyMatch(set -> set.stream().allMatch(n -> secret(n) != null))) {
            return List.of();
        }
        List<String> started = sets.stream().filter(set -> set.stream().anyMatch(n -> secret(n) != null)).findFirst()
                .orElse(sets.get(0));
        return started.stream().filter(n -> secret(n) == null).toList();
    }

    public String secret(String name) {
        return secrets.get(name);
    }

    /** The shop's identity ({@link ShopIdentity}): the same shop whatever URL form names it. */
    public String shopKey() {
        return ShopIdentity.key(kind, url);
    }

    public String normalisedUrl() {
        String scheme = url.getScheme() == null ? "https" : url.getScheme().toLowerCase(Locale.ROOT);
        String host = url.getHost() == null ? "" : url.getHost().toLowerCase(Locale.ROOT);
        String port = url.getPort() == -1 ? "" : ":" + url.getPort();
        String path = url.getPath() == null ? "" : url.getPath().replaceAll("/+$", "");
        return scheme + "://" + host + port + path;
    }

    /**
     * Everything a connection test depends on, secrets included, as one string: the input of the
     * keyed fingerprint ({@code SecretStore#fingerprint}). Never store, log or show it.
     */
    public String fingerprintMaterial() {
        StringBuilder sb = new StringBuilder(shopKey()).append('\n').append(normalisedUrl()).append('\n')
                .append(apiVersion).append('\n');
        new TreeMap<>(secrets).forEach((k, v) -> sb.append(k).append('=').append(v).append('\n'));
        return sb.toString();
    }

    @Override
    public String toString() {
        return "CartConfig[" + kind.id() + " " + normalisedUrl() + " secrets=" + secrets.keySet() + "]";
    }
}
