package golive.cart.http;

import org.junit.jupiter.api.Test;

import java.net.URI;

import static org.assertj.core.api.Assertions.assertThat;

class SecretsTest {

    @Test
    void registeredValuesAreMaskedEverywhere() {
        Secrets.register("shpat_0123456789abcdef");

        assertThat(Secrets.redact("failed with shpat_0123456789abcdef twice: shpat_0123456789abcdef"))
                .isEqualTo("failed with *** twice: ***");
    }

    @Test
    void basicCredentialsAreMaskedWithAndWithoutTheScheme() {
        Secrets.register("Basic Y2tfMTIzOmNzXzQ1Ng==");

        assertThat(Secrets.redact("header Y2tfMTIzOmNzXzQ1Ng== sent")).isEqualTo("header *** sent");
    }

    @Test
    void tinyValuesAreNotRegistered() {
        Secrets.register("ab");
        Secrets.register(null);

        assertThat(Secrets.redact("about abc")).isEqualTo("about abc");
    }

    @Test
    void secretQueryParametersAreMaskedInUris() {
        URI uri = URI.create("https://user:pw@shop.example/wp-json/wc/v3/orders?per_page=1&consumer_key=ck_1&consumer_secret=cs_2&ws_key=K");

        assertThat(Secrets.redact(uri))
                .isEqualTo("https://shop.example/wp-json/wc/v3/orders?per_page=1&consumer_key=***&consumer_secret=***&ws_key=***");
    }

    @Test
    void secretHeadersAreKnown() {
        assertThat(Secrets.isSecretHeader("x-shopify-access-token")).isTrue();
        assertThat(Secrets.isSecretHeader("Authorization")).isTrue();
        assertThat(Secrets.isSecretHeader("Accept")).isFalse();
    }
}
