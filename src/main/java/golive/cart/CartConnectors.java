package golive.cart;

import golive.cart.bigcommerce.BigCommerceApiPath;
import golive.cart.bigcommerce.BigCommerceConnector;
import golive.cart.bigcommerce.BigCommerceToken;
import golive.cart.http.HttpSettings;
import golive.cart.magento.MagentoConnector;
import golive.cart.magento.MagentoCredentials;
import golive.cart.prestashop.PrestaShopConnector;
import golive.cart.prestashop.PrestaShopCredentials;
import golive.cart.shopify.ShopifyConnector;
import golive.cart.shopify.ShopifyCredentials;
import golive.cart.shopify.ShopifyStoreUrl;
import golive.cart.woocommerce.WooConnector;
import golive.cart.woocommerce.WooCredentials;
import golive.domain.CartKind;

import java.net.URI;
import java.time.Clock;
import java.util.List;
import java.util.Optional;

/**
 * Opens the connector for a saved {@link CartConfig}. Each cart lives in its own
 * sub-package and gets one line here. Stateless, thread-safe.
 */
public final class CartConnectors {
    private CartConnectors() {
    }

    /** The carts this version connects to, in the order step 1 offers them. */
    public static List<CartKind> supported() {
        return List.of(CartKind.SHOPIFY, CartKind.WOOCOMMERCE, CartKind.BIGCOMMERCE, CartKind.MAGENTO, CartKind.PRESTASHOP);
    }

    /** {@link #supported()} as people read it: "shopify, woocommerce". */
    public static String supportedIds() {
        return String.join(", ", supported().stream().map(CartKind::id).toList());
    }

    /** With the default transport settings (real timeouts, retries and sleeping). */
    public static CartConnector open(CartConfig config, Clock clock) {
        return open(config, clock, HttpSettings.defaults());
    }

    /**
     * @param clock    this computer's clock, for the clock-skew check and "now"
     * @param settings timeouts, retry policy and sleeper (tests and rehearsals shrink them)
     * @throws IllegalArgumentException when the kind is not supported yet, or the config is
     *                                  unusable (plain http to a remote host, missing credentials)
     */
    /** Why the credentials cannot be this cart's, in a shop owner's words (a value in the wrong field); empty when they may be. */
    public static Optional<String> credentialProblem(CartConfig config) {
        return switch (config.kind()) {
            case SHOPIFY -> ShopifyCredentials.problem(config);
            case WOOCOMMERCE -> WooCredentials.problem(config);
            case BIGCOMMERCE -> BigCommerceToken.problem(config);
            case MAGENTO -> MagentoCredentials.problem(config);
            case PRESTASHOP -> PrestaShopCredentials.problem(config);
        };
    }

    /**
     * The store URL as the cart names it, from what a merchant pasted (Shopify's admin address-bar URL
     * names the shop; BigCommerce's control panel address names the store hash of its API Path; a Magento
     * admin or REST address names the store's base URL).
     */
    public static URI storeUrl(CartKind kind, URI pasted) {
        return switch (kind) {
            case SHOPIFY -> ShopifyStoreUrl.of(pasted);
            case WOOCOMMERCE -> WooCredentials.site(pasted);
            case BIGCOMMERCE -> BigCommerceApiPath.of(pasted);
            case MAGENTO -> MagentoCredentials.site(pasted);
            case PRESTASHOP -> PrestaShopCredentials.shop(pasted);
        };
    }

    public static CartConnector open(CartConfig config, Clock clock, HttpSettings settings) {
        return switch (config.kind()) {
            case SHOPIFY -> new ShopifyConnector(config, clock, settings);
            case WOOCOMMERCE -> new WooConnector(config, clock, settings);
            case BIGCOMMERCE -> new BigCommerceConnector(config, clock, settings);
            case MAGENTO -> new MagentoConnector(config, clock, settings);
            case PRESTASHOP -> new PrestaShopConnector(config, clock, settings);
        };
    }
}
