package golive.sandbox.prestashop;

import com.fasterxml.jackson.databind.JsonNode;
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

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The PrestaShop face of the sandbox cart on http://127.0.0.1:{port} over a {@link SandboxShop}: the
 * Webservice's {@code /api/} (HEAD and GET), {@code /api/orders} (filters, sort, limit, display, as
 * {@link PrestaShopFilters} reads them; date filters refused without {@code date=1}),
 * {@code /api/orders/{id}}, {@code /api/order_states}, {@code /api/configurations} and
 * {@code /api/currencies}. The webservice key is read as the Basic user or {@code ws_key}, with
 * PrestaShop's refusals (no key, empty, bad format, unknown or disabled, resource not allowed) as
 * JSON or XML error bodies. Answers are JSON only with {@code output_format=JSON} (or
 * {@code Io-Format: JSON}), else XML. The order id is the shop's running number; the reference 9
 * letters from it (two orders may be made to share one, as a split checkout does); the state from
 * the order's facts in the default install's states, or one the test sets. PrestaShop has no test
 * orders, so the shop's test orders are not on this face. A {@code Date} from the shop's clock.
 * Thread-safe.
 */
public final class PrestaShopSandbox extends LoopbackFace {
    public static final Set<String> ALL_RESOURCES = Set.of("orders", "order_states", "configurations", "currencies", "customers", "addresses");
    static final String REALM = "Basic realm=\"Welcome to PrestaShop Webservice, please enter the authentication key as the login."
            + " No password required.\"";
    private static final DateTimeFormatter HTTP_DATE =
            DateTimeFormatter.ofPattern("EEE, dd MMM yyyy HH:mm:ss 'GMT'", Locale.US).withZone(ZoneOffset.UTC);
    private static final Pattern ROUTE = Pattern.compile("/api/?([a-z_]+)?(?:/(\\d+))?/?");
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final String ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789";

    private final Map<String, Set<String>> keys = new ConcurrentHashMap<>();
    private final Map<Integer, ObjectNode> states = new ConcurrentHashMap<>();
    private final Map<Long, Integer> stateOverride = new ConcurrentHashMap<>();
    private final Map<Long, Long> sharedReference = new ConcurrentHashMap<>();
    private volatile String key = newKey();
    private volatile boolean stripsAuthorization;
    private volatile boolean legacyEmptyList;
    private volatile boolean errorsInXml;
    private volatile boolean phpWarnings;

    public PrestaShopSandbox(SandboxShop shop) {
        super(shop);
        keys.put(key, ALL_RESOURCES);
        defaultStates();
    }

    public PrestaShopSandbox start() {
        return start(0);
    }

    public PrestaShopSandbox start(int port) {
        listen(port);
        return this;
    }

    /** A new enabled key with GET on {@code resources} only (e.g. without orders). */
    public String addKey(Set<String> resources) {
        String k = newKey();
        keys.put(k, Set.copyOf(resources));
        return k;
    }

    /** The host drops the Authorization header on its way to PHP (CGI without CGIPassAuth): only ws_key gets through. */
    public PrestaShopSandbox stripsAuthorization(boolean strips) {
        this.stripsAuthorization = strips;
        return this;
    }

    /** An empty list as older versions render it, a bare {@code []}, instead of {@code {"orders":[]}}. */
    public PrestaShopSandbox legacyEmptyList(boolean legacy) {
        this.legacyEmptyList = legacy;
        return this;
    }

    /** Errors as XML even when JSON was asked for (as a shop answers before it has read the output format). */
    public PrestaShopSandbox errorsInXml(boolean xml) {
        this.errorsInXml = xml;
        return this;
    }

    /** A PHP warning in {@code errors} beside the good data of every orders list (a module's notice on a 200). */
    public PrestaShopSandbox phpWarnings(boolean on) {
        this.phpWarnings = on;
        return this;
    }

