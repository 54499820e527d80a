package golive.cart.magento;

import golive.cart.CartConfig;

import java.net.URI;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * What a merchant copies for Magento, checked before anything is saved: an integration's values
 * (System › Integrations › Integration Details) are single words; a JSON Web Token is an admin or
 * customer token, which expires within hours and cannot run Auto Sync. And the store as the merchant
 * pasted it: an admin ({@code /admin…}), {@code /index.php} or {@code /rest/…} address names the same
 * store. Stateless.
 */
public final class MagentoCredentials {
    private static final Pattern JWT = Pattern.compile("eyJ[\\w-]+\\.[\\w-]+\\.[\\w-]+");
    private static final Pattern SUFFIX = Pattern.compile("(?i)/(index\\.php|rest|admin[a-z0-9_-]*)(/.*)?$");
    private static final String[] NAMES = {CartConfig.KEY, CartConfig.SECRET, CartConfig.TOKEN, CartConfig.TOKEN_SECRET};

    private MagentoCredentials() {
    }

    /** Why these cannot be an integration's credentials, in a shop owner's words; empty when they may be. */
    public static Optional<String> problem(CartConfig config) {
        String token = config.secret(CartConfig.TOKEN);
        if (token != null && JWT.matcher(token).matches()) {
            return Optional.of("this is an admin or customer token, which expires after a few hours; use the Access Token"
                    + " of an integration (System › Integrations › Edit › Integration Details)");
        }
        for (String name : NAMES) {
            String v = config.secret(name);
            if (v != null && v.strip().matches(".*\\s.*")) {
                return Optional.of("the " + name.replace('_', ' ') + " has a space in it: copy the value alone from"
                        + " System › Integrations › Edit › Integration Details");
            }
        }
        return Optional.empty();
    }

    /** The store's base URL from what was pasted: "https://shop.example/admin_x1/sales/order/" names https://shop.example. */
    public static URI site(URI pasted) {
        String path = pasted.getRawPath() == null ? "" : SUFFIX.matcher(pasted.getRawPath()).replaceFirst("");
        path = path.replaceAll("/+$", "");
        return URI.create(pasted.getScheme() + "://" + pasted.getRawAuthority() + path);
    }
}
