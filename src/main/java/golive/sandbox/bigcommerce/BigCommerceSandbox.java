package golive.sandbox.bigcommerce;

import golive.sandbox.Fault;
import golive.sandbox.LoopbackFace;
import golive.sandbox.SandboxOrder;
import golive.sandbox.SandboxRequest;
import golive.sandbox.SandboxResponse;
import golive.sandbox.SandboxShop;
import golive.sandbox.ServedPage;

import java.net.URI;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The BigCommerce face of the sandbox cart on http://127.0.0.1:{port}/stores/{hash}/ over a
 * {@link SandboxShop}: the Orders V2 API ({@code /v2/time}, {@code /v2/store}, {@code /v2/orders},
 * {@code /v2/orders/{id}} and its {@code /products} and {@code /shipping_addresses} — also under the
 * {@code shippingaddresses} name the payloads' own links use), as {@link BigCommerceListing} and
 * {@link BigCommerceRender} say. Like the real one it wants a store-level API account's
 * {@code X-Auth-Token} with the scope each endpoint needs (Information &amp; settings for time and
 * store, Orders for the rest), answers 204 with no body when nothing matches, sends a {@code Date}
 * from the shop's clock and the window quota's headers on every answer, and a 429 when the quota is
 * spent. The order id is the shop's running number. {@link #faults()} spoils chosen requests.
 * Thread-safe.
 */
public final class BigCommerceSandbox extends LoopbackFace {
    public static final String ORDERS_SCOPE = "store_v2_orders_read_only";
    public static final String INFORMATION_SCOPE = "store_v2_information_read_only";
    static final String MISSING_SCOPE = "You don't have a required scope to access the endpoint";
    /** The real 401's wording is not documented (cart-apis/bigcommerce/README.md §1): the sandbox's own. */
    static final String INVALID_TOKEN = "The access token is not valid for this store";
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final Pattern ROUTE = Pattern.compile("/stores/([^/]+)/v2/(time|store|orders(?:/(\\d+)(?:/(products|shipping_addresses|shippingaddresses))?)?)/?");
    private static final Pattern ORDER_ID = Pattern.compile("orders/(\\d+)(?:/.*)?");

    private final String hash;
    private final BigCommerceQuota quota;
    private volatile String token = "sbxtoken" + hex(12);
    private volatile Set<String> scopes = Set.of(ORDERS_SCOPE, INFORMATION_SCOPE);

    public BigCommerceSandbox(SandboxShop shop) {
        this(shop, "sbx" + hex(4));
    }

    /** @param hash the store hash in the API Path (letters and digits) */
    public BigCommerceSandbox(SandboxShop shop, String hash) {
        super(shop);
        this.hash = hash;
        this.quota = new BigCommerceQuota(shop.clock());
    }

    public BigCommerceSandbox start() {
        return start(0);
    }

    /** Listens on 127.0.0.1:{@code port} (0 for a free port). */
    public BigCommerceSandbox start(int port) {
        listen(port);
        return this;
    }

    /** The API Path a merchant copies: http://127.0.0.1:{port}/stores/{hash}/v3/. */
    @Override
    public URI baseUrl() {
        return URI.create(root() + "/stores/" + hash + "/v3/");
    }

    /** The Orders V2 root the payloads' links point into. */
    public URI v2Url() {
        return URI.create(root() + "/stores/" + hash + "/v2/");
    }

    public String storeHash() {
        return hash;
    }

    /** The store-level API account's access token. */
    public String token() {
        return token;
    }

    public BigCommerceSandbox token(String t) {
        token = t;
        return this;
    }

    /** The API account's OAuth scopes ({@link #ORDERS_SCOPE}, {@link #INFORMATION_SCOPE}). */
    public BigCommerceSandbox scopes(String... granted) {
        scopes = Set.of(granted);
        return this;
    }

    /** The store's quota: {@code requests} per {@code window}, starting afresh. */
    public BigCommerceSandbox quota(int requests, Duration window) {
        quota.configure(requests, window);
        return this;
    }

    /** The merchant's other apps spend {@code n} requests of the current window. */
    public void spendQuota(int n) {
        quota.spend(n);
    }

    /** Called after each orders page is chosen, before it is sent, with the shop's ids on it; null for none. */
    @Override
    public BigCommerceSandbox afterOrdersPage(Consumer<ServedPage> hook) {
        super.afterOrdersPage(hook);
        return this;
    }

    @Override
    public Map<String, String> credentials() {
        return Map.of("token", token);
    }

    @Override
    public void rotateCredentials() {
        token = "sbxtoken" + hex(12);
    }

    /** The merchant deletes the API account: its token stops working. */
    @Override
    public Runnable revokeAccess() {
        String old = token;
        rotateCredentials();
        return () -> token = old;
    }

    @Override
    public String orderId(SandboxOrder o) {
        return Long.toString(o.number());
    }

    @Override
    public String orderNumber(SandboxOrder o) {
        return Long.toString(o.number());
    }

    public int requestCount() {
        return requestLog().size();
    }

    /** An error status as the gateway words it (a 429 so is platform load: no quota headers), the quota's 429, a revoked token. */
    @Override
    protected SandboxResponse inOwnWords(Fault f, SandboxRequest request) {
        if (f instanceof Fault.Status s) {
            return dated(json(s.status(), s.status() >= 500 ? "Internal Server Error" : "Error " + s.status()));
        }
        if (f instanceof Fault.RateLimited r) {
            long resetMs = (long) (Double.parseDouble(r.retryAfter()) * 1000);
            BigCommerceQuota.Reading q = quota.peek();
            return dated(json(429, "Too many requests")).withHeader(BigCommerceHeaders.QUOTA, Integer.toString(q.quota()))
                    .withHeader(BigCommerceHeaders.LEFT, "0").withHeader(BigCommerceHeaders.RESET_MS, Long.toString(resetMs))
                    .withHeader(BigCommerceHeaders.WINDOW_MS, Long.toString(q.windowMs()));
        }
        return dated(json(401, INVALID_TOKEN));
    }

    @Override
    protected SandboxResponse answer(SandboxRequest request) {
        Matcher route = ROUTE.matcher(request.path());
        if (!token.equals(request.header("X-Auth-Token").orElse(null))) {
            return dated(json(401, INVALID_TOKEN));
        }
        BigCommerceQuota.Reading q = quota.take();
        if (!q.allowed()) {
            return BigCommerceHeaders.quota(dated(json(429, "Too many requests")), q);
        }
        return BigCommerceHeaders.quota(dated(route(request, route)), q);
    }

    private SandboxResponse route(SandboxRequest request, Matcher route) {
        if (!route.matches() || !route.group(1).equals(hash)) {
            return json(404, "The requested resource was not found");
        }
        if (!request.method().equals("GET")) {
            return json(405, "Method Not Allowed");
        }
        String resource = route.group(2);
        boolean info = resource.equals("time") || resource.equals("store");
        if (!scopes.contains(info ? INFORMATION_SCOPE : ORDERS_SCOPE)) {
            return json(403, MISSING_SCOPE);
        }
        if (resource.equals("time")) {
            return SandboxResponse.json(200, "{\"time\":" + shop.now().getEpochSecond() + "}");
        }
        if (resource.equals("store")) {
            return SandboxResponse.json(200, BigCommerceRender.store(shop, hash).toString());
        }
        if (route.group(3) == null) {
            return orders(request);
        }
        Matcher id = ORDER_ID.matcher(resource);
        id.matches();
        Optional<SandboxOrder> order = shop.orderByNumber(Long.parseLong(id.group(1)));
        if (order.isEmpty()) {
            return json(404, "The requested resource was not found");
        }
        String sub = route.group(4);
        if (sub == null) {
            return SandboxResponse.json(200, BigCommerceRender.order(order.get(), v2Url()).toString());
        }
        return SandboxResponse.json(200, (sub.equals("products") ? BigCommerceRender.products(order.get())
                : BigCommerceRender.shippingAddresses(order.get())).toString());
    }

    private SandboxResponse orders(SandboxRequest request) {
        BigCommerceListing listing;
        try {
            listing = BigCommerceListing.parse(request.params());
        } catch (BigCommerceListing.Refused e) {
            return json(e.status, e.getMessage());
        }
        BigCommerceListing.Page read = listing.read(shop);
        List<SandboxOrder> page = read.orders();
        served(new ServedPage(page.stream().map(SandboxOrder::id).toList(), read.hasNext(),
                    request.params().containsKey("min_id") || !"1".equals(request.params().getOrDefault("page", "1"))));
        if (page.isEmpty()) {
            return new SandboxResponse(204, Map.of(), new byte[0], Duration.ZERO, SandboxResponse.Wire.NORMAL);
        }
        var array = BigCommerceRender.JSON.createArrayNode();
        page.forEach(o -> array.add(BigCommerceRender.order(o, v2Url())));
        return SandboxResponse.json(200, array.toString());
    }

    private SandboxResponse dated(SandboxResponse r) {
        return r.withHeader("Date", BigCommerceHeaders.HTTP_DATE.format(shop.clock().instant()));
    }

    private static SandboxResponse json(int status, String title) {
        return SandboxResponse.json(status, BigCommerceRender.error(status, title));
    }

    private static String hex(int bytes) {
        byte[] b = new byte[bytes];
        RANDOM.nextBytes(b);
        return HexFormat.of().formatHex(b);
    }
}
