package golive.cart.prestashop;

import golive.cart.CartConfig;

import java.net.URI;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * What a merchant copies for PrestaShop, checked before anything is saved: the webservice key
 * (32 letters and digits; PrestaShop refuses any other length with "Invalid authentication key
 * format"). And the shop as pasted: a back-office ({@code /admin…/}) or {@code /api/} address names
 * the same shop. Stateless.
 */
public final class PrestaShopCredentials {
    private static final Pattern KEY = Pattern.compile("[A-Za-z0-9]{32}");
    private static final Pattern ADMIN_OR_API = Pattern.compile("(?i)/(api|admin[a-z0-9_-]*|index\\.php)(/.*)?$");

    private PrestaShopCredentials() {
    }

    /** Why this cannot be a webservice key, in a shop owner's words; empty when it may be. */
    public static Optional<String> problem(CartConfig config) {
        String key = config.secret(CartConfig.KEY);
        if (key != null && !KEY.matcher(key.strip()).matches()) {
            return Optional.of("a PrestaShop webservice key is 32 letters and digits (Advanced Parameters › Webservice, the Key column);"
                    + " this one has " + key.strip().length() + " characters");
        }
        return Optional.empty();
    }

    /** The shop itself: "https://shop.example/admin123/index.php" and "https://shop.example/api/" name https://shop.example. */
    public static URI shop(URI pasted) {
        String path = pasted.getRawPath() == null ? "" : ADMIN_OR_API.matcher(pasted.getRawPath()).replaceFirst("");
        path = path.replaceAll("/+$", "");
        return URI.create(pasted.getScheme() + "://" + pasted.getRawAuthority() + path);
    }
}
