package golive.sandbox.magento;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import golive.sandbox.Fault;
import golive.sandbox.LoopbackFace;
import golive.sandbox.SandboxOrder;
import golive.sandbox.SandboxRequest;
import golive.sandbox.SandboxResponse;
import golive.sandbox.SandboxShop;
import golive.sandbox.ServedPage;
import golive.sandbox.Spoiler;

import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The Magento 2 face of the sandbox cart on http://127.0.0.1:{port} over a {@link SandboxShop}:
 * {@code /rest/V1/} (or {@code /rest/default/V1/}) {@code store/storeConfigs}, {@code orders} with
 * Magento's searchCriteria ({@link MagentoSearch}: without {@code pageSize} every match, past the end
 * the last page again, {@code total_count}) and {@code orders/{id}}. Credentials are an integration's
 * ({@link MagentoIntegrations}), read by {@link MagentoSignIn}; every refusal is Magento's one 401
 * ("The consumer isn't authorized to access %resources."), for a wrong token, a Bearer token the
 * store does not take and an integration without Sales alike. Web API input limits can be switched
 * on ({@link #inputLimits}). No rate limit of its own: a 429 comes from a proxy, as HTML. Magento has
 * no test orders, so the shop's test orders are not on this face. Thread-safe.
 */
public final class MagentoSandbox extends LoopbackFace {
    private static final DateTimeFormatter HTTP_DATE =
            DateTimeFormatter.ofPattern("EEE, dd MMM yyyy HH:mm:ss 'GMT'", Locale.US).withZone(ZoneOffset.UTC);
    private static final Pattern ROUTE = Pattern.compile("/rest(?:/default)?/V1/(.+)");
    private static final Pattern ORDER = Pattern.compile("orders/(\\d+)");
    private static final String UNAUTHORIZED = "The consumer isn't authorized to access %resources.";
    static final String SALES = "Magento_Sales::actions_view";
    private static final String STORES = "Magento_Backend::stores";

    private final MagentoIntegrations integrations = new MagentoIntegrations();
    private final MagentoSignIn signIn;
    private volatile Integer maxPageSize;

    public MagentoSandbox(SandboxShop shop) {
        super(shop);
        this.signIn = new MagentoSignIn(integrations, shop.clock(), this::baseUrl);
    }

    public MagentoSandbox start() {
        return start(0);
    }

    public MagentoSandbox start(int port) {
        listen(port);
        return this;
    }

    /** The store's integrations: add one without Sales access, reauthorize. */
    public MagentoIntegrations integrations() {
        return integrations;
    }

    /**
     * Stores › Configuration › Services › OAuth › Consumer Settings › "Allow OAuth Access Tokens to be
     * used as standalone Bearer tokens" (on by default here; Magento 2.4.4+ ships it off).
     */
    public MagentoSandbox bearerTokens(boolean allowed) {
        signIn.bearerAllowed(allowed);
        return this;
    }

    /** Web API input limits with this maximum page size (Magento's default page size is then 20); null: off, as shipped. */
    public MagentoSandbox inputLimits(Integer maxPageSize) {
        this.maxPageSize = maxPageSize;
        return this;
    }

    /** Called after each orders page is built, before it is sent; null for none. */
    @Override
    public MagentoSandbox afterOrdersPage(Consumer<ServedPage> hook) {
        super.afterOrdersPage(hook);
        return this;
    }

    @Override
    public Runnable revokeAccess() {
        return integrations.revokeAll();
    }

    /** The access token where Bearer tokens are allowed, else the four values OAuth signing needs. */
    @Override
    public Map<String, String> credentials() {
        MagentoIntegrations.Integration i = integrations.current();
        Map<String, String> c = new LinkedHashMap<>();
        if (!signIn.bearerAllowed()) {
            c.put("key", i.consumerKey());
            c.put("secret", i.consumerSecret());
        }
        c.put("token", i.accessToken());
        if (!signIn.bearerAllowed()) {
            c.put("token_secret", i.tokenSecret());
        }
        return c;
    }

    @Override
    public void rotateCredentials() {
        integrations.reauthorize();
    }

    /** Magento's entity_id: the shop's running number plays it. */
    @Override
    public String orderId(SandboxOrder o) {
        return String.valueOf(o.number());
    }

    /** The increment_id, 9 digits: "000001001". */
    @Override
    public String orderNumber(SandboxOrder o) {
        return MagentoRender.incrementId(o);
    }

    @Override
    protected SandboxResponse inOwnWords(Fault f, SandboxRequest request) {
        if (f instanceof Fault.Status s) {
            return internalError(s.status());
        }
        if (f instanceof Fault.RateLimited r) {
            return dated(Spoiler.htmlError(429, r.retryAfter())); // Magento has no limit: the proxy in front answers
        }
        return unauthorized(SALES);
    }

    @Override
    protected SandboxResponse answer(SandboxRequest request) {
        Matcher route = ROUTE.matcher(request.path().replaceAll("/+$", ""));
        String path = route.matches() ? route.group(1) : "";
        Matcher one = ORDER.matcher(path);
        boolean configs = path.equals("store/storeConfigs");
        boolean list = path.equals("orders");
        if (!request.method().equals("GET") || !(configs || list || one.matches())) {
            return error(404, "Request does not match any route.", Map.of());
        }
        MagentoIntegrations.Integration who = signIn.check(request);
        if (who == null) {
            return unauthorized(configs ? STORES : SALES);
        }
        if (configs) {
            return dated(SandboxResponse.json(200, MagentoRender.storeConfigs(shop, baseUrl())));
        }
        if (!who.sales()) {
            return unauthorized(SALES);
        }
        if (one.matches()) {
            Optional<SandboxOrder> o = shop.orderByNumber(Long.parseLong(one.group(1))).filter(x -> !x.test());
            return o.map(x -> dated(SandboxResponse.json(200, MagentoRender.order(x, shop.currency()).toString())))
                    .orElseGet(() -> error(404, "The entity that was requested doesn't exist. Verify the entity and try again.", Map.of()));
        }
        return orders(request.params());
    }

    /** {@code GET orders?searchCriteria…}: filter, sort, page, total_count. */
    private SandboxResponse orders(Map<String, String> params) {
        if (params.keySet().stream().noneMatch(k -> k.startsWith("searchCriteria"))) {
            return error(400, "\"%fieldName\" is required. Enter and try again.", Map.of("fieldName", "searchCriteria"));
        }
        MagentoSearch search;
        try {
            search = new MagentoSearch(params);
        } catch (MagentoSearch.NotAnInteger e) {
            return error(400, "The \"%value\" value's type is invalid. The \"%type\" type was expected. Verify and try again.",
                    Map.of("value", e.value, "type", "int"));
        } catch (IllegalArgumentException e) {
            return internalError(500); // an unknown column is an SQL error: production mode hides it
        }
        Integer max = maxPageSize;
        Integer asked = search.pageSize();
        if (max != null && asked != null && asked > max) {
            return error(400, "Maximum SearchCriteria pageSize is %max", Map.of("max", max));
        }
        Integer size = max != null && asked == null ? Integer.valueOf(20) : asked; // input limits' default page size
        Listing read = shop.atomically(() -> list(search, size));
        int page = read.page();
        List<SandboxOrder> slice = read.slice();
        served(new ServedPage(slice.stream().map(SandboxOrder::number).toList(), page < read.pages(), page > 1));
        ObjectNode body = MagentoRender.JSON.createObjectNode();
        ArrayNode items = body.putArray("items");
        slice.forEach(o -> items.add(MagentoRender.order(o, shop.currency())));
        body.set("search_criteria", search.echo(page));
        body.put("total_count", read.total());
        return dated(SandboxResponse.json(200, body.toString()));
    }

    /** The matches counted, the page they make and its orders, read in entity_id order when that is the sort. */
    private Listing list(MagentoSearch search, Integer size) {
        Predicate<SandboxOrder> listed = search.matches().and(o -> !o.test());
        long total = shop.count(listed, search.candidates());
        boolean paged = size != null && size > 0;
        int pages = paged ? (int) Math.max(1, (total + size - 1) / size) : 1;
        int page = Math.min(search.currentPage(), pages); // past the end: the last page again
        long skip = paged ? (long) (page - 1) * size : 0;
        long take = paged ? size : Long.MAX_VALUE;
        Boolean ascending = search.byEntityIdAscending();
        List<SandboxOrder> slice = ascending == null
                ? shop.read(SandboxShop.Range.all(SandboxShop.Index.CREATED), true,
                        orders -> orders.filter(listed).sorted(search.order()).skip(skip).limit(take).toList())
                : shop.read(search.numbers(), !ascending, orders -> orders.filter(listed).skip(skip).limit(take).toList());
        return new Listing(total, page, pages, slice);
    }

    /** One orders page as read under the shop's lock. */
    private record Listing(long total, int page, int pages, List<SandboxOrder> slice) {
    }

    private SandboxResponse unauthorized(String resource) {
        return error(401, UNAUTHORIZED, Map.of("resources", resource));
    }

    private SandboxResponse internalError(int status) {
        byte[] id = new byte[8];
        new java.util.Random().nextBytes(id);
        return error(status, "Internal Error. Details are available in Magento log file. Report ID: webapi-" + HexFormat.of().formatHex(id), Map.of());
    }

    private SandboxResponse error(int status, String message, Map<String, Object> parameters) {
        return dated(SandboxResponse.json(status, MagentoRender.error(message, parameters)));
    }

    private SandboxResponse dated(SandboxResponse r) {
        return r.withHeader("Date", HTTP_DATE.format(shop.clock().instant()));
    }
}
