package golive.cart.shopify;

import golive.cart.CartConfig;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * What a merchant copies for Shopify, told apart before anything is saved: a Dev Dashboard app's
 * client ID (letters and digits) and client secret ({@code shpss_…}), or a legacy custom app's
 * Admin API token ({@code shpat_…}). A value pasted into the wrong field is recognised and the
 * merchant told which field it goes in. Stateless.
 */
public final class ShopifyCredentials {
    private static final Pattern CLIENT_ID = Pattern.compile("[A-Za-z0-9]{16,64}");
    private static final Pattern PRINTABLE = Pattern.compile("\\S{8,200}");

    private ShopifyCredentials() {
    }

    /** Why these credentials cannot be Shopify's, in a shop owner's words; empty when they may be. */
    public static Optional<String> problem(CartConfig config) {
        String token = config.secret(CartConfig.TOKEN);
        String id = config.secret(CartConfig.KEY);
        String secret = config.secret(CartConfig.SECRET);
        if (token != null && (id != null || secret != null)) {
            return Optional.of("give either the app's client ID and client secret or an Admin API access token, not both");
        }
        if (token != null) {
            if (token.startsWith("shpss_")) {
                return Optional.of("what was given as the access token is a client secret (it starts with shpss_): "
                        + "give it as the client secret (--secret), with the app's client ID (--key)");
            }
            return PRINTABLE.matcher(token).matches() ? Optional.empty()
                    : Optional.of("an Admin API access token is one word of at least 8 characters (it starts with shpat_)");
        }
        if (secret != null && secret.startsWith("shpat_")) {
            return Optional.of("what was given as the client secret is an Admin API access token (it starts with shpat_): "
                    + "give it as the access token (--token) instead");
        }
        if (id != null && (id.startsWith("shpss_") || id.startsWith("shpat_"))) {
            return Optional.of("what was given as the client ID is a " + (id.startsWith("shpss_") ? "client secret" : "access token")
                    + "; the client ID is the letters and digits shown above the secret in the app's Settings");
        }
        if (id != null && !CLIENT_ID.matcher(id).matches()) {
            return Optional.of("a client ID is 16 to 64 letters and digits, as the app's Settings in the Dev Dashboard show it");
        }
        if (secret != null && !secret.startsWith("shpss_")) {
            return Optional.of("a client secret starts with shpss_ (copy it from the app's Settings in the Dev Dashboard)");
        }
        return Optional.empty();
    }
}
