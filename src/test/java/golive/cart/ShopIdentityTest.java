package golive.cart;

import golive.domain.CartKind;
import org.junit.jupiter.api.Test;

import java.net.URI;

import static org.assertj.core.api.Assertions.assertThat;

/** Which URL forms name the same shop: what the unique order key and the shop-change refusal stand on. */
class ShopIdentityTest {

    static String key(CartKind kind, String url) {
        return ShopIdentity.key(kind, URI.create(url));
    }

    @Test
    void aShopifyShopIsItsMyshopifyHostWhateverPathCaseOrSchemeTheMerchantPasted() {
        String shop = key(CartKind.SHOPIFY, "https://my-shop.myshopify.com");
        assertThat(shop).isEqualTo("shopify:my-shop.myshopify.com");
        assertThat(key(CartKind.SHOPIFY, "https://My-Shop.myshopify.com/admin")).isEqualTo(shop);
        assertThat(key(CartKind.SHOPIFY, "https://my-shop.myshopify.com/admin/orders/")).isEqualTo(shop);
        assertThat(key(CartKind.SHOPIFY, "http://my-shop.myshopify.com:443/")).isEqualTo(shop);
        assertThat(key(CartKind.SHOPIFY, "https://admin.shopify.com/store/my-shop")).isEqualTo(shop);
        assertThat(key(CartKind.SHOPIFY, "https://admin.shopify.com/store/MY-SHOP/orders?inContextTimeframe=today")).isEqualTo(shop);
        assertThat(key(CartKind.SHOPIFY, "https://other-shop.myshopify.com")).isNotEqualTo(shop);
    }

    @Test
    void aLoopbackSandboxKeepsItsPortSoTwoSandboxesAreTwoShops() {
        assertThat(key(CartKind.SHOPIFY, "http://127.0.0.1:47391/admin")).isEqualTo(key(CartKind.SHOPIFY, "http://127.0.0.1:47391"));
        assertThat(key(CartKind.SHOPIFY, "http://127.0.0.1:47391")).isNotEqualTo(key(CartKind.SHOPIFY, "http://127.0.0.1:47392"));
    }

    @Test
    void twoBigCommerceStoresBehindTheOneApiHostDifferByTheirStoreHash() {
        String a = key(CartKind.BIGCOMMERCE, "https://api.bigcommerce.com/stores/abc123/v2/orders");
        assertThat(a).isEqualTo("bigcommerce:stores/abc123");
        assertThat(key(CartKind.BIGCOMMERCE, "https://api.bigcommerce.com/stores/ABC123/v3/")).isEqualTo(a);
        assertThat(key(CartKind.BIGCOMMERCE, "https://api.bigcommerce.com/stores/def456/v2/orders")).isNotEqualTo(a);
    }

    @Test
    void aSelfHostedShopIsItsHostAndSitePathWithoutTheApiOrAdminPath() {
        String woo = key(CartKind.WOOCOMMERCE, "https://example.com/shop");
        assertThat(key(CartKind.WOOCOMMERCE, "https://EXAMPLE.com/shop/wp-json/wc/v3/")).isEqualTo(woo);
        assertThat(key(CartKind.WOOCOMMERCE, "https://example.com/shop/wp-admin")).isEqualTo(woo);
        assertThat(key(CartKind.WOOCOMMERCE, "https://example.com/other-shop")).isNotEqualTo(woo);
        assertThat(key(CartKind.MAGENTO, "https://m.example.com/rest/default/V1/orders"))
                .isEqualTo(key(CartKind.MAGENTO, "https://m.example.com"));
        assertThat(key(CartKind.PRESTASHOP, "https://p.example.com/api/orders"))
                .isEqualTo(key(CartKind.PRESTASHOP, "https://p.example.com/"));
    }

    @Test
    void theSameAddressOnTwoCartKindsIsTwoShops() {
        assertThat(key(CartKind.WOOCOMMERCE, "https://example.com")).isNotEqualTo(key(CartKind.MAGENTO, "https://example.com"));
    }
}
