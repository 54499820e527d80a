package golive.sandbox.magento;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import golive.sandbox.SandboxClock;
import golive.sandbox.SandboxOrder;
import golive.sandbox.SandboxShop;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The face speaks Magento's REST API as the real one does, over plain HTTP requests with a Bearer token. */
class MagentoSandboxTest {
    private static final Instant NOW = Instant.parse("2025-03-10T15:00:00Z");
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    private static final String PAGE = "searchCriteria[sortOrders][0][field]=entity_id&searchCriteria[sortOrders][0][direction]=ASC";
    private final SandboxShop shop = new SandboxShop(SandboxClock.frozenAt(NOW));
    private MagentoSandbox face;

    @BeforeEach
    void start() {
        face = new MagentoSandbox(shop).start();
        for (int i = 0; i < 25; i++) {
            shop.add(SandboxOrder.draft(NOW.minusSeconds(3000 - i * 60L), "b@example.com",
                    List.of(new SandboxOrder.Line("SKU-" + i, "Thing", null, 2, new BigDecimal("10.00"), 0))));
        }
    }

    @AfterEach
    void stop() {
        face.close();
    }

    private HttpResponse<String> get(String query) throws Exception {
        String encoded = query.replace("[", "%5B").replace("]", "%5D").replace(" ", "%20");
        HttpRequest r = HttpRequest.newBuilder(URI.create(face.baseUrl() + "/rest/V1/orders?" + encoded))
                .header("Authorization", "Bearer " + face.integrations().current().accessToken()).build();
        return HTTP.send(r, HttpResponse.BodyHandlers.ofString());
    }

    private JsonNode body(String query) throws Exception {
        HttpResponse<String> r = get(query);
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        return JSON.readTree(r.body());
    }

    @Test
    void withoutPageSizeEveryMatchComesAtOnceAndPastTheEndTheLastPageComesAgain() throws Exception {
        assertThat(body(PAGE).get("items")).hasSize(25);
        JsonNode page3 = body(PAGE + "&searchCriteria[pageSize]=10&searchCriteria[currentPage]=3");
        JsonNode page9 = body(PAGE + "&searchCriteria[pageSize]=10&searchCriteria[currentPage]=9");
        assertThat(page3.get("items")).hasSize(5);
        assertThat(page9.get("items")).isEqualTo(page3.get("items"));
        assertThat(page9.get("total_count").asInt()).isEqualTo(25);
        assertThat(page9.get("search_criteria").get("current_page").asInt()).isEqualTo(3);
    }

    @Test
    void filterGroupsAreAndedAndFiltersInAGroupOred() throws Exception {
        String q = "searchCriteria[filter_groups][0][filters][0][field]=entity_id&searchCriteria[filter_groups][0][filters][0][value]=1003"
                + "&searchCriteria[filter_groups][0][filters][0][condition_type]=lteq"
                + "&searchCriteria[filter_groups][0][filters][1][field]=entity_id&searchCriteria[filter_groups][0][filters][1][value]=1020,1021"
                + "&searchCriteria[filter_groups][0][filters][1][condition_type]=in"
                + "&searchCriteria[filter_groups][1][filters][0][field]=created_at&searchCriteria[filter_groups][1][filters][0][value]=2025-03-10 14:11:00"
                + "&searchCriteria[filter_groups][1][filters][0][condition_type]=gteq&" + PAGE;
        JsonNode b = body(q);
        assertThat(b.get("items").findValuesAsText("increment_id")).containsExactly("000001002", "000001003", "000001020", "000001021");
        JsonNode o = b.get("items").get(0);
        assertThat(o.get("grand_total").isNumber()).isTrue();
        assertThat(o.get("grand_total").decimalValue()).isEqualByComparingTo("21.2");
        assertThat(o.get("created_at").asText()).isEqualTo("2025-03-10 14:11:00");
        assertThat(o.get("state").asText()).isEqualTo("processing");
    }

    @Test
    void inputLimitsRefuseALargePageInMagentosWordsAndDefaultToTwenty() throws Exception {
        face.inputLimits(10);
        HttpResponse<String> refused = get(PAGE + "&searchCriteria[pageSize]=11");
        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(JSON.readTree(refused.body())).isEqualTo(JSON.readTree("{\"message\":\"Maximum SearchCriteria pageSize is %max\",\"parameters\":{\"max\":10}}"));
        assertThat(body(PAGE).get("items")).hasSize(20);
    }

    @Test
    void aSearchWithoutCriteriaOrWithAWordForANumberIsRefusedInMagentosWords() throws Exception {
        HttpResponse<String> none = HTTP.send(HttpRequest.newBuilder(URI.create(face.baseUrl() + "/rest/V1/orders"))
                .header("Authorization", "Bearer " + face.integrations().current().accessToken()).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(none.statusCode()).isEqualTo(400);
        assertThat(JSON.readTree(none.body()).get("parameters").get("fieldName").asText()).isEqualTo("searchCriteria");
        HttpResponse<String> word = get("searchCriteria[pageSize]=ten");
        assertThat(word.statusCode()).isEqualTo(400);
        assertThat(JSON.readTree(word.body()).get("parameters").get("value").asText()).isEqualTo("ten");
    }

    @Test
    void aBearerTokenIsRefusedWhenTheStoreDoesNotAllowItAndAnIntegrationWithoutSalesToo() throws Exception {
        face.bearerTokens(false);
        HttpResponse<String> r = get(PAGE);
        assertThat(r.statusCode()).isEqualTo(401);
        assertThat(JSON.readTree(r.body()).get("parameters").get("resources").asText()).isEqualTo("Magento_Sales::actions_view");
        face.bearerTokens(true);
        MagentoIntegrations.Integration noSales = face.integrations().add(false);
        HttpRequest req = HttpRequest.newBuilder(URI.create(face.baseUrl() + "/rest/V1/orders?searchCriteria%5BpageSize%5D=1"))
                .header("Authorization", "Bearer " + noSales.accessToken()).build();
        assertThat(HTTP.send(req, HttpResponse.BodyHandlers.ofString()).body()).contains("The consumer isn't authorized to access %resources.");
    }
}
