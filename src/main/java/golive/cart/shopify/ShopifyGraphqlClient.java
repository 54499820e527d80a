package golive.cart.shopify;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import golive.cart.CartException;
import golive.cart.http.CartHttp;
import golive.cart.http.CartRequest;
import golive.cart.http.CartResponse;
import golive.cart.http.Secrets;
import golive.cart.http.Sleeper;

import java.net.URI;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Queries one shop's GraphQL Admin API ({@code POST {shop}/admin/api/{version}/graphql.json}).
 * Answers are HTTP 200 even for most errors, so it reads {@code errors} before {@code data}: a
 * THROTTLED answer is waited out and asked again (never a failure), MAX_COST_EXCEEDED is this
 * connector's bug, ACCESS_DENIED is a missing scope (rejected, with the scope to add). Queries are
 * paced by {@link ShopifyCostPacer} on what each query asked for last time. A 401 gets one fresh
 * token from {@link ShopifyAccessToken} before it counts. Thread-safe.
 */
final class ShopifyGraphqlClient {
    static final String TOKEN_HEADER = "X-Shopify-Access-Token";
    static final String API_VERSION_HEADER = "X-Shopify-API-Version";
    /** Shopify's single-query limit: what a query asks for before its first answer says otherwise. */
    static final int MAX_QUERY_COST = 1000;
    private static final int THROTTLED_ATTEMPTS = 30;

    /** One answer: its {@code data}, and the response it came in (Date and version headers). */
    record Answer(JsonNode data, CartResponse response) {
    }

    private final URI root;
    private final String version;
    private final URI endpoint;
    private final ShopifyAccessToken token;
    private final CartHttp http;
    private final Sleeper sleeper;
    private final ShopifyCostPacer pacer = new ShopifyCostPacer();
    private final Map<String, Integer> asked = new ConcurrentHashMap<>();

    ShopifyGraphqlClient(URI root, String version, ShopifyAccessToken token, CartHttp http, Sleeper sleeper) {
        this.root = root;
        this.version = version;
        this.endpoint = URI.create(root + "/admin/api/" + version + "/graphql.json");
        this.token = token;
        this.http = http;
        this.sleeper = sleeper;
    }

    URI root() {
        return root;
    }

    String version() {
        return version;
    }

    ShopifyAccessToken token() {
        return token;
    }

    /** All the time spent waiting for the points bucket. */
    Duration waited() {
        return pacer.waited();
    }

    /**
     * @throws CartException.Rejected on 401/403, a refused grant or a missing scope
     * @throws CartException          on any other error the shop answers with
     */
    Answer query(String query, Map<String, Object> variables) {
        ObjectNode body = CartHttp.json().createObjectNode().put("query", query);
        body.set("variables", CartHttp.json().valueToTree(variables));
        String json = body.toString();
        for (int throttled = 0; ; throttled++) {
            pause(pacer.before(asked.getOrDefault(query, MAX_QUERY_COST)));
            CartResponse response = send(json);
            JsonNode answer = response.body();
            if (answer == null) {
                throw new CartException("the shop answered the GraphQL query with an empty body");
            }
            JsonNode cost = answer.path("extensions").get("cost");
            pacer.observed(cost);
            if (cost != null && cost.path("requestedQueryCost").canConvertToInt()) {
                asked.put(query, cost.get("requestedQueryCost").asInt());
            }
            JsonNode errors = answer.get("errors");
            if (errors != null && !errors.isNull() && !(errors.isArray() && errors.isEmpty())) {
                JsonNode first = errors.isArray() ? errors.get(0) : errors;
                String code = first.path("extensions").path("code").asText("");
                String message = Secrets.redact(first.path("message").asText(first.asText()));
                switch (code) {
                    case "THROTTLED" -> {
                        if (throttled + 1 >= THROTTLED_ATTEMPTS) {
                            throw new CartException.Unavailable(root.getHost() + " kept answering THROTTLED after "
                                    + THROTTLED_ATTEMPTS + " waits for its points bucket", null);
                        }
                        continue;
                    }
                    case "ACCESS_DENIED" -> throw new CartException.Rejected(403, message
                            + " Add the scope to the app in the Dev Dashboard (Versions › new version › Access), release it and install it again.");
                    case "MAX_COST_EXCEEDED" -> throw new CartException("a query of Cart Go-Live costs more than Shopify allows in one "
                            + "query (please report this): " + message);
                    default -> throw new CartException.BadRequest("Shopify refused the query: " + message);
                }
            }
            JsonNode data = answer.get("data");
            if (data == null || data.isNull()) {
                throw new CartException("the shop answered the GraphQL query without data");
            }
            return new Answer(data, response);
        }
    }

    private CartResponse send(String json) {
        String current = token.current();
        try {
            return http.send(CartRequest.post(endpoint, "application/json", json).header(TOKEN_HEADER, current));
        } catch (CartException.Rejected e) {
            String fresh = e.status() == 401 ? token.renewAfter(current) : null;
            if (fresh == null || fresh.equals(current)) {
                throw e;
            }
            return http.send(CartRequest.post(endpoint, "application/json", json).header(TOKEN_HEADER, fresh));
        }
    }

    private void pause(Duration d) {
        if (d.isZero()) {
            return;
        }
        try {
            sleeper.sleep(d);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CartException.Unavailable(root.getHost() + ": interrupted while waiting for the points bucket", e);
        }
    }
}
