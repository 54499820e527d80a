package golive.cart.http;

import org.junit.jupiter.api.Test;

import java.net.URI;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CartUrlsTest {

    @Test
    void httpsIsAlwaysAccepted() {
        assertThat(CartUrls.requireSecure(URI.create("https://shop.myshopify.com"))).hasHost("shop.myshopify.com");
    }

    @Test
    void plainHttpIsAcceptedOnlyForLoopback() {
        for (String url : new String[] {"http://localhost:8080", "http://127.0.0.1:1", "http://127.10.20.30",
                "http://[::1]:9000", "http://LOCALHOST"}) {
            assertThat(CartUrls.requireSecure(URI.create(url))).isNotNull();
        }
    }

    @Test
    void plainHttpToARemoteHostIsRefusedWithAClearMessage() {
        for (String url : new String[] {"http://shop.example.com", "http://10.0.0.5", "http://127.0.0.1.evil.com",
                "http://128.0.0.1", "http://localhost.example.com"}) {
            assertThatThrownBy(() -> CartUrls.requireSecure(URI.create(url)))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("plain http:// is refused")
                    .hasMessageContaining("https://");
        }
    }

    @Test
    void otherSchemesAndMissingHostsAreRefused() {
        assertThatThrownBy(() -> CartUrls.requireSecure(URI.create("ftp://shop.example.com")))
                .hasMessageContaining("must start with https://");
        assertThatThrownBy(() -> CartUrls.requireSecure(URI.create("https:///path"))).hasMessageContaining("no host");
        assertThatThrownBy(() -> CartUrls.requireSecure(null)).hasMessageContaining("missing");
    }

    @Test
    void parseAddsHttpsToABareHostName() {
        assertThat(CartUrls.parse(" myshop.myshopify.com ")).isEqualTo(URI.create("https://myshop.myshopify.com"));
        assertThatThrownBy(() -> CartUrls.parse("http://myshop.myshopify.com")).hasMessageContaining("refused");
        assertThatThrownBy(() -> CartUrls.parse("")).hasMessageContaining("empty");
    }

    @Test
    void loopbackNeverResolvesNames() {
        assertThat(CartUrls.isLoopback("0:0:0:0:0:0:0:1")).isTrue();
        assertThat(CartUrls.isLoopback("127.0.0.256")).isFalse();
        assertThat(CartUrls.isLoopback("my-laptop")).isFalse();
    }
}
