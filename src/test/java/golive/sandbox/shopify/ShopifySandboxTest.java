package golive.sandbox.shopify;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import golive.sandbox.Fault;
import golive.sandbox.SandboxClock;
import golive.sandbox.SandboxOrder;
import golive.sandbox.SandboxShop;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The Shopify face over HTTP: authentication, headers, faults, scopes and the search bounds, spoken to with a plain client. */
class ShopifySandboxTest {
    private static final Instant NOW = Instant.parse("2025-01-03T14:20:11Z");
    private static final String TOKEN = "shpat_sandboxtest0000000000";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String IDS = "query($q: String, $first: Int!) { orders(first: $first, query: $q) { nodes { legacyResourceId } } }";

    private final SandboxClock clock = SandboxClock.frozenAt(NOW);
    private final SandboxShop shop = new SandboxShop(clock);
    private final ShopifySandbox sandbox = new ShopifySandbox(shop).start();
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    {
        sandbox.access().token(TOKEN);
    }

    @AfterEach
    void stop() {
        sandbox.stop();
    }

    private HttpResponse<String> post(String version, String query, Map<String, Object> variables, String token) throws Exception {
        ObjectNode body = JSON.createObjectNode().put("query", query);
        body.set("variables", JSON.valueToTree(variables));
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(sandbox.baseUrl() + "/admin/api/" + version + "/graphql.json"))
                .timeout(Duration.ofSeconds(20)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body.toString()));
        if (token != null) {
            b.header("X-Shopify-Access-Token", token);
        }
        return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    private JsonNode query(String query, Map<String, Object> variables) throws Exception {
        return JSON.readTree(post("2026-10", query, variables, TOKEN).body());
    }

    private List<String> ids(String search) throws Exception {
        return query(IDS, search == null ? Map.of("first", 250) : Map.of("first", 250, "q", search))
                .at("/data/orders/nodes").findValuesAsText("legacyResourceId");
    }

    private static JsonNode fixture(String name) throws IOException {
        try (InputStream in = ShopifySandboxTest.class.getResourceAsStream("/golive/cart/shopify/" + name)) {
            return JSON.readTree(in);
        }
    }

    private SandboxOrder add(Instant created) {
        return shop.add(SandboxOrder.draft(created, "x@example.com",
                List.of(new SandboxOrder.Line("S", "T", null, 1, new BigDecimal("1.00"), 0))));
    }

    @Test
    void aMissingOrWrongTokenGetsTheRecorded401() throws Exception {
        for (String token : new String[] {null, "shpat_wrong"}) {
            HttpResponse<String> r = post("2026-10", "{ shop { name } }", Map.of(), token);
            assertThat(r.statusCode()).isEqualTo(401);
            assertThat(JSON.readTree(r.body())).isEqualTo(fixture("error-401.json"));
            assertThat(r.headers().firstValue("WWW-Authenticate")).contains("Basic Realm=\"Shopify API Authentication\"");
        }
    }

    @Test
    void everyAnswerCarriesTheVersionAndTheShopsDate() throws Exception {
        HttpResponse<String> r = post("2026-07", "{ shop { ianaTimezone } }", Map.of(), TOKEN);

        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.headers().firstValue("X-Shopify-API-Version")).contains("2026-07");
        assertThat(r.headers().firstValue("Date")).contains("Fri, 03 Jan 2025 14:20:11 GMT");
        assertThat(JSON.readTree(r.body()).at("/data/shop/ianaTimezone").asText()).isEqualTo("America/New_York");

        sandbox.serveApiVersion("2026-10");
        assertThat(post("2024-01", "{ shop { name } }", Map.of(), TOKEN).headers().firstValue("X-Shopify-API-Version")).contains("2026-10");
    }

    @Test
    void thereIsNoDefaultStatusFilterAndTimesAreUtc() throws Exception {
        SandboxOrder open = add(NOW.minusSeconds(100));
        SandboxOrder cancelled = shop.cancel(add(NOW.minusSeconds(50)).id());
        shop.zone(ZoneId.of("Asia/Kolkata"));

        JsonNode r = query("{ orders(first: 10) { nodes { legacyResourceId createdAt totalPriceSet { shopMoney { amount } } } } }", Map.of());

        assertThat(r.at("/data/orders/nodes").findValuesAsText("legacyResourceId"))
                .containsExactly(String.valueOf(open.id()), String.valueOf(cancelled.id()));
        assertThat(r.at("/data/orders/nodes/0/createdAt").asText()).isEqualTo("2025-01-03T14:18:31Z");
        assertThat(r.at("/data/orders/nodes/0/totalPriceSet/shopMoney/amount").asText()).isEqualTo("1.06");
        assertThat(ids("status:open")).containsExactly(String.valueOf(open.id()));
        assertThat(ids("status:cancelled")).containsExactly(String.valueOf(cancelled.id()));
    }

    @Test
    void firstAbove250IsRefusedAndAnUnknownFieldIsAValidationError() throws Exception {
        JsonNode r = query(IDS, Map.of("first", 251));
        assertThat(r.at("/errors/0/message").asText()).contains("250");
        assertThat(query(IDS, Map.of("first", 250)).has("errors")).isFalse();
        JsonNode unknown = query("{ orders(first: 1) { nodes { shoeSize } } }", Map.of());
        assertThat(unknown.at("/errors/0/message").asText()).contains("shoeSize");
        assertThat(unknown.has("data")).isFalse();
    }

    @Test
    void searchBoundsAreInclusiveAndAZoneLessTimeIsTheShops() throws Exception {
        SandboxOrder atMidnight = add(Instant.parse("2025-01-01T05:00:00Z")); // midnight in New York
        add(Instant.parse("2025-01-01T04:59:59Z"));

        assertThat(ids("created_at:>='2025-01-01T05:00:00Z'")).containsExactly(String.valueOf(atMidnight.id()));
        assertThat(ids("created_at:<='2025-01-01T05:00:00Z'")).hasSize(2);
        assertThat(ids("created_at:<'2025-01-01T05:00:00Z'")).hasSize(1);
        assertThat(ids("created_at:>='2025-01-01T00:00:00'")).as("the shop's midnight").containsExactly(String.valueOf(atMidnight.id()));
        assertThat(ids("created_at:>=2025-01-01")).containsExactly(String.valueOf(atMidnight.id()));
        assertThat(query(IDS, Map.of("first", 1, "q", "created_at:>='yesterday'")).at("/errors/0/message").asText())
                .contains("created_at");
    }

    @Test
    void scopesGateOrdersAndTheSixtyDayWindow() throws Exception {
        SandboxOrder recent = add(NOW.minus(Duration.ofDays(59)));
        add(NOW.minus(Duration.ofDays(61)));
        sandbox.access().scopes("read_orders");

        assertThat(ids(null)).containsExactly(String.valueOf(recent.id()));
        assertThat(query("{ currentAppInstallation { accessScopes { handle } } }", Map.of())
                .at("/data/currentAppInstallation/accessScopes/0/handle").asText()).isEqualTo("read_orders");

        sandbox.access().scopes("read_products");
        assertThat(query(IDS, Map.of("first", 1)).at("/errors/0/extensions/code").asText()).isEqualTo("ACCESS_DENIED");
    }

    @Test
    void oneOrderByItsGidOrNull() throws Exception {
        SandboxOrder o = add(NOW);
        String one = "query($id: ID!) { order(id: $id) { name legacyResourceId } }";

        assertThat(query(one, Map.of("id", "gid://shopify/Order/" + o.id())).at("/data/order/name").asText()).isEqualTo("#1001");
        assertThat(query(one, Map.of("id", "gid://shopify/Order/42")).at("/data/order").isNull()).isTrue();
        assertThat(query(one, Map.of("id", "42")).at("/errors/0/message").asText()).contains("Invalid global id");
    }

    @Test
    void theHookRunsBeforeThePageIsSent() throws Exception {
        add(NOW.minusSeconds(10));
        sandbox.afterOrdersPage(p -> shop.add(SandboxOrder.draft(null, "late@example.com",
                List.of(new SandboxOrder.Line("S", "T", null, 1, BigDecimal.ONE, 0)))));

        assertThat(ids(null)).hasSize(1);
        assertThat(shop.size()).isEqualTo(2);
    }

    @Test
    void faultsSpoilTheNextRequestsInOrder() throws Exception {
        sandbox.faults().next(Fault.serverError(503)).next(Fault.revokedToken()).next(Fault.truncatedJson())
                .next(Fault.tooManyRequests());

        assertThat(post("2026-10", "{ shop { name } }", Map.of(), TOKEN).statusCode()).isEqualTo(503);
        assertThat(post("2026-10", "{ shop { name } }", Map.of(), TOKEN).statusCode()).isEqualTo(401);
        HttpResponse<String> truncated = post("2026-10", "{ shop { name } }", Map.of(), TOKEN);
        assertThat(truncated.statusCode()).isEqualTo(200);
        assertThat(truncated.body()).startsWith("{\"data\":").doesNotEndWith("}}");
        HttpResponse<String> limited = post("2026-10", "{ shop { name } }", Map.of(), TOKEN);
        assertThat(limited.statusCode()).isEqualTo(429);
        assertThat(limited.headers().firstValue("Retry-After")).contains("2.0");
        assertThat(post("2026-10", "{ shop { name } }", Map.of(), TOKEN).body()).endsWith("}}}}");
        assertThat(sandbox.requestLog()).hasSize(5);
    }

    @Test
    void aStoppedSandboxRefusesConnections() {
        sandbox.stop();

        assertThatThrownBy(() -> post("2026-10", "{ shop { name } }", Map.of(), TOKEN)).isInstanceOf(IOException.class);
    }

    @Test
    void onlyTheGraphqlEndpointAndTheGrantAnswer() throws Exception {
        HttpRequest get = HttpRequest.newBuilder(URI.create(sandbox.baseUrl() + "/admin/api/2026-10/orders.json"))
                .header("X-Shopify-Access-Token", TOKEN).GET().build();
        assertThat(http.send(get, HttpResponse.BodyHandlers.ofString()).statusCode()).as("REST is gone").isEqualTo(404);
        HttpRequest getGraphql = HttpRequest.newBuilder(URI.create(sandbox.baseUrl() + "/admin/api/2026-10/graphql.json"))
                .header("X-Shopify-Access-Token", TOKEN).GET().build();
        assertThat(http.send(getGraphql, HttpResponse.BodyHandlers.ofString()).statusCode()).isEqualTo(405);
    }
}
