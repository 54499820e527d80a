package golive.cart.magento;

import com.fasterxml.jackson.databind.JsonNode;
import golive.cart.CartException;
import golive.cart.http.CartHttp;
import golive.cart.http.CartResponse;
import golive.cart.http.ErrorBodies;

import java.net.URI;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.IntStream;

/**
 * GETs against one store's {@code /rest/V1/} (the default store view), signed or with the Bearer
 * token by {@link MagentoAuth}, each attempt built afresh. Searches always send
 * {@code searchCriteria[pageSize]}: without it Magento returns every match at once. When the store
 * has Web API input limits on, a page size over its maximum is a 400 ("Maximum SearchCriteria
 * pageSize is %max"): the client takes the maximum from the answer and keeps it. Thread-safe.
 */
final class MagentoClient {
    static final int PAGE_SIZE = 100;
    static final String PAGE_SIZE_PARAM = "searchCriteria[pageSize]";
    private static final String MAX_PAGE_SIZE = "Maximum SearchCriteria pageSize is %max";

    private final URI site;
    private final MagentoAuth auth;
    private final CartHttp http;
    private volatile int pageSize = PAGE_SIZE;

    MagentoClient(URI site, MagentoAuth auth, CartHttp http) {
        this.site = site;
        this.auth = auth;
        this.http = http;
    }

    URI site() {
        return site;
    }

    MagentoAuth auth() {
        return auth;
    }

    /** The page size searches use now: 100, or the store's maximum once it named one. */
    int pageSize() {
        return pageSize;
    }

    /**
     * {@code GET /rest/V1/{path}}; {@code pass} lists statuses returned instead of thrown (404 for
     * "no such order").
     *
     * @throws CartException.Rejected on 401/403, with Magento's message (placeholders filled in)
     */
    CartResponse get(String path, Map<String, String> params, int... pass) {
        URI endpoint = URI.create(site + "/rest/V1/" + path);
        int[] statuses = IntStream.concat(Arrays.stream(pass), IntStream.of(401, 403)).toArray();
        CartResponse r = http.send(() -> auth.get(endpoint, params).passing(statuses)); // a new nonce for each attempt
        if (r.status() == 401 || r.status() == 403) {
            throw new CartException.Rejected(r.status(), message(r));
        }
        return r;
    }

    /**
     * {@code GET /rest/V1/orders} with {@code criteria} and an explicit page size ({@code pageSize} of
     * at most this client's), adapting once to the store's maximum.
     */
    CartResponse searchOrders(Map<String, String> criteria, int wanted) {
        int size = Math.min(wanted, pageSize);
        CartResponse r = get("orders", withPageSize(criteria, size), 400);
        if (r.status() == 400) {
            int max = maxPageSize(r.body());
            if (max <= 0 || max >= size) {
                throw new CartException.BadRequest("the store refused the orders search: " + message(r));
            }
            pageSize = max;
            r = get("orders", withPageSize(criteria, Math.min(wanted, max)));
        }
        JsonNode body = r.body();
        if (body == null || !body.path("items").isArray() || !body.path("total_count").canConvertToLong()) {
            throw new CartException("unexpected answer from " + site.getHost() + ": no list of orders with a total_count");
        }
        return r;
    }

    private static Map<String, String> withPageSize(Map<String, String> criteria, int size) {
        Map<String, String> p = new LinkedHashMap<>(criteria);
        p.put(PAGE_SIZE_PARAM, String.valueOf(size));
        return p;
    }

    /** The {@code max} of Magento's page-size refusal, or 0 when the 400 was something else. */
    static int maxPageSize(JsonNode body) {
        if (body == null || !MAX_PAGE_SIZE.equals(body.path("message").asText())) {
            return 0;
        }
        return body.path("parameters").path("max").asInt(0);
    }

    static String message(CartResponse r) {
        String m = ErrorBodies.message(r.body(), null);
        return m != null ? m : "HTTP " + r.status() + " from " + r.uri().getHost();
    }
}
