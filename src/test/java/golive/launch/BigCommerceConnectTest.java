package golive.launch;

import golive.cart.CartConfig;
import golive.domain.CartKind;
import golive.i18n.Messages;
import golive.testkit.BigCommerceLaunchpad;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.time.ZoneId;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Step 1 for BigCommerce: what a merchant may paste as the store URL and the token, and what is saved. */
class BigCommerceConnectTest {
    private static final String TOKEN = "abcdef0123456789abcdef012345678";
    private final BigCommerceLaunchpad pad = BigCommerceLaunchpad.inMemory(ZoneId.of("America/Chicago"));

    @AfterEach
    void close() {
        pad.close();
    }

    private static CartConfig config(String url, String token) {
        return new CartConfig(CartKind.BIGCOMMERCE, URI.create(url), Map.of(CartConfig.TOKEN, token), null);
    }

    @Test
    void theControlPanelAddressIsSavedAsTheStoresApiPath() {
        pad.cutover.connect(config("https://store-abc123.mybigcommerce.com/manage/dashboard", TOKEN));

        CartConfig saved = pad.cutover.cartConfig().orElseThrow();
        assertThat(saved.url()).isEqualTo(URI.create("https://api.bigcommerce.com/stores/abc123/v3/"));
        assertThat(saved.shopKey()).isEqualTo("bigcommerce:stores/abc123");
    }

    @Test
    void theStorefrontsOwnDomainIsABadUrlThatSaysWhereTheApiPathIs() {
        assertThatThrownBy(() -> pad.cutover.connect(config("https://www.my-awesome.store", TOKEN)))
                .isInstanceOfSatisfying(InvalidInput.class, e -> {
                    assertThat(e.problem().code()).isEqualTo(ProblemCode.BAD_URL);
                    assertThat(Messages.of(e.problem())).contains("www.my-awesome.store").contains("API Path")
                            .contains("Settings › Store-level API accounts");
                });
        assertThat(pad.cutover.cartConfig()).isEmpty();
    }

    @Test
    void aLineOfTheCredentialsFileIsABadCredentialThatNeverRepeatsTheToken() {
        assertThatThrownBy(() -> pad.cutover.connect(config("https://api.bigcommerce.com/stores/abc123/v3/", "ACCESS TOKEN: " + TOKEN)))
                .isInstanceOfSatisfying(InvalidInput.class, e -> {
                    assertThat(e.problem().code()).isEqualTo(ProblemCode.BAD_CREDENTIAL);
                    assertThat(Messages.of(e.problem())).contains("only the access token").doesNotContain(TOKEN);
                });
    }
}
