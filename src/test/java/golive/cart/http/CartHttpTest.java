package golive.cart.http;

import com.fasterxml.jackson.databind.JsonNode;
import golive.cart.CartException;
import golive.sandbox.SandboxResponse;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CartHttpTest {
    private static final String TOKEN = "shpat_cafebabe1234567890";
    private final ScriptedServer server = new ScriptedServer();
    private final ScriptedServer.RecordingSleeper sleeper = new ScriptedServer.RecordingSleeper();

    @AfterEach
    void stop() {
        server.close();
    }

    private CartHttp http(int attempts) {
        return new CartHttp(HttpSettings.defaults().withRetry(RetryPolicy.fast(attempts)).withSleeper(sleeper)
                .withTimeouts(Duration.ofSeconds(2), Duration.ofSeconds(2)), Pacer.NONE);
    }

    private CartResponse get(CartHttp http) {
        return http.get(server.url("/orders.json"), Map.of("X-Shopify-Access-Token", TOKEN));
    }

    @Test
    void waitsOutRetryAfterOn429ThenSucceeds() {
        server.then(SandboxResponse.json(429, "{\"errors\":\"Exceeded 2 calls per second\"}").withHeader("Retry-After", "2.0"))
                .then(200, "{\"ok\":true}");
        CartHttp http = new CartHttp(HttpSettings.defaults().withSleeper(sleeper), Pacer.NONE);

        assertThat(get(http).body().get("ok").asBoolean()).isTrue();
        assertThat(sleeper.waits).containsExactly(Duration.ofSeconds(2));
        assertThat(server.requests()).hasSize(2);
    }

    @Test
    void retries503WithCappedExponentialBackoff() {
        server.then(503, "{}").then(503, "{}").then(503, "{}").then(503, "{}").then(200, "{\"ok\":1}");
        CartHttp http = new CartHttp(HttpSettings.defaults().withSleeper(sleeper)
                .withRetry(new RetryPolicy(6, Duration.ofMillis(500), Duration.ofSeconds(2), Duration.ofSeconds(60))), Pacer.NONE);

        assertThat(get(http).status()).isEqualTo(200);
        assertThat(sleeper.waits).containsExactly(Duration.ofMillis(500), Duration.ofSeconds(1),
                Duration.ofSeconds(2), Duration.ofSeconds(2));
    }

    @Test
    void retriesATruncatedJsonBodyOn200() {
        server.then(200, "{\"orders\":[{\"id\":1").then(200, "{\"orders\":[]}");

        assertThat(get(http(3)).body().get("orders").isArray()).isTrue();
        assertThat(server.requests()).hasSize(2);
    }

    @Test
    void retriesAnHtmlPageOn200() {
        server.then(200, "<html><body>Checking your browser</body></html>").then(200, "[]");

        assertThat(get(http(3)).body().isArray()).isTrue();
    }

    @Test
    void retriesADroppedConnectionAndACutBody() {
        server.then(SandboxResponse.drop()).then(SandboxResponse.json(200, "{\"a\":\"bcdefghijk\"}").on(SandboxResponse.Wire.CUT))
                .then(200, "{\"a\":1}");

        assertThat(get(http(5)).body().get("a").asInt()).isEqualTo(1);
    }

    @Test
    void retriesATimeout() {
        server.then(SandboxResponse.json(200, "{}").delayed(Duration.ofMillis(400))).then(200, "{\"fast\":true}");
        CartHttp http = new CartHttp(HttpSettings.defaults().withRetry(RetryPolicy.fast(3)).withSleeper(sleeper)
                .withTimeouts(Duration.ofSeconds(2), Duration.ofMillis(100)), Pacer.NONE);

        assertThat(get(http).body().get("fast").asBoolean()).isTrue();
    }

    @Test
    void persistent503BecomesUnavailableAfterTheLastAttempt() {
        server.then(503, "{\"errors\":\"Internal Server Error\"}");

        assertThatThrownBy(() -> get(http(4)))
                .isInstanceOf(CartException.Unavailable.class)
                .hasMessageContaining("after 4 attempts")
                .hasMessageContaining("HTTP 503: Internal Server Error");
        assertThat(server.requests()).hasSize(4);
    }

    @Test
    void unauthorizedIsNeverRetriedAndCarriesTheCartsMessage() {
        server.then(401, "{\"errors\":\"[API] Invalid API key or access token (unrecognized login or wrong password)\"}");

        assertThatThrownBy(() -> get(http(6)))
                .isInstanceOfSatisfying(CartException.Rejected.class, e -> assertThat(e.status()).isEqualTo(401))
                .hasMessage("[API] Invalid API key or access token (unrecognized login or wrong password)");
        assertThat(server.requests()).hasSize(1);
    }

    @Test
    void forbiddenIsRejectedToo() {
        server.then(403, "{\"errors\":\"[API] This action requires merchant approval for read_orders scope.\"}");

        assertThatThrownBy(() -> get(http(6)))
                .isInstanceOfSatisfying(CartException.Rejected.class, e -> assertThat(e.status()).isEqualTo(403))
                .hasMessageContaining("read_orders scope");
        assertThat(server.requests()).hasSize(1);
    }

    @Test
    void otherClientErrorsAreBadRequestsWithTheCartsWords() {
        server.then(400, "{\"errors\":{\"created_at_min\":\"created_at_min cannot be passed when page_info is present.\"}}");

        assertThatThrownBy(() -> get(http(6)))
                .isInstanceOf(CartException.BadRequest.class)
                .hasMessageContaining("HTTP 400: created_at_min cannot be passed when page_info is present.");
        assertThat(server.requests()).hasSize(1);
    }

    @Test
    void passedStatusesComeBackAsResponses() {
        server.then(404, "{\"errors\":\"Not Found\"}");

        CartResponse r = http(3).send(CartRequest.get(server.url("/orders/1.json")).passing(404));
        assertThat(r.status()).isEqualTo(404);
        assertThat(r.body().get("errors").asText()).isEqualTo("Not Found");
    }

    @Test
    void anUnreachableHostIsUnavailable() {
        server.stop();

        assertThatThrownBy(() -> get(http(2))).isInstanceOf(CartException.Unavailable.class)
                .hasMessageContaining("127.0.0.1 is unavailable after 2 attempts");
    }

    @Test
    void secretsNeverAppearInMessages() {
        server.then(500, "{\"errors\":\"token " + TOKEN + " broke us\"}");

        assertThatThrownBy(() -> http(2).get(server.url("/x.json?consumer_secret=cs_abcdef123456"),
                Map.of("X-Shopify-Access-Token", TOKEN)))
                .isInstanceOf(CartException.Unavailable.class)
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain(TOKEN).contains(Secrets.MASK));
        server.then(400, "{\"errors\":\"bad\"}");
        assertThatThrownBy(() -> http(2).get(server.url("/x.json?consumer_secret=cs_abcdef123456"), Map.of()))
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain("cs_abcdef123456").contains("consumer_secret=***"));
    }

    @Test
    void sendsTheHeadersItIsGiven() {
        get(http(1));

        assertThat(server.requests().get(0).header("X-Shopify-Access-Token")).contains(TOKEN);
        assertThat(server.requests().get(0).header("Accept")).contains("application/json");
    }

    @Test
    void decimalsAreExactBigDecimals() {
        server.then(200, "{\"total\":0.10,\"big\":12345678901234567890.01,\"id\":5000000000001}");

        JsonNode body = get(http(1)).body();
        assertThat(body.get("total").decimalValue()).isEqualTo(new BigDecimal("0.10"));
        assertThat(body.get("big").decimalValue()).isEqualTo(new BigDecimal("12345678901234567890.01"));
        assertThat(body.get("id").asLong()).isEqualTo(5_000_000_000_001L);
    }

    @Test
    void theRedirectIsNotFollowed() {
        server.then(SandboxResponse.json(301, "").withHeader("Location", "https://elsewhere.example/"));

        assertThatThrownBy(() -> get(http(3))).isInstanceOf(CartException.BadRequest.class)
                .hasMessageContaining("redirected to https://elsewhere.example/");
        assertThat(server.requests()).hasSize(1);
    }
}
