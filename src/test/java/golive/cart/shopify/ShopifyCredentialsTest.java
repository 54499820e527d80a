package golive.cart.shopify;

import golive.cart.CartConfig;
import golive.domain.CartKind;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** What a merchant pastes for Shopify, told apart before anything is saved. */
class ShopifyCredentialsTest {
    static final String ID = "0f9d8c7b6a5e4d3c2b1a09f8e7d6c5b4";

    static CartConfig config(Map<String, String> secrets) {
        return new CartConfig(CartKind.SHOPIFY, URI.create("https://x.myshopify.com"), secrets, null);
    }

    @Test
    void aClientIdAndSecretOrALegacyTokenAreEachComplete() {
        assertThat(config(Map.of(CartConfig.KEY, ID, CartConfig.SECRET, "shpss_abc123")).missingSecrets()).isEmpty();
        assertThat(config(Map.of(CartConfig.TOKEN, "shpat_abc123def")).missingSecrets()).isEmpty();
        assertThat(ShopifyCredentials.problem(config(Map.of(CartConfig.KEY, ID, CartConfig.SECRET, "shpss_abc123")))).isEmpty();
        assertThat(ShopifyCredentials.problem(config(Map.of(CartConfig.TOKEN, "shpat_abc123def")))).isEmpty();
    }

    @Test
    void whatIsMissingIsTheRestOfTheSetTheMerchantStarted() {
        assertThat(config(Map.of()).missingSecrets()).as("the default: a Dev Dashboard app").isEqualTo(List.of(CartConfig.KEY, CartConfig.SECRET));
        assertThat(config(Map.of(CartConfig.KEY, ID)).missingSecrets()).containsExactly(CartConfig.SECRET);
        assertThat(config(Map.of(CartConfig.SECRET, "shpss_x1234567")).missingSecrets()).containsExactly(CartConfig.KEY);
    }

    @Test
    void aValueInTheWrongFieldIsRecognisedAndTheMerchantToldWhereItGoes() {
        assertThat(ShopifyCredentials.problem(config(Map.of(CartConfig.TOKEN, "shpss_0123456789"))))
                .hasValueSatisfying(m -> assertThat(m).contains("client secret").contains("--secret"));
        assertThat(ShopifyCredentials.problem(config(Map.of(CartConfig.KEY, ID, CartConfig.SECRET, "shpat_0123456789"))))
                .hasValueSatisfying(m -> assertThat(m).contains("access token").contains("--token"));
        assertThat(ShopifyCredentials.problem(config(Map.of(CartConfig.KEY, "shpss_0123456789abcdef", CartConfig.SECRET, "shpss_x1234567"))))
                .hasValueSatisfying(m -> assertThat(m).contains("client ID"));
        assertThat(ShopifyCredentials.problem(config(Map.of(CartConfig.KEY, ID, CartConfig.SECRET, "hunter2-but-longer"))))
                .hasValueSatisfying(m -> assertThat(m).contains("shpss_"));
        assertThat(ShopifyCredentials.problem(config(Map.of(CartConfig.KEY, "my app", CartConfig.SECRET, "shpss_x1234567"))))
                .hasValueSatisfying(m -> assertThat(m).contains("letters and digits"));
        assertThat(ShopifyCredentials.problem(config(Map.of(CartConfig.TOKEN, "shpat_abc123def", CartConfig.KEY, ID))))
                .hasValueSatisfying(m -> assertThat(m).contains("not both"));
    }

    @Test
    void theAdminAddressBarUrlNamesTheStore() {
        assertThat(ShopifyStoreUrl.of(URI.create("https://admin.shopify.com/store/candle-co/orders?x=1")))
                .isEqualTo(URI.create("https://candle-co.myshopify.com"));
        assertThat(ShopifyStoreUrl.of(URI.create("https://candle-co.myshopify.com/admin")))
                .isEqualTo(URI.create("https://candle-co.myshopify.com/admin"));
    }
}