    /** A state the merchant added; {@code paid} and {@code shipped} are its flags. */
    public PrestaShopSandbox addState(int id, String name, boolean paid, boolean shipped) {
        states.put(id, state(id, name, paid, shipped, false, ""));
        return this;
    }

    /** Puts order {@code number} in state {@code id} whatever its facts say (its update time is stamped). */
    public void putInState(long number, int id) {
        stateOverride.put(number, id);
        shop.orderByNumber(number).ifPresent(o -> shop.edit(o.id(), x -> x));
    }

    /** Order {@code number} gets the reference of order {@code sameAs}, as the orders of one split checkout do. */
    public void shareReference(long number, long sameAs) {
        sharedReference.put(number, sameAs);
    }

    /** Called after each orders page is built, before it is sent; null for none. */
    @Override
    public PrestaShopSandbox afterOrdersPage(Consumer<ServedPage> hook) {
        super.afterOrdersPage(hook);
        return this;
    }

    @Override
    public Runnable revokeAccess() {
        Map<String, Set<String>> before = new TreeMap<>(keys);
        keys.clear();
        return () -> keys.putAll(before);
    }

    @Override
    public Map<String, String> credentials() {
        return Map.of("key", key);
    }

    @Override
    public void rotateCredentials() {
        Set<String> resources = keys.remove(key);
        key = newKey();
        keys.put(key, resources == null ? ALL_RESOURCES : resources);
    }

    @Override
    public String orderId(SandboxOrder o) {
        return String.valueOf(o.number());
    }

    /** The reference, as the back office and its export show an order. */
    @Override
    public String orderNumber(SandboxOrder o) {
        return PrestaShopRender.reference(sharedReference.getOrDefault(o.number(), o.number()));
    }

    @Override
    protected SandboxResponse answer(SandboxRequest request) {
        return answer(request, json(request));
    }

    @Override
    protected SandboxResponse inOwnWords(Fault f, SandboxRequest request) {
        boolean json = json(request);
        if (f instanceof Fault.Status s) {
            return error(s.status(), Map.of(s.status() == 503 ? 22 : 0, s.status() == 503
                    ? "The PrestaShop webservice is disabled. Please activate it in the PrestaShop Back Office"
                    : "Internal error. To see this error please display the PHP errors."), json);
        }
        if (f instanceof Fault.RateLimited r) {
            return dated(Spoiler.htmlError(429, r.retryAfter())); // PrestaShop limits nothing: the host does, in HTML
        }
        return error(401, unknownKey(), json).withHeader("WWW-Authenticate", REALM);
    }

    private static boolean json(SandboxRequest request) {
        return "JSON".equalsIgnoreCase(request.params().get("output_format"))
                || request.header("Io-Format").filter("JSON"::equalsIgnoreCase).isPresent();
    }

    private SandboxResponse answer(SandboxRequest request, boolean json) {
        Matcher route = ROUTE.matcher(request.path());
        if (!route.matches() || !(request.method().equals("GET") || request.method().equals("HEAD"))) {
            return dated(SandboxResponse.json(404, "")).withBody(new byte[0]);
        }
        String resource = route.group(1);
        Map<String, String> p = request.params();
        String given = stripsAuthorization ? null : request.header("Authorization").map(PrestaShopSandbox::basicUser).orElse(null);
        if (given == null) {
            given = p.get("ws_key");
        }
        Map<Integer, String> refusal = refusal(given, resource);
        if (refusal != null) {
            return error(401, refusal, json).withHeader("WWW-Authenticate", REALM);
        }
        if (resource == null) {
            SandboxResponse r = ok(api(), json);
            return request.method().equals("HEAD") ? r.withBody(new byte[0]) : r;
        }
        String id = route.group(2);
        return switch (resource) {
            case "orders" -> id == null ? orders(p, json) : order(Long.parseLong(id), json);
            case "order_states" -> ok(list("order_states", new ArrayList<>(new TreeMap<>(states).values())), json);
            case "configurations" -> configurations(p, json);
            case "currencies" -> ok(currency(), json);
            default -> error(400, Map.of(27, "Resource of type \"" + resource + "\" does not exists. Did you mean: \"orders\"?"), json);
        };
    }

