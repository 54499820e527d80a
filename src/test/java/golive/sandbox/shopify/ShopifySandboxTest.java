package golive.sandbox.shopify;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
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
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/** The sandbox's Shopify face, spoken to with a plain HTTP client. */
class ShopifySandboxTest {
    private static final Instant NOW = Instant.parse("2025-01-03T14:20:11Z");
    private static final String TOKEN = "shpat_sandboxtest0000000000";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern LINK = Pattern.compile("<([^>]+)>; rel=\"(next|previous)\"");

    private final SandboxClock clock = SandboxClock.frozenAt(NOW);
    private final SandboxShop shop = new SandboxShop(clock);
    private final ShopifySandbox sandbox = new ShopifySandbox(shop).start();

    {
        sandbox.access().token(TOKEN);
    }
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    @AfterEach
    void stop() {
        sandbox.stop();
    }

    private HttpResponse<String> get(String pathAndQuery) throws Exception {
        return get(URI.create(sandbox.baseUrl() + pathAndQuery), TOKEN);
    }

    private HttpResponse<String> get(URI uri, String token) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(20));
        if (token != null) {
            b.header("X-Shopify-Access-Token", token);
        }
        return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
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
            HttpResponse<String> r = get(URI.create(sandbox.baseUrl() + "/admin/api/2025-07/shop.json"), token);
            assertThat(r.statusCode()).isEqualTo(401);
            assertThat(JSON.readTree(r.body())).isEqualTo(fixture("error-401.json"));
            assertThat(r.headers().firstValue("WWW-Authenticate")).contains("Basic Realm=\"Shopify API Authentication\"");
        }
    }

    @Test
    void everyAnswerCarriesCallLimitVersionAndTheShopsDate() throws Exception {
        HttpResponse<String> r = get("/admin/api/2024-10/shop.json");

        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.headers().firstValue("X-Shopify-Shop-Api-Call-Limit")).contains("1/40");
        assertThat(r.headers().firstValue("X-Shopify-API-Version")).contains("2024-10");
        assertThat(r.headers().firstValue("Date")).contains("Fri, 03 Jan 2025 14:20:11 GMT");
        assertThat(JSON.readTree(r.body()).at("/shop/iana_timezone").asText()).isEqualTo("America/New_York");

        sandbox.serveApiVersion("2025-01");
        assertThat(get("/admin/api/2023-01/shop.json").headers().firstValue("X-Shopify-API-Version")).contains("2025-01");
    }

    @Test
    void statusDefaultsToOpenAndTimesAreInTheShopsOffset() throws Exception {
        SandboxOrder open = add(NOW.minusSeconds(100));
        shop.cancel(add(NOW.minusSeconds(50)).id());
        shop.zone(ZoneId.of("Asia/Kolkata"));

        JsonNode orders = JSON.readTree(get("/admin/api/2025-07/orders.json").body()).get("orders");

        assertThat(orders).hasSize(1);
        assertThat(orders.get(0).get("id").asLong()).isEqualTo(open.id());
        assertThat(orders.get(0).get("created_at").asText()).isEqualTo("2025-01-03T19:48:31+05:30");
        assertThat(orders.get(0).get("total_price").asText()).isEqualTo("1.06");
        assertThat(JSON.readTree(get("/admin/api/2025-07/orders.json?status=any").body()).get("orders")).hasSize(2);
        assertThat(JSON.readTree(get("/admin/api/2025-07/orders.json?status=cancelled&fields=id,name").body())
                .at("/orders/0").size()).isEqualTo(2);
    }

    @Test
    void pagesWithKeysetLinksBothWaysNewestFirst() throws Exception {
        List<SandboxOrder> added = List.of(add(NOW.minusSeconds(30)), add(NOW.minusSeconds(20)), add(NOW.minusSeconds(20)),
                add(NOW.minusSeconds(10)), add(NOW.minusSeconds(5)));

        HttpResponse<String> first = get("/admin/api/2025-07/orders.json?limit=2&status=any");
        assertThat(ids(first)).containsExactly(added.get(4).id(), added.get(3).id());
        String link = first.headers().firstValue("Link").orElseThrow();
        assertThat(link).matches("<http://127\\.0\\.0\\.1:\\d+/admin/api/2025-07/orders\\.json\\?limit=2&page_info=[\\w-]+>; rel=\"next\"");

        HttpResponse<String> second = get(URI.create(links(first)[0]), TOKEN);
        assertThat(ids(second)).containsExactly(added.get(2).id(), added.get(1).id());
        assertThat(second.headers().firstValue("Link").orElseThrow()).contains("rel=\"previous\", <").endsWith("rel=\"next\"");

        HttpResponse<String> back = get(URI.create(links(second)[1]), TOKEN);
        assertThat(ids(back)).containsExactly(added.get(4).id(), added.get(3).id());
        HttpResponse<String> last = get(URI.create(links(second)[0]), TOKEN);
        assertThat(ids(last)).containsExactly(added.get(0).id());
        assertThat(last.headers().firstValue("Link").orElseThrow()).endsWith("rel=\"previous\"").doesNotContain("next");
    }

    @Test
    void aPageInfoWithAFilterIsRefusedLikeShopify() throws Exception {
        add(NOW.minusSeconds(30));
        add(NOW.minusSeconds(20));
        String next = links(get("/admin/api/2025-07/orders.json?limit=1"))[0];

        HttpResponse<String> r = get(URI.create(next + "&created_at_min=2025-01-01T00:00:00-05:00"), TOKEN);

        assertThat(r.statusCode()).isEqualTo(400);
        assertThat(JSON.readTree(r.body())).isEqualTo(fixture("error-400-page-info-with-filter.json"));
        assertThat(get(URI.create(sandbox.baseUrl() + "/admin/api/2025-07/orders.json?page_info=garbage"), TOKEN).statusCode())
                .isEqualTo(400);
    }

    @Test
    void limitAbove250IsRefused() throws Exception {
        HttpResponse<String> r = get("/admin/api/2025-07/orders.json?limit=251");

        assertThat(r.statusCode()).isEqualTo(400);
        assertThat(JSON.readTree(r.body()).at("/errors/limit").asText()).contains("250");
        assertThat(get("/admin/api/2025-07/orders.json?limit=250").statusCode()).isEqualTo(200);
    }

    @Test
    void boundsAreInclusiveAndNeedAnEncodedOffset() throws Exception {
        add(Instant.parse("2025-01-01T05:00:00Z"));
        add(Instant.parse("2025-01-01T04:59:59Z"));

        assertThat(count("created_at_min=2025-01-01T00:00:00-05:00")).isEqualTo(1);
        assertThat(count("created_at_max=2025-01-01T00:00:00-05:00")).isEqualTo(2);
        assertThat(count("created_at_min=2025-01-01T05:00:00%2B00:00")).isEqualTo(1);
        // an unencoded '+' arrives as a space, as on the real thing
        assertThat(get("/admin/api/2025-07/orders/count.json?created_at_min=2025-01-01T05:00:00+00:00").statusCode())
                .isEqualTo(400);
    }

    @Test
    void theBucketRefusesTheFortyFirstCallUntilItLeaks() throws Exception {
        for (int i = 1; i <= 40; i++) {
            assertThat(get("/admin/api/2025-07/orders/count.json").headers().firstValue("X-Shopify-Shop-Api-Call-Limit"))
                    .contains(i + "/40");
        }
        HttpResponse<String> refused = get("/admin/api/2025-07/orders/count.json");
        assertThat(refused.statusCode()).isEqualTo(429);
        assertThat(refused.headers().firstValue("Retry-After")).contains("2.0");
        assertThat(JSON.readTree(refused.body())).isEqualTo(fixture("error-429.json"));

        clock.advance(Duration.ofSeconds(2));
        assertThat(get("/admin/api/2025-07/orders/count.json").headers().firstValue("X-Shopify-Shop-Api-Call-Limit"))
                .contains("37/40");
        sandbox.bucket().setEnforcing(false);
        for (int i = 0; i < 10; i++) {
            assertThat(get("/admin/api/2025-07/orders/count.json").statusCode()).isEqualTo(200);
        }
    }

    @Test
    void scopesGateOrdersAndTheSixtyDayWindow() throws Exception {
        SandboxOrder recent = add(NOW.minus(Duration.ofDays(59)));
        add(NOW.minus(Duration.ofDays(61)));
        sandbox.access().scopes("read_orders");

        assertThat(ids(get("/admin/api/2025-07/orders.json"))).containsExactly(recent.id());
        assertThat(JSON.readTree(get("/admin/oauth/access_scopes.json").body()).at("/access_scopes/0/handle").asText())
                .isEqualTo("read_orders");

        sandbox.access().scopes("read_products");
        HttpResponse<String> refused = get("/admin/api/2025-07/orders.json");
        assertThat(refused.statusCode()).isEqualTo(403);
        assertThat(JSON.readTree(refused.body())).isEqualTo(fixture("error-403-missing-scope.json"));
    }

    @Test
    void oneOrderByIdOr404() throws Exception {
        SandboxOrder o = add(NOW);

        assertThat(JSON.readTree(get("/admin/api/2025-07/orders/" + o.id() + ".json").body()).at("/order/name").asText())
                .isEqualTo("#1001");
        assertThat(get("/admin/api/2025-07/orders/42.json").statusCode()).isEqualTo(404);
    }

    @Test
    void theHookRunsBeforeThePageIsSent() throws Exception {
        add(NOW.minusSeconds(10));
        sandbox.afterOrdersPage(p -> shop.add(SandboxOrder.draft(null, "late@example.com",
                List.of(new SandboxOrder.Line("S", "T", null, 1, BigDecimal.ONE, 0)))));

        assertThat(ids(get("/admin/api/2025-07/orders.json"))).hasSize(1);
        assertThat(shop.size()).isEqualTo(2);
    }

    @Test
    void faultsSpoilTheNextRequestsInOrder() throws Exception {
        sandbox.faults().next(Fault.serverError(503)).next(Fault.revokedToken()).next(Fault.truncatedJson());

        assertThat(get("/admin/api/2025-07/shop.json").statusCode()).isEqualTo(503);
        assertThat(get("/admin/api/2025-07/shop.json").statusCode()).isEqualTo(401);
        HttpResponse<String> truncated = get("/admin/api/2025-07/shop.json");
        assertThat(truncated.statusCode()).isEqualTo(200);
        assertThat(truncated.body()).startsWith("{\"shop\":").doesNotEndWith("}}");
        assertThat(get("/admin/api/2025-07/shop.json").body()).endsWith("}}");
        assertThat(sandbox.requestLog()).hasSize(4);
    }

    @Test
    void aStoppedSandboxRefusesConnections() {
        URI url = sandbox.baseUrl();
        sandbox.stop();

        org.assertj.core.api.Assertions.assertThatThrownBy(() -> get(URI.create(url + "/admin/api/2025-07/shop.json"), TOKEN))
                .isInstanceOf(IOException.class);
    }

    private long count(String query) throws Exception {
        return JSON.readTree(get("/admin/api/2025-07/orders/count.json?status=any&" + query).body()).get("count").asLong();
    }

    private static List<Long> ids(HttpResponse<String> r) throws IOException {
        List<Long> ids = new java.util.ArrayList<>();
        JSON.readTree(r.body()).get("orders").forEach(o -> ids.add(o.get("id").asLong()));
        return ids;
    }

    /** [next, previous] (either may be null). */
    private static String[] links(HttpResponse<String> r) {
        String[] out = new String[2];
        Matcher m = LINK.matcher(r.headers().firstValue("Link").orElse(""));
        while (m.find()) {
            out[m.group(2).equals("next") ? 0 : 1] = m.group(1);
        }
        return out;
    }
}
