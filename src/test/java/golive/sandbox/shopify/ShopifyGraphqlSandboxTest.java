package golive.sandbox.shopify;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
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
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The sandbox's Shopify GraphQL face and its token grant, spoken to with a plain HTTP client. */
class ShopifyGraphqlSandboxTest {
    private static final Instant NOW = Instant.parse("2026-11-21T14:20:11Z");
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String ORDERS = "query($first: Int!, $after: String, $q: String) { orders(first: $first, after: $after, "
            + "sortKey: UPDATED_AT, query: $q) { nodes { legacyResourceId name updatedAt displayFulfillmentStatus "
            + "displayFinancialStatus totalPriceSet { shopMoney { amount } } lineItems(first: 2) { nodes { sku quantity } "
            + "pageInfo { hasNextPage endCursor } } } pageInfo { hasNextPage endCursor } } }";

    private final SandboxClock clock = SandboxClock.frozenAt(NOW);
    private final SandboxShop shop = new SandboxShop(clock);
    private final ShopifySandbox sandbox = new ShopifySandbox(shop).start();
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    @AfterEach
    void stop() {
        sandbox.stop();
    }

    private HttpResponse<String> post(String path, String contentType, String body, String token) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(sandbox.baseUrl() + path)).timeout(Duration.ofSeconds(20))
                .header("Content-Type", contentType).POST(HttpRequest.BodyPublishers.ofString(body));
        if (token != null) {
            b.header("X-Shopify-Access-Token", token);
        }
        return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    private JsonNode graphql(String query, Map<String, Object> variables, String token) throws Exception {
        ObjectNode body = JSON.createObjectNode().put("query", query);
        body.set("variables", JSON.valueToTree(variables));
        HttpResponse<String> r = post("/admin/api/2026-10/graphql.json", "application/json", body.toString(), token);
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        assertThat(r.headers().firstValue("X-Shopify-API-Version")).contains("2026-10");
        return JSON.readTree(r.body());
    }

    private JsonNode graphql(String query, Map<String, Object> variables) throws Exception {
        return graphql(query, variables, sandbox.access().token());
    }

    private HttpResponse<String> grant(String id, String secret) throws Exception {
        return post("/admin/oauth/access_token", "application/x-www-form-urlencoded",
                "grant_type=client_credentials&client_id=" + id + "&client_secret=" + secret, null);
    }

    private static JsonNode fixture(String name) throws IOException {
        try (InputStream in = ShopifyGraphqlSandboxTest.class.getResourceAsStream("/golive/cart/shopify/" + name)) {
            return JSON.readTree(in);
        }
    }

    private SandboxOrder add(Instant created, int lines) {
        List<SandboxOrder.Line> l = new ArrayList<>();
        for (int i = 0; i < lines; i++) {
            l.add(new SandboxOrder.Line("SKU-" + i, "Thing " + i, null, 1, new BigDecimal("2.50"), 0));
        }
        return shop.add(SandboxOrder.draft(created, "ann.buyer@example.com", l));
    }

    @Test
    void theClientCredentialsGrantHandsOutATokenThatExpiresByTheShopsClock() throws Exception {
        sandbox.access().tokenLifetime(Duration.ofSeconds(60));
        HttpResponse<String> r = grant(sandbox.access().clientId(), sandbox.access().clientSecret());
        assertThat(r.statusCode()).isEqualTo(200);
        JsonNode body = JSON.readTree(r.body());
        JsonNode expected = fixture("token-grant.json");
        assertThat(body.fieldNames()).toIterable().containsExactlyInAnyOrderElementsOf(expected::fieldNames);
        assertThat(body.get("expires_in").asLong()).isEqualTo(60);
        String token = body.get("access_token").asText();
        assertThat(token).startsWith("shpat_");
        assertThat(graphql("{ shop { name } }", Map.of(), token).at("/data/shop/name").asText()).isEqualTo(shop.name());

        clock.advance(Duration.ofSeconds(61));
        HttpResponse<String> expired = post("/admin/api/2026-10/graphql.json", "application/json", "{\"query\":\"{ shop { name } }\"}", token);
        assertThat(expired.statusCode()).isEqualTo(401);
        assertThat(sandbox.access().grants()).isEqualTo(1);
    }

    @Test
    void aWrongSecretIsInvalidClientInOAuthsWords() throws Exception {
        HttpResponse<String> r = grant(sandbox.access().clientId(), "shpss_wrong");
        assertThat(r.statusCode()).isEqualTo(400);
        assertThat(JSON.readTree(r.body())).isEqualTo(fixture("token-invalid-client.json"));
    }

    @Test
    void aNewGrantCanRevokeTheTokensBeforeIt() throws Exception {
        sandbox.access().grantRevokesEarlier(true);
        String first = JSON.readTree(grant(sandbox.access().clientId(), sandbox.access().clientSecret()).body()).get("access_token").asText();
        grant(sandbox.access().clientId(), sandbox.access().clientSecret());
        HttpResponse<String> r = post("/admin/api/2026-10/graphql.json", "application/json", "{\"query\":\"{ shop { name } }\"}", first);
        assertThat(r.statusCode()).isEqualTo(401);
    }

    @Test
    void theShopQueryLooksLikeTheFixtureAndCostsWhatShopifyCharges() throws Exception {
        sandbox.access().scopes("read_orders", "read_all_orders");
        JsonNode r = graphql("{ shop { name ianaTimezone currencyCode myshopifyDomain } currentAppInstallation { accessScopes { handle } } }",
                Map.of());
        JsonNode expected = fixture("graphql-shop.json");
        assertThat(r.at("/data/shop").fieldNames()).toIterable().containsExactlyElementsOf(() -> expected.at("/data/shop").fieldNames());
        assertThat(r.at("/data/currentAppInstallation/accessScopes").findValuesAsText("handle"))
                .containsExactlyInAnyOrderElementsOf(expected.at("/data/currentAppInstallation/accessScopes").findValuesAsText("handle"));
        assertThat(r.at("/extensions/cost/requestedQueryCost").asInt()).isEqualTo(expected.at("/extensions/cost/requestedQueryCost").asInt());
        assertThat(r.at("/extensions/cost/throttleStatus/maximumAvailable").asDouble()).isEqualTo(2000.0);
        assertThat(r.at("/extensions/cost/throttleStatus/restoreRate").asDouble()).isEqualTo(100.0);
    }

    @Test
    void ordersPageByKeysetCursorsSoAnOrderChangedBetweenPagesIsNeverSkipped() throws Exception {
        List<SandboxOrder> orders = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            orders.add(add(NOW.minusSeconds(600 - i * 10L), 1));
        }
        String q = "updated_at:>='" + NOW.minusSeconds(3600) + "'";
        JsonNode page1 = graphql(ORDERS, Map.of("first", 2, "q", q));
        assertThat(page1.at("/data/orders/nodes").findValuesAsText("legacyResourceId"))
                .containsExactly(String.valueOf(orders.get(0).id()), String.valueOf(orders.get(1).id()));
        // while the client commits page 1: the first order of page 2 changes (moves to the end), one more arrives
        clock.advance(Duration.ofSeconds(5));
        shop.fulfil(orders.get(2).id());
        SandboxOrder late = add(null, 1);
        List<String> seen = new ArrayList<>(page1.at("/data/orders/nodes").findValuesAsText("legacyResourceId"));
        String after = page1.at("/data/orders/pageInfo/endCursor").asText();
        while (after != null) {
            JsonNode page = graphql(ORDERS, Map.of("first", 2, "after", after, "q", q));
            seen.addAll(page.at("/data/orders/nodes").findValuesAsText("legacyResourceId"));
            after = page.at("/data/orders/pageInfo/hasNextPage").asBoolean() ? page.at("/data/orders/pageInfo/endCursor").asText() : null;
        }
        assertThat(seen).containsAll(orders.stream().map(o -> String.valueOf(o.id())).toList()).contains(String.valueOf(late.id()));
    }

    @Test
    void anOrderWithMoreLinesThanOneLinePageSaysSoAndTheRestIsReadByItsCursor() throws Exception {
        SandboxOrder big = add(NOW.minusSeconds(60), 5);
        JsonNode r = graphql(ORDERS, Map.of("first", 5));
        JsonNode lines = r.at("/data/orders/nodes/0/lineItems");
        assertThat(lines.get("nodes")).hasSize(2);
        assertThat(lines.at("/pageInfo/hasNextPage").asBoolean()).isTrue();
        JsonNode rest = graphql("query($id: ID!, $after: String) { order(id: $id) { lineItems(first: 10, after: $after) "
                + "{ nodes { sku } pageInfo { hasNextPage } } } }", Map.of("id", "gid://shopify/Order/" + big.id(),
                "after", lines.at("/pageInfo/endCursor").asText()));
        assertThat(rest.at("/data/order/lineItems/nodes").findValuesAsText("sku")).containsExactly("SKU-2", "SKU-3", "SKU-4");
    }

    @Test
    void aQueryIsCostedBeforeItRunsTheUnusedPartIsGivenBackAndTooBigAQueryIsRefused() throws Exception {
        add(NOW.minusSeconds(60), 1);
        JsonNode r = graphql(ORDERS, Map.of("first", 50));
        int requested = r.at("/extensions/cost/requestedQueryCost").asInt();
        int actual = r.at("/extensions/cost/actualQueryCost").asInt();
        // orders 2 + 50 x (order 1 + money 2 + lineItems 2 + 2 x line 1); one order with one line came back
        assertThat(requested).isEqualTo(2 + 50 * 7);
        assertThat(actual).isEqualTo(2 + 1 + 2 + 2 + 1);
        assertThat(r.at("/extensions/cost/throttleStatus/currentlyAvailable").asInt()).isEqualTo(2000 - actual);

        JsonNode big = graphql(ORDERS.replace("lineItems(first: 2)", "lineItems(first: 250)"), Map.of("first", 250));
        assertThat(big.at("/errors/0/extensions/code").asText()).isEqualTo(fixture("graphql-max-cost.json").at("/errors/0/extensions/code").asText());
        assertThat(big.at("/errors/0/message").asText()).contains("exceeds the single query max cost limit (1000)");
        assertThat(big.has("data")).isFalse();
    }

    @Test
    void aQueryThatDoesNotFitTheBucketIsThrottledAndFitsOnceItRestored() throws Exception {
        sandbox.points().configure(1000, 50);
        for (int i = 0; i < 130; i++) {
            add(NOW.minusSeconds(6000 - i), 1);
        }
        JsonNode full = graphql(ORDERS, Map.of("first", 130)); // 912 asked, 2 + 130 x 6 = 782 used
        assertThat(full.at("/extensions/cost/throttleStatus/currentlyAvailable").asInt()).isEqualTo(1000 - 782);
        JsonNode throttled = graphql(ORDERS, Map.of("first", 40)); // 282 asked
        assertThat(throttled.at("/extensions/cost/requestedQueryCost").asInt()).isEqualTo(282);
        assertThat(throttled.at("/errors/0/extensions/code").asText()).isEqualTo("THROTTLED");
        assertThat(throttled.at("/extensions/cost/actualQueryCost").isNull()).isTrue();
        assertThat(throttled.has("data")).isFalse();
        int requested = throttled.at("/extensions/cost/requestedQueryCost").asInt();
        int available = throttled.at("/extensions/cost/throttleStatus/currentlyAvailable").asInt();
        assertThat(available).isLessThan(requested);
        clock.advance(Duration.ofMillis((long) Math.ceil((requested - available) / 50.0 * 1000)));
        assertThat(graphql(ORDERS, Map.of("first", 40)).has("errors")).isFalse();
    }

    @Test
    void ordersCountStopsAtItsLimitUnlessTheQuerySaysLimitNull() throws Exception {
        for (int i = 0; i < 12; i++) {
            add(NOW.minusSeconds(600 + i), 1);
        }
        JsonNode capped = graphql("{ ordersCount(limit: 10) { count precision } }", Map.of());
        assertThat(capped.at("/data/ordersCount/count").asInt()).isEqualTo(10);
        assertThat(capped.at("/data/ordersCount/precision").asText()).isEqualTo("AT_LEAST");
        JsonNode exact = graphql("{ ordersCount(query: \"status:open\", limit: null) { count precision } }", Map.of());
        assertThat(exact.at("/data/ordersCount/count").asInt()).isEqualTo(12);
        assertThat(exact.at("/data/ordersCount/precision").asText()).isEqualTo("EXACT");
    }

    @Test
    void anUnknownSearchFieldIsIgnoredWithAWarningAsOnShopify() throws Exception {
        add(NOW.minusSeconds(60), 1);
        JsonNode r = graphql("{ ordersCount(query: \"updated_att:>='2026-11-21T00:00:00Z'\", limit: null) { count } }", Map.of());
        assertThat(r.at("/data/ordersCount/count").asInt()).isEqualTo(1);
        assertThat(r.at("/extensions/search/0/message").asText()).contains("updated_att");
    }

    @Test
    void withoutReadOrdersTheOrdersFieldIsAccessDenied() throws Exception {
        sandbox.access().scopes("read_products");
        JsonNode r = graphql(ORDERS, Map.of("first", 1));
        assertThat(r.at("/errors/0/extensions/code").asText()).isEqualTo("ACCESS_DENIED");
        assertThat(r.at("/errors/0/message").asText()).contains("read_orders");
    }

    @Test
    void withoutReadAllOrdersOrdersOlderThan60DaysAreSimplyAbsent() throws Exception {
        add(NOW.minus(Duration.ofDays(61)), 1);
        SandboxOrder recent = add(NOW.minus(Duration.ofDays(59)), 1);
        sandbox.access().scopes("read_orders");
        JsonNode r = graphql(ORDERS, Map.of("first", 10));
        assertThat(r.at("/data/orders/nodes").findValuesAsText("legacyResourceId")).containsExactly(String.valueOf(recent.id()));
    }

    @Test
    void aHeldOrderAndAPartlyRefundedOneSayItInShopifysWords() throws Exception {
        SandboxOrder held = shop.hold(add(NOW.minusSeconds(120), 1).id(), SandboxOrder.Hold.ON_HOLD);
        SandboxOrder part = shop.edit(add(NOW.minusSeconds(60), 2).id(),
                o -> o.withPayment(SandboxOrder.Payment.PARTIALLY_REFUNDED, new BigDecimal("1.00")));
        shop.fulfilPartly(part.id());
        JsonNode nodes = graphql(ORDERS, Map.of("first", 10)).at("/data/orders/nodes");
        assertThat(nodes.get(0).get("legacyResourceId").asText()).isEqualTo(String.valueOf(held.id()));
        assertThat(nodes.get(0).get("displayFulfillmentStatus").asText()).isEqualTo("ON_HOLD");
        assertThat(nodes.get(1).get("displayFulfillmentStatus").asText()).isEqualTo("PARTIALLY_FULFILLED");
        assertThat(nodes.get(1).get("displayFinancialStatus").asText()).isEqualTo("PARTIALLY_REFUNDED");
        assertThat(nodes.get(1).get("name").asText()).isEqualTo(ShopifySandbox.orderName(part));
    }
}
