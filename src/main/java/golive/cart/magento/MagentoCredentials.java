package golive.cart.magento;

import golive.cart.CartConfig;

import java.net.URI;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * What a merchant copies for Magento, checked before anything is saved: an integration's values
 * (System › Integrations › Integration Details) are single words; OAuth takes all four or none
 * besides the token; a JSON Web Token is an admin or customer token, which expires within hours and
 * cannot run Auto Sync. And the store as the merchant
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
        java.util.List<String> oauth = java.util.List.of(CartConfig.KEY, CartConfig.SECRET, CartConfig.TOKEN_SECRET);
        java.util.List<String> missing = oauth.stream().filter(n -> config.secret(n) == null).toList();
        if (!missing.isEmpty() && missing.size() < oauth.size()) {
            // half an OAuth set would quietly fall back to the token alone
            return Optional.of("OAuth signing needs all four values of the integration: the " + String.join(" and ",
                    missing.stream().map(MagentoCredentials::named).toList()) + " too (or give the access token alone)");
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

    private static String named(String name) {
        return switch (name) {
            case CartConfig.KEY -> "consumer key";
            case CartConfig.SECRET -> "consumer secret";
            default -> "access token secret";
        };
    }

    /** The store's base URL from what was pasted: "https://shop.example/admin_x1/sales/order/" names https://shop.example. */
    public static URI site(URI pasted) {
        String path = pasted.getRawPath() == null ? "" : SUFFIX.matcher(pasted.getRawPath()).replaceFirst("");
        path = path.replaceAll("/+$", "");
        return URI.create(pasted.getScheme() + "://" + pasted.getRawAuthority() + path);
    }
}
