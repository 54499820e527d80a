package golive.cart.woocommerce;

import golive.cart.CartConfig;

import java.net.URI;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * What a merchant copies for WooCommerce, told apart before anything is saved: the consumer key
 * ({@code ck_…}) and consumer secret ({@code cs_…}) of a REST API key; swapped or truncated values
 * are named. And the site as the merchant pasted it: a {@code /wp-admin/…} or {@code /wp-json/…}
 * address names the same site. Stateless.
 */
public final class WooCredentials {
    private static final Pattern KEY = Pattern.compile("ck_[0-9a-f]{40}");
    private static final Pattern SECRET = Pattern.compile("cs_[0-9a-f]{40}");
    private static final Pattern ADMIN_OR_API = Pattern.compile("(?i)/(wp-admin|wp-json)(/.*)?$");

    private WooCredentials() {
    }

    /** Why these cannot be a WooCommerce key and secret, in a shop owner's words; empty when they may be. */
    public static Optional<String> problem(CartConfig config) {
        String key = config.secret(CartConfig.KEY);
        String secret = config.secret(CartConfig.SECRET);
        if (key != null && key.startsWith("cs_") || secret != null && secret.startsWith("ck_")) {
            return Optional.of("the consumer key and the consumer secret are swapped: the key starts with ck_, the secret with cs_");
        }
        if (key != null && !KEY.matcher(key).matches()) {
            return Optional.of("a consumer key is ck_ followed by 40 letters and digits (WooCommerce › Settings › Advanced › REST API)");
        }
        if (secret != null && !SECRET.matcher(secret).matches()) {
            return Optional.of("a consumer secret is cs_ followed by 40 letters and digits; it is shown once, when the key is made");
        }
        return Optional.empty();
    }

    /** The site itself from what was pasted: "https://shop.example/wp-admin/edit.php" names https://shop.example. */
    public static URI site(URI pasted) {
        String path = pasted.getRawPath() == null ? "" : ADMIN_OR_API.matcher(pasted.getRawPath()).replaceFirst("");
        path = path.replaceAll("/+$", "");
        return URI.create(pasted.getScheme() + "://" + pasted.getRawAuthority() + path);
    }
}
