package golive.sandbox.shopify;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import golive.sandbox.Fault;
import golive.sandbox.Faults;
import golive.sandbox.LeakyBucket;
import golive.sandbox.SandboxFace;
import golive.sandbox.SandboxHttpServer;
import golive.sandbox.SandboxOrder;
import golive.sandbox.SandboxRequest;
import golive.sandbox.SandboxResponse;
import golive.sandbox.SandboxShop;
import golive.sandbox.ServedPage;
import golive.sandbox.Spoiler;

import java.io.IOException;
import java.net.URI;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The Shopify face of the sandbox cart on http://127.0.0.1:{port} over a {@link SandboxShop}: the
 * client-credentials grant ({@code POST /admin/oauth/access_token}) handing out expiring tokens and
 * the GraphQL Admin API ({@code POST /admin/api/{version}/graphql.json}, {@link ShopifyGraphql},
 * paced by a points bucket). Like the real one it wants {@code X-Shopify-Access-Token}
 * ({@link ShopifyAccess}), reports {@code X-Shopify-API-Version} and a {@code Date} from the shop's
 * clock, and hides orders older than 60 days without read_all_orders. {@link #faults()} spoils
 * chosen requests. Thread-safe.
 */
public final class ShopifySandbox implements SandboxFace {
    static final String INVALID_TOKEN = "[API] Invalid API key or access token (unrecognized login or wrong password)";
    static final String THROTTLED = "Exceeded 2 calls per second for api client. Reduce request rates to resume uninterrupted service.";
    private static final DateTimeFormatter HTTP_DATE =
            DateTimeFormatter.ofPattern("EEE, dd MMM yyyy HH:mm:ss 'GMT'", Locale.US).withZone(ZoneOffset.UTC);
    private static final Pattern GRAPHQL = Pattern.compile("/admin/api/([^/]+)/graphql\\.json");
    private static final String GRANT = "/admin/oauth/access_token";

    private final SandboxShop shop;
    private final ShopifyAccess access;
    private final LeakyBucket points;
    private final Faults faults = new Faults();
    private final ShopifyGraphql graphql;
    private final SandboxHttpServer server = new SandboxHttpServer(this::handle);
    private final List<String> requestLog = new CopyOnWriteArrayList<>();
    private volatile String servedVersion;
    private volatile Consumer<ServedPage> afterOrdersPage;
    private volatile Set<Long> unlisted = Set.of();

    public ShopifySandbox(SandboxShop shop) {
        this.shop = shop;
        this.access = new ShopifyAccess(shop.clock());
        this.points = new LeakyBucket(2000, 100, shop.clock());
        this.graphql = new ShopifyGraphql(shop, access, points, () -> unlisted, () -> afterOrdersPage);
    }

    public ShopifySandbox start() {
        return start(0);
    }

    /** Listens on 127.0.0.1:{@code port} (0 for a free port). */
    public ShopifySandbox start(int port) {
        server.start(port);
        return this;
    }

    /** Stops answering: the port then refuses connections (the cart unreachable). */
    public void stop() {
        server.stop();
    }

    @Override
    public void close() {
        stop();
    }

    /** The shop URL to connect to: http://127.0.0.1:{port}. */
    @Override
    public URI baseUrl() {
        return server.baseUrl();
    }

    @Override
    public SandboxShop shop() {
        return shop;
    }

    /** Who may call: the legacy token, the Dev Dashboard app's credentials and its grants, the scopes. */
    public ShopifyAccess access() {
        return access;
    }

    /** The order as Shopify names it to people and in its export: #1001. */
    public static String orderName(SandboxOrder o) {
        return ShopifyGraphqlRender.name(o);
    }

    @Override
    public Runnable revokeAccess() {
        return access.revokeAll();
    }

    /** The Dev Dashboard app's client ID and secret. */
    @Override
    public Map<String, String> credentials() {
        Map<String, String> c = new java.util.LinkedHashMap<>();
        c.put("key", access.clientId());
        c.put("secret", access.clientSecret());
        return c;
    }

    @Override
    public void rotateCredentials() {
        access.rotateSecret();
    }

    @Override
    public String orderId(SandboxOrder o) {
        return String.valueOf(o.id());
    }

    @Override
    public String orderNumber(SandboxOrder o) {
        return orderName(o);
    }

    @Override
    public Faults faults() {
        return faults;
    }

    /** The points bucket (Standard plan: 2,000 restoring 100 a second): {@link LeakyBucket#configure}, {@link LeakyBucket#setEnforcing}. */
    public LeakyBucket points() {
        return points;
    }

    /** Serve this API version whatever is asked (a retired version "falls forward"); null echoes the request. */
    public ShopifySandbox serveApiVersion(String version) {
        this.servedVersion = version;
        return this;
    }

    /** Called after each orders page is built, before it is sent; null for none. */
    public ShopifySandbox afterOrdersPage(Consumer<ServedPage> hook) {
        this.afterOrdersPage = hook;
        return this;
    }

    /** The orders listing leaves these out (none: empty) while the count and the single-order read still show them. */
    public ShopifySandbox unlist(Set<Long> ids) {
        unlisted = Set.copyOf(ids);
        return this;
    }

    /** Requests received, as "POST /path -> status", oldest first. */
    public List<String> requestLog() {
        return new ArrayList<>(requestLog);
    }

    /** The GraphQL queries answered (parsed and costed), oldest first, with the error code each got. */
    public List<ShopifyGraphql.Call> graphqlCalls() {
        return graphql.calls();
    }

    public int requestCount() {
        return requestLog.size();
    }

    SandboxResponse handle(SandboxRequest request) {
        SandboxResponse response = spoil(faults.take(), request);
        requestLog.add(request.method() + " " + request.target() + " -> "
                + (response.wire() == SandboxResponse.Wire.DROP ? "dropped" : response.status()));
        return response;
    }

    private SandboxResponse spoil(Fault fault, SandboxRequest request) {
        return Spoiler.apply(fault, () -> answer(request), f -> {
            if (f instanceof Fault.Status s) {
                return common(SandboxResponse.json(s.status(), ShopifyGraphqlRender.errors(s.status() >= 500
                        ? "Internal Server Error" : "Error " + s.status())), request);
            }
            if (f instanceof Fault.RateLimited r) {
                return common(SandboxResponse.json(429, ShopifyGraphqlRender.errors(THROTTLED)), request)
                        .withHeader("Retry-After", r.retryAfter());
            }
            return unauthorized();
        });
    }

    private SandboxResponse answer(SandboxRequest request) {
        if (request.path().equals(GRANT)) {
            return grant(request);
        }
        if (!access.accepts(request.header("X-Shopify-Access-Token").orElse(null))) {
            return unauthorized();
        }
        if (!GRAPHQL.matcher(request.path()).matches()) {
            return common(SandboxResponse.json(404, ShopifyGraphqlRender.errors("Not Found")), request);
        }
        if (!request.method().equals("POST")) {
            return common(SandboxResponse.json(405, ShopifyGraphqlRender.errors("Method Not Allowed")), request);
        }
        return common(graphql.answer(json(request.body())), request);
    }

    /** The client-credentials grant, answered in OAuth's words. */
    private SandboxResponse grant(SandboxRequest request) {
        if (!request.method().equals("POST")) {
            return SandboxResponse.json(405, ShopifyGraphqlRender.errors("Method Not Allowed"));
        }
        Map<String, String> form = request.formBody();
        if (!"client_credentials".equals(form.get("grant_type"))) {
            return oauthError("unsupported_grant_type", "The authorization grant type is not supported by the authorization server.");
        }
        return access.grant(form.get("client_id"), form.get("client_secret"))
                .map(g -> {
                    ObjectNode body = ShopifyGraphqlRender.JSON.createObjectNode();
                    body.put("access_token", g.token());
                    body.put("scope", String.join(",", g.scopes().stream().sorted().toList()));
                    body.put("expires_in", g.expiresIn().toSeconds());
                    return SandboxResponse.json(200, body.toString());
                })
                .orElseGet(() -> oauthError("invalid_client",
                        "Client authentication failed: the client ID or client secret is not valid for this shop."))
                .withHeader("Date", HTTP_DATE.format(shop.clock().instant()));
    }

    private static SandboxResponse oauthError(String error, String description) {
        ObjectNode body = ShopifyGraphqlRender.JSON.createObjectNode();
        body.put("error", error);
        body.put("error_description", description);
        return SandboxResponse.json(400, body.toString());
    }

    private static JsonNode json(byte[] body) {
        try {
            return body == null || body.length == 0 ? null : ShopifyGraphqlRender.JSON.readTree(body);
        } catch (IOException e) {
            return null;
        }
    }

    /** Headers every answer to a token-bearing request carries. */
    private SandboxResponse common(SandboxResponse r, SandboxRequest request) {
        Matcher m = GRAPHQL.matcher(request.path());
        String version = servedVersion != null ? servedVersion : m.matches() ? m.group(1) : null;
        SandboxResponse out = r.withHeader("Date", HTTP_DATE.format(shop.clock().instant()))
                .withHeader("X-Request-Id", UUID.randomUUID().toString());
        return version == null ? out : out.withHeader("X-Shopify-API-Version", version);
    }

    /** Exactly the recorded 401: a Basic realm and the string error. */
    private SandboxResponse unauthorized() {
        return SandboxResponse.json(401, ShopifyGraphqlRender.errors(INVALID_TOKEN))
                .withHeader("Date", HTTP_DATE.format(shop.clock().instant()))
                .withHeader("WWW-Authenticate", "Basic Realm=\"Shopify API Authentication\"")
                .withHeader("X-Request-Id", UUID.randomUUID().toString());
    }
}
