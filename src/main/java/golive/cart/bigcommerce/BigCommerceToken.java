package golive.cart.bigcommerce;

import golive.cart.CartConfig;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * What a store-level API account's access token looks like, told apart before it is saved: one word
 * of letters and digits. The account's credentials file holds more than the token ("ACCESS TOKEN:
 * …", the client ID and secret, the API Path), so a line of it pasted whole, or the API Path pasted
 * into the token field, is recognised and the merchant told what to copy. Stateless.
 */
public final class BigCommerceToken {
    private static final Pattern TOKEN = Pattern.compile("[A-Za-z0-9]{8,200}");

    private BigCommerceToken() {
    }

    /** Why the access token as entered cannot be one, in a shop owner's words; empty when it may be. */
    public static Optional<String> problem(CartConfig config) {
        String token = config.secret(CartConfig.TOKEN);
        if (token == null || TOKEN.matcher(token.strip()).matches()) {
            return Optional.empty();
        }
        String t = token.strip();
        if (t.regionMatches(true, 0, "http", 0, 4)) {
            return Optional.of("what was given as the access token is an address: give it as the store URL, and the "
                    + "Access token shown when the API account was created as the token");
        }
        if (t.contains(":") || t.contains(" ")) {
            return Optional.of("copy only the access token itself (the letters and digits after 'ACCESS TOKEN:'), "
                    + "not the whole line of the API account's file");
        }
        return Optional.of("an access token is one word of letters and digits, as shown when the API account was created");
    }
}
