package golive.sandbox.bigcommerce;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import golive.sandbox.SandboxClock;
import golive.sandbox.SandboxOrder;
import golive.sandbox.SandboxShop;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The face speaks Orders V2 as the real one does, over plain HTTP requests. */
class BigCommerceSandboxTest {
    private static final Instant NOW = Instant.parse("2025-03-10T15:00:00Z");
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    private static BigCommerceSandbox face;
    private static SandboxOrder first;

    @BeforeAll
    static void start() {
        SandboxShop shop = new SandboxShop(SandboxClock.frozenAt(NOW));
        face = new BigCommerceSandbox(shop, "abc123").token("facetoken000000000000000").start();
        for (int i = 0; i < 5; i++) {
            SandboxOrder o = shop.add(SandboxOrder.draft(NOW.minusSeconds(600 - i * 60L), "b@example.com",
                    List.of(new SandboxOrder.Line("SKU-" + i, "Thing", null, 2, new BigDecimal("10.00"), 0))));
            first = first == null ? o : first;
        }
        shop.fulfil(first.id());
    }

    @AfterAll
    static void stop() {
        face.close();
    }

    private static HttpResponse<String> get(String pathAndQuery, String token) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(face.v2Url() + pathAndQuery));
        if (token != null) {
            b.header("X-Auth-Token", token);
        }
        return HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static HttpResponse<String> get(String pathAndQuery) throws Exception {
        return get(pathAndQuery, face.token());
    }

    @Test
    void theApiPathIsV3AndOrdersComeFromV2WithTheRunningNumberAsIdAndRfc2822Dates() throws Exception {
        assertThat(face.baseUrl().toString()).endsWith("/stores/abc123/v3/");
        HttpResponse<String> r = get("orders?sort=id:desc&limit=2");
        JsonNode orders = JSON.readTree(r.body());

        assertThat(orders).hasSize(2);
        assertThat(orders.get(0).get("id").asLong()).isEqualTo(first.number() + 4);
        assertThat(orders.get(0).get("date_created").asText()).isEqualTo("Mon, 10 Mar 2025 14:54:00 +0000");
        assertThat(orders.get(0).get("total_inc_tax").asText()).isEqualTo("21.2000");
        assertThat(orders.get(0).get("status_id").asInt()).isEqualTo(11);
        assertThat(r.headers().firstValue("Date")).hasValue("Mon, 10 Mar 2025 15:00:00 GMT");
        assertThat(r.headers().firstValue("X-Rate-Limit-Requests-Quota")).hasValue("150");
        assertThat(r.headers().firstValue("X-Rate-Limit-Time-Window-Ms")).hasValue("30000");
    }

    @Test
    void oneStatusIdFiltersAListIsRefusedAndPagesAreOneBased() throws Exception {
        assertThat(JSON.readTree(get("orders?status_id=2").body())).singleElement()
                .satisfies(o -> assertThat(o.get("status").asText()).isEqualTo("Shipped"));
        assertThat(get("orders?status_id=11,9").statusCode()).isEqualTo(400);
        assertThat(JSON.readTree(get("orders?limit=2&page=3").body())).singleElement()
                .satisfies(o -> assertThat(o.get("id").asLong()).isEqualTo(first.number() + 4));
        assertThat(get("orders?limit=251").statusCode()).isEqualTo(413);
    }

    @Test
    void nothingMatchingIs204WithAnEmptyBody() throws Exception {
        HttpResponse<String> r = get("orders?min_id=" + (first.number() + 5));

        assertThat(r.statusCode()).isEqualTo(204);
        assertThat(r.body()).isEmpty();
    }

    @Test
    void datesAreTakenInRfc2822OrIso8601AndAnUnencodedPlusIsRefused() throws Exception {
        assertThat(JSON.readTree(get("orders?min_date_created=Mon,%2010%20Mar%202025%2014:53:00%20%2B0000").body())).hasSize(2);
        assertThat(JSON.readTree(get("orders?max_date_created=2025-03-10T14:51:00%2B00:00").body())).hasSize(2);
        assertThat(get("orders?min_date_created=2025-03-10T14:51:00+00:00").statusCode()).isEqualTo(400);
    }

    @Test
    void productsAndShippingAddressesUnderBothNamesAndAnUnknownOrderIs404() throws Exception {
        JsonNode products = JSON.readTree(get("orders/" + first.number() + "/products").body());
        assertThat(products).singleElement().satisfies(p -> {
            assertThat(p.get("sku").asText()).isEqualTo("SKU-0");
            assertThat(p.get("quantity_shipped").asInt()).isEqualTo(2);
            assertThat(p.get("price_ex_tax").asText()).isEqualTo("10.0000");
        });
        assertThat(get("orders/" + first.number() + "/shipping_addresses").body())
                .isEqualTo(get("orders/" + first.number() + "/shippingaddresses").body()).contains("Flat Rate");
        assertThat(get("orders/99999").statusCode()).isEqualTo(404);
    }

    @Test
    void aMissingOrWrongTokenIs401AndAMissingScope403InTheGatewaysWords() throws Exception {
        assertThat(get("time", null).statusCode()).isEqualTo(401);
        assertThat(get("time", "someoneelse0000000000").statusCode()).isEqualTo(401);
        face.scopes(BigCommerceSandbox.INFORMATION_SCOPE);
        try {
            HttpResponse<String> orders = get("orders");
            assertThat(orders.statusCode()).isEqualTo(403);
            assertThat(JSON.readTree(orders.body()).get("title").asText()).isEqualTo("You don't have a required scope to access the endpoint");
            assertThat(JSON.readTree(get("time").body()).get("time").asLong()).isEqualTo(NOW.getEpochSecond());
        } finally {
            face.scopes(BigCommerceSandbox.ORDERS_SCOPE, BigCommerceSandbox.INFORMATION_SCOPE);
        }
    }

    @Test
    void aSpentQuotaIs429WithItsResetUntilTheWindowRolls() throws Exception {
        face.quota(3, Duration.ofSeconds(30));
        try {
            for (int i = 0; i < 3; i++) {
                assertThat(get("time").statusCode()).isEqualTo(200);
            }
            HttpResponse<String> limited = get("time");
            assertThat(limited.statusCode()).isEqualTo(429);
            assertThat(limited.headers().firstValue("X-Rate-Limit-Requests-Left")).hasValue("0");
            assertThat(limited.headers().firstValue("X-Rate-Limit-Time-Reset-Ms")).hasValue("30000");
            ((SandboxClock) face.shop().clock()).advance(Duration.ofSeconds(30));
            assertThat(get("time").headers().firstValue("X-Rate-Limit-Requests-Left")).hasValue("2");
        } finally {
            ((SandboxClock) face.shop().clock()).set(NOW);
            face.quota(150, Duration.ofSeconds(30));
        }
    }
}
