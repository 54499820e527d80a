package golive.cart.magento;

import golive.cart.CartConfig;
import golive.cart.CartConnectors;
import golive.domain.CartKind;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** What a merchant pastes for Magento, judged before saving: an admin token is named, the admin address names the store. */
class MagentoCredentialsTest {

    @Test
    void anAdminTokenOrAValueWithASpaceIsRefusedAndAnIntegrationTokenIsNot() {
        String jwt = "eyJraWQiOiIxIiwiYWxnIjoiSFMyNTYifQ.eyJ1aWQiOjEsInV0eXBpZCI6Mn0.c2lnbmF0dXJl";
        assertThat(CartConnectors.credentialProblem(config(Map.of(CartConfig.TOKEN, jwt)))).get().asString()
                .contains("expires after a few hours").contains("System › Integrations").doesNotContain(jwt);
        assertThat(CartConnectors.credentialProblem(config(Map.of(CartConfig.TOKEN, "Access Token: " + "a".repeat(32)))))
                .get().asString().contains("the token has a space");
        assertThat(CartConnectors.credentialProblem(config(Map.of(CartConfig.TOKEN, "7z1k0q9d4m2b8c6x5v3n1l0p9o8i7u6y")))).isEmpty();
    }

    @Test
    void theFourOAuthValuesAreTheSecondWayATokenAloneTheFirstAndHalfASetIsNamed() {
        assertThat(CartConfig.credentialSets(CartKind.MAGENTO)).containsExactly(java.util.List.of("token"),
                java.util.List.of("key", "secret", "token", "token_secret"));
        assertThat(CartConnectors.credentialProblem(config(Map.of(CartConfig.KEY, "k".repeat(32), CartConfig.TOKEN, "t".repeat(32)))))
                .get().asString().contains("all four").contains("consumer secret and access token secret");
    }

    @Test
    void anAdminOrRestAddressNamesTheStore() {
        assertThat(CartConnectors.storeUrl(CartKind.MAGENTO, URI.create("https://shop.example/admin_x1/sales/order/")))
                .isEqualTo(URI.create("https://shop.example"));
        assertThat(CartConnectors.storeUrl(CartKind.MAGENTO, URI.create("https://shop.example/eu/rest/default/V1/orders")))
                .isEqualTo(URI.create("https://shop.example/eu"));
        assertThat(CartConnectors.storeUrl(CartKind.MAGENTO, URI.create("https://shop.example/index.php/")))
                .isEqualTo(URI.create("https://shop.example"));
    }

    private static CartConfig config(Map<String, String> secrets) {
        return new CartConfig(CartKind.MAGENTO, URI.create("https://shop.example"), secrets, null);
    }
}