    private Map<Integer, String> refusal(String given, String resource) {
        if (given == null) {
            return Map.of(16, "Please enter the authentication key as the login. No password required");
        }
        if (given.isEmpty()) {
            return Map.of(17, "Authentication key is empty");
        }
        if (given.length() != 32) {
            return Map.of(18, "Invalid authentication key format");
        }
        Set<String> allowed = keys.get(given);
        if (allowed == null) {
            return unknownKey();
        }
        if (resource != null && !allowed.contains(resource)) {
            return Map.of(26, "Resource of type \"" + resource + "\" is not allowed with this authentication key");
        }
        return null;
    }

    private static Map<Integer, String> unknownKey() {
        Map<Integer, String> m = new LinkedHashMap<>();
        m.put(20, "Authentification key is not active");
        m.put(21, "No permission for this authentication key");
        return m;
    }

    private static String basicUser(String header) {
        if (!header.regionMatches(true, 0, "Basic ", 0, 6)) {
            return null;
        }
        try {
            String decoded = new String(Base64.getDecoder().decode(header.substring(6).strip()), StandardCharsets.UTF_8);
            int colon = decoded.indexOf(':');
            return colon < 0 ? decoded : decoded.substring(0, colon);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /** {@code GET /api/orders}: date filters need date=1; filter, sort, page, display. */
    private SandboxResponse orders(Map<String, String> p, boolean json) {
        boolean dates = "1".equals(p.get("date"));
        List<String> allowed = new ArrayList<>(List.of("id", "id_address_delivery", "id_currency", "id_customer", "current_state", "reference"));
        if (dates) {
            allowed.addAll(PrestaShopFilters.DATE_FIELDS);
        }
        for (String f : PrestaShopFilters.fields(p)) {
            if (!allowed.contains(f)) {
                return error(400, Map.of(32, "This filter does not exist. Did you mean: \"" + closest(f, allowed) + "\"? The full list is: \""
                        + String.join("\", \"", allowed) + "\""), json);
            }
        }
        Comparator<JsonNode> sort = PrestaShopFilters.sort(p.getOrDefault("sort", "[id_ASC]"));
        if (sort == null || !dates && p.getOrDefault("sort", "").contains("date_")) {
            return error(400, Map.of(37, "The \"sort\" value has to be formed as this example: \"field_ASC\" or '[field_1_DESC,field_2_ASC,field_3_ASC,...]'"), json);
        }
        int[] limit = p.containsKey("limit") ? PrestaShopFilters.limit(p.get("limit")) : new int[] {0, Integer.MAX_VALUE};
        if (limit == null) {
            return error(400, Map.of(39, "The \"limit\" value has to be formed as this example: \"5,25\" or \"10\""), json);
        }
        Boolean byIdAscending = PrestaShopFilters.byIdAscending(p.getOrDefault("sort", "[id_ASC]"));
        Predicate<JsonNode> keep = PrestaShopFilters.filter(p);
        // only the orders up to the page's end (and one more: is there a next?) are rendered; an id sort reads in index order
        Function<Stream<SandboxOrder>, List<JsonNode>> read = orders -> {
            Stream<JsonNode> kept = orders.filter(o -> !o.test()).<JsonNode>map(this::render).filter(keep);
            return (byIdAscending == null ? kept.sorted(sort) : kept).skip(limit[0]).limit(limit[1] + 1L).toList();
        };
        List<JsonNode> upToOneMore = byIdAscending == null ? shop.read(SandboxShop.Range.all(SandboxShop.Index.CREATED), true, read)
                : shop.read(PrestaShopFilters.idRange(p), !byIdAscending, read);
        boolean more = upToOneMore.size() > limit[1];
        List<JsonNode> slice = more ? upToOneMore.subList(0, limit[1]) : upToOneMore;
        served(new ServedPage(slice.stream().map(o -> o.get("id").asLong()).toList(),
                    more, limit[0] > 0 || p.containsKey("filter[id]")));
        if (slice.isEmpty() && legacyEmptyList) {
            return dated(SandboxResponse.json(200, "[]"));
        }
        List<JsonNode> shown = slice.stream().map(o -> display(o, p.get("display"))).toList();
        ObjectNode body = list("orders", shown);
        if (phpWarnings) {
            body.putArray("errors").addObject().put("code", 3)
                    .put("message", "[PHP Warning #2] Undefined array key \"id_order_carrier\" (/modules/ps_shipping/ps_shipping.php, line 214)");
        }
        return ok(body, json);
    }

    private static JsonNode display(JsonNode o, String display) {
        if ("full".equals(display)) {
            return o;
        }
        ObjectNode n = PrestaShopRender.JSON.createObjectNode();
        if (display == null || !display.startsWith("[")) {
            return n.set("id", o.get("id"));
        }
        for (String f : display.substring(1, display.length() - 1).split(",")) {
            if (o.has(f.strip())) {
                n.set(f.strip(), o.get(f.strip()));
            }
        }
        return n;
    }

    private SandboxResponse order(long number, boolean json) {
        Optional<SandboxOrder> o = shop.orderByNumber(number).filter(x -> !x.test());
        if (o.isEmpty()) {
            return error(404, Map.of(87, "Invalid ID"), json); // the sandbox's words for an unknown order
        }
        ObjectNode body = PrestaShopRender.JSON.createObjectNode();
        body.set("order", render(o.get()));
        return ok(body, json);
    }

    private ObjectNode render(SandboxOrder o) {
        return PrestaShopRender.order(o, stateOverride.getOrDefault(o.number(), state(o)), orderNumber(o), shop.zone());
    }

    /** The default install's state for the order's facts. */
    private static int state(SandboxOrder o) {
        if (o.cancelledAt() != null) {
            return 6;
        }
        if (o.payment() == SandboxOrder.Payment.REFUNDED || o.payment() == SandboxOrder.Payment.VOIDED) {
            return 7;
        }
        if (o.closedAt() != null) {
            return 5;
        }
        if (o.fulfilment() == SandboxOrder.Fulfilment.FULFILLED) {
            return 4;
        }
        if (o.fulfilment() == SandboxOrder.Fulfilment.PARTIAL) {
            return 3; // PrestaShop has no partly shipped state: still in preparation
        }
        if (o.payment() == SandboxOrder.Payment.PENDING || o.payment() == SandboxOrder.Payment.AUTHORIZED) {
            return 10;
        }
        return o.hold() == SandboxOrder.Hold.NONE ? 2 : 9;
    }

    private SandboxResponse configurations(Map<String, String> p, boolean json) {
        Map<String, String> values = new TreeMap<>(Map.of("PS_TIMEZONE", shop.zone().getId(), "PS_CURRENCY_DEFAULT", "1",
                "PS_OS_CANCELED", "6", "PS_OS_REFUND", "7", "PS_OS_ERROR", "8", "PS_OS_PAYMENT", "2", "PS_OS_SHIPPING", "4",
                "PS_OS_DELIVERED", "5"));
        List<JsonNode> rows = new ArrayList<>();
        int id = 1;
        for (Map.Entry<String, String> e : values.entrySet()) {
            ObjectNode c = PrestaShopRender.JSON.createObjectNode();
            c.put("id", id++);
            c.put("value", e.getValue());
            c.put("name", e.getKey());
            c.put("id_shop_group", "");
            c.put("id_shop", "");
            rows.add(c);
        }
        List<JsonNode> kept = rows.stream().filter(PrestaShopFilters.filter(p)).map(c -> display(c, p.get("display"))).toList();
        return ok(list("configurations", kept), json);
    }

    private JsonNode currency() {
        ObjectNode body = PrestaShopRender.JSON.createObjectNode();
        ObjectNode c = body.putObject("currency");
        c.put("id", 1);
        c.put("name", shop.currency());
        c.put("iso_code", shop.currency());
        c.put("conversion_rate", "1.000000");
        c.put("active", "1");
        return body;
    }

    private ObjectNode api() {
        ObjectNode body = PrestaShopRender.JSON.createObjectNode();
        ObjectNode api = body.putObject("api");
        ALL_RESOURCES.stream().sorted().forEach(r -> api.putObject(r).put("description", "The " + r.replace('_', ' ')));
        return body;
    }

    private static ObjectNode list(String name, List<? extends JsonNode> items) {
        ObjectNode body = PrestaShopRender.JSON.createObjectNode();
        ArrayNode a = body.putArray(name);
        items.forEach(a::add);
        return body;
    }

    private void defaultStates() {
        Object[][] defaults = {
                {1, "Awaiting check payment", false, false, false, "cheque"}, {2, "Payment accepted", true, false, false, "payment"},
                {3, "Processing in progress", true, false, true, "preparation"}, {4, "Shipped", true, true, true, "shipped"},
                {5, "Delivered", true, true, true, ""}, {6, "Canceled", false, false, false, "order_canceled"},
                {7, "Refunded", true, false, false, "refund"}, {8, "Payment error", false, false, false, "payment_error"},
                {9, "On backorder (paid)", true, false, false, "outofstock"}, {10, "Awaiting bank wire payment", false, false, false, "bankwire"},
                {11, "Remote payment accepted", true, false, false, "payment"}, {12, "On backorder (not paid)", false, false, false, "outofstock"},
                {13, "Awaiting Cash On Delivery validation", false, false, false, "cashondelivery"}};
        for (Object[] d : defaults) {
            states.put((Integer) d[0], state((Integer) d[0], (String) d[1], (Boolean) d[2], (Boolean) d[3], (Boolean) d[4], (String) d[5]));
        }
    }

    private static ObjectNode state(int id, String name, boolean paid, boolean shipped, boolean delivery, String template) {
        ObjectNode s = PrestaShopRender.JSON.createObjectNode();
        s.put("id", id);
        s.put("unremovable", "1");
        s.put("delivery", delivery ? "1" : "0");
        s.put("hidden", "0");
        s.put("logable", paid ? "1" : "0");
        s.put("shipped", shipped ? "1" : "0");
        s.put("paid", paid ? "1" : "0");
        s.put("deleted", "0");
        s.put("name", name);
        s.put("template", template);
        return s;
    }

    private SandboxResponse ok(JsonNode body, boolean json) {
        return json ? dated(SandboxResponse.json(200, body.toString()))
                : xml(200, PrestaShopRender.xml(body));
    }

    private SandboxResponse error(int status, Map<Integer, String> errors, boolean json) {
        return json && !errorsInXml ? dated(SandboxResponse.json(status, PrestaShopRender.errorsJson(errors)))
                : xml(status, PrestaShopRender.errorsXml(errors));
    }

    private SandboxResponse xml(int status, String text) {
        return dated(new SandboxResponse(status, Map.of("Content-Type", "text/xml;charset=utf-8"), text.getBytes(StandardCharsets.UTF_8),
                Duration.ZERO, SandboxResponse.Wire.NORMAL));
    }

    private SandboxResponse dated(SandboxResponse r) {
        return r.withHeader("Date", HTTP_DATE.format(shop.clock().instant()))
                .withHeader("X-Powered-By", "PrestaShop Webservice")
                .withHeader("PSWS-Version", "8.1.7");
    }

    /** The allowed name nearest {@code wrong} (PrestaShop suggests one with levenshtein()). */
    private static String closest(String wrong, List<String> names) {
        return names.stream().min(Comparator.comparingInt(n -> distance(wrong, n))).orElse("");
    }

    private static int distance(String a, String b) {
        int[] prev = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            prev[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            int[] cur = new int[b.length() + 1];
            cur[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1));
            }
            prev = cur;
        }
        return prev[b.length()];
    }

    private static String newKey() {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < 32; i++) {
            sb.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
        }
        return sb.toString();
    }
}
