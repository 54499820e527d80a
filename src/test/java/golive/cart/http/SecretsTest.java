package golive.cart.http;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.LoggingEvent;
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
    void aStackTraceInTheLogQuotesNoTokenInAnyMessageOrCause() {
        Secrets.register("shpat_stacktrace0123456789");
        LoggerContext context = new LoggerContext();
        RedactingThrowableConverter converter = new RedactingThrowableConverter();
        converter.setContext(context);
        converter.start();
        Exception thrown = new IllegalStateException("call failed for token shpat_stacktrace0123456789",
                new java.io.IOException("X-Shopify-Access-Token: shpat_stacktrace0123456789 refused"));
        LoggingEvent event = new LoggingEvent(SecretsTest.class.getName(), context.getLogger("t"), Level.ERROR, "failed", thrown, null);

        String trace = converter.convert(event);

        assertThat(trace).contains("IllegalStateException", "Caused by: java.io.IOException", "***");
        assertThat(trace).doesNotContain("shpat_stacktrace0123456789");
    }

    @Test
    void secretHeadersAreKnown() {
        assertThat(Secrets.isSecretHeader("x-shopify-access-token")).isTrue();
        assertThat(Secrets.isSecretHeader("Authorization")).isTrue();
        assertThat(Secrets.isSecretHeader("Accept")).isFalse();
    }
}
