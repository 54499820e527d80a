package golive.cart;

import golive.cart.shopify.ShopifyStoreUrl;
import golive.domain.CartKind;

import java.net.URI;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Which shop a store URL names (DESIGN.md, "Changing the plan"): the key the store's unique order
 * key and the migrated registry stand on, so the rule must not drift. Scheme, case, a trailing
 * slash and admin or API paths are ignored. Shopify: the {@code {shop}.myshopify.com} host (an
 * {@code admin.shopify.com/store/{shop}} URL names the same shop); BigCommerce: the store hash in
 * {@code /stores/{hash}/}; WooCommerce, Magento and PrestaShop: host plus site path. Stateless.
 */
public final class ShopIdentity {
    private static final Pattern BIGCOMMERCE_STORE = Pattern.compile("(?i).*/stores/([a-z0-9]+)(/.*)?");
    /** Where a site's own path ends and an admin or API path begins. */
    private static final Pattern SITE_SUFFIX = Pattern.compile(
            "(?i)(/(wp-json|wp-admin|index\\.php|rest|api|admin[a-z0-9_-]*)(/.*)?)$");

    private ShopIdentity() {
    }

    /** The stored key: {@code kind:identity}, e.g. {@code shopify:my-shop.myshopify.com}. */
    public static String key(CartKind kind, URI url) {
        return kind.id() + ":" + of(kind, url);
    }

    public static String of(CartKind kind, URI url) {
        String host = url.getHost() == null ? "" : url.getHost().toLowerCase(Locale.ROOT).replaceAll("\\.$", "");
        String hostPort = host + (url.getPort() == -1 || url.getPort() == 443 || url.getPort() == 80 ? "" : ":" + url.getPort());
        String path = url.getPath() == null ? "" : url.getPath().replaceAll("/+$", "");
        return switch (kind) {
            case SHOPIFY -> url.getHost() != null && url.getHost().equalsIgnoreCase("admin.shopify.com")
                    ? ShopifyStoreUrl.of(url).getHost() : hostPort; // the shop is the host; a pasted /admin names the same shop
            case BIGCOMMERCE -> {
                Matcher m = BIGCOMMERCE_STORE.matcher(path);
                yield m.matches() ? "stores/" + m.group(1).toLowerCase(Locale.ROOT) : hostPort + site(path);
            }
            case WOOCOMMERCE, MAGENTO, PRESTASHOP -> hostPort + site(path);
        };
    }

    private static String site(String path) {
        String p = SITE_SUFFIX.matcher(path).replaceFirst("");
        return p.toLowerCase(Locale.ROOT).replaceAll("/+$", "");
    }
}
