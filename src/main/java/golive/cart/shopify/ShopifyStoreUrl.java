package golive.cart.shopify;

import java.net.URI;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The store URL from what a merchant pastes: the admin's address-bar URL
 * ({@code https://admin.shopify.com/store/{shop}/...}) names {@code https://{shop}.myshopify.com},
 * the address the API answers on. Anything else is kept as given. Stateless.
 */
public final class ShopifyStoreUrl {
    private static final Pattern ADMIN = Pattern.compile("(?i)/store/([a-z0-9][a-z0-9-]*)(/.*)?");

    private ShopifyStoreUrl() {
    }

    public static URI of(URI pasted) {
        if (pasted.getHost() != null && pasted.getHost().equalsIgnoreCase("admin.shopify.com") && pasted.getPath() != null) {
            Matcher m = ADMIN.matcher(pasted.getPath());
            if (m.matches()) {
                return URI.create("https://" + m.group(1).toLowerCase(Locale.ROOT) + ".myshopify.com");
            }
        }
        return pasted;
    }
}
