package golive.sandbox.woocommerce;

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

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The WooCommerce face of the sandbox cart on http://127.0.0.1:{port} over a {@link SandboxShop}:
 * the public {@code /wp-json/} index (name, time zone, namespaces) and {@code /wp-json/wc/v3/}
 * orders, single orders and the current currency. It authenticates as WooCommerce does
 * ({@link WooSignIn}): on plain http only OAuth 1.0a signatures, Basic and the query-string
 * credentials only when it plays a site behind a TLS proxy ({@link #behindTls}); an unknown key runs
 * the request as nobody. Lists filter, sort and page like WooCommerce (strict date bounds, site-local
 * unless {@code dates_are_gmt}, {@code per_page} 1–100, {@code X-WP-Total} and
 * {@code X-WP-TotalPages}, {@code []} past the end). No rate limit of its own: a host's 429 page is a
 * fault. WooCommerce has no test orders, so the shop's test orders are not on this face. Thread-safe.
 */
public final class WooSandbox extends LoopbackFace {
    private static final DateTimeFormatter HTTP_DATE =
            DateTimeFormatter.ofPattern("EEE, dd MMM yyyy HH:mm:ss 'GMT'", Locale.US).withZone(ZoneOffset.UTC);
    private static final Pattern ORDER = Pattern.compile("/wp-json/wc/v3/orders/(\\d+)");
    private static final Pattern DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d+)?(Z|[+-]\\d{2}:\\d{2})?");
    private static final String REALM = "Basic realm=\"WooCommerce API. Use a consumer key in the username field and a consumer"
            + " secret in the password field.\"";

    private final WooKeys keys = new WooKeys();
    private final WooSignIn signIn;

    public WooSandbox(SandboxShop shop) {
        super(shop);
        this.signIn = new WooSignIn(keys, shop.clock(), this::baseUrl);
    }

    public WooSandbox start() {
        return start(0);
    }

    public WooSandbox start(int port) {
        listen(port);
        return this;
    }

    /** The REST API keys: add a write-only key, one for a user without the capability, rotate. */
    public WooKeys keys() {
        return keys;
    }

    /**
     * Plays a site behind a TLS-terminating proxy that tells WordPress so (is_ssl() true): Basic and
     * the query-string credentials are read, OAuth is not. {@code stripsAuthorization}: the host drops
     * the Authorization header on its way to PHP (CGI), so only the query string gets through.
     */
    public WooSandbox behindTls(boolean tls, boolean stripsAuthorization) {
        signIn.secure(tls, stripsAuthorization);
        return this;
    }

    /** Called after each orders page is built, before it is sent; null for none. */
    @Override
    public WooSandbox afterOrdersPage(Consumer<ServedPage> hook) {
        super.afterOrdersPage(hook);
        return this;
    }

    @Override
    public Runnable revokeAccess() {
        return keys.revokeAll();
    }

    @Override
    public Map<String, String> credentials() {
        Map<String, String> c = new LinkedHashMap<>();
        c.put("key", keys.current().consumerKey());
        c.put("secret", keys.current().consumerSecret());
        return c;
    }

    @Override
    public void rotateCredentials() {
        keys.rotate();
    }

    /** WooCommerce's ids are small post ids: the shop's running number plays them. */
    @Override
    public String orderId(SandboxOrder o) {
        return String.valueOf(o.number());
    }

    @Override
    public String orderNumber(SandboxOrder o) {
        return String.valueOf(o.number());
    }

    @Override
    protected SandboxResponse inOwnWords(Fault f, SandboxRequest request) {
        if (f instanceof Fault.Status s) {
            return dated(SandboxResponse.json(s.status(), WooRender.error("internal_server_error",
                    "There has been a critical error on this website.", s.status())));
        }
        if (f instanceof Fault.RateLimited r) {
            // WooCommerce sets no limit of its own: a 429 comes from the host, as an HTML page
            return dated(Spoiler.htmlError(429, r.retryAfter()));
        }
        return cannotView(401, true);
    }

    @Override
    protected SandboxResponse answer(SandboxRequest request) {
        String path = request.path().replaceAll("/+$", "");
        if (!request.method().equals("GET")) {
            return dated(SandboxResponse.json(405, WooRender.error("rest_no_route", "No route was found matching the URL and request method.", 404)));
        }
        if (path.equals("/wp-json") || path.isEmpty()) {
            return dated(SandboxResponse.json(200, index()));
        }
        if (path.equals("/wp-json/wc/v3")) {
            return dated(SandboxResponse.json(200, "{\"namespace\":\"wc/v3\",\"routes\":{}}")); // public to anyone
        }
        Matcher one = ORDER.matcher(path);
        boolean list = path.equals("/wp-json/wc/v3/orders");
        boolean currency = path.equals("/wp-json/wc/v3/data/currencies/current");
        if (!list && !one.matches() && !currency) {
            return dated(SandboxResponse.json(404, WooRender.error("rest_no_route", "No route was found matching the URL and request method.", 404)));
        }
        WooSignIn.Result who = signIn.check(request);
        if (who.error() != null) {
            return dated(who.error()).withHeader("WWW-Authenticate", REALM);
        }
        WooKeys.Key key = who.key();
        if (key == null) {
            return cannotView(401, list);
        }
        if (!key.permissions().contains("read")) {
            return dated(SandboxResponse.json(401, WooRender.error("woocommerce_rest_authentication_error",
                    "The API key provided does not have read permissions.", 401)));
        }
        if (!key.userCanManageOrders()) {
            return cannotView(403, list);
        }
        if (currency) {
            return dated(SandboxResponse.json(200, "{\"code\":\"" + shop.currency() + "\",\"name\":\"" + shop.currency()
                    + "\",\"symbol\":\"$\"}"));
        }
        if (one.matches()) {
            Optional<SandboxOrder> o = shop.orderByNumber(Long.parseLong(one.group(1))).filter(x -> !x.test());
            return o.map(x -> dated(SandboxResponse.json(200, WooRender.order(x, shop.zone()).toString())))
                    .orElseGet(() -> dated(SandboxResponse.json(404, WooRender.error("woocommerce_rest_shop_order_invalid_id", "Invalid ID.", 404))));
        }
        return orders(request.params());
    }

    /** {@code GET orders}: filter, sort, page, and the totals headers. */
    private SandboxResponse orders(Map<String, String> p) {
        int perPage;
        int page;
        try {
            perPage = Integer.parseInt(p.getOrDefault("per_page", "10"));
            page = Integer.parseInt(p.getOrDefault("page", "1"));
        } catch (NumberFormatException e) {
            return bad("per_page", "rest_invalid_type", "per_page is not of type integer.");
        }
        if (perPage < 1 || perPage > 100) {
            return bad("per_page", "rest_out_of_bounds", "per_page must be between 1 (inclusive) and 100 (inclusive)");
        }
        if (page < 1) {
            return bad("page", "rest_out_of_bounds", "page must be greater than or equal to 1");
        }
        boolean gmt = "true".equals(p.get("dates_are_gmt")) || "1".equals(p.get("dates_are_gmt"));
        Predicate<SandboxOrder> keep = statusFilter(p.getOrDefault("status", "any"));
        Long[] created = new Long[2];
        Long[] modified = new Long[2];
        for (String name : List.of("after", "before", "modified_after", "modified_before")) {
            String v = p.get(name);
            if (v == null) {
                continue;
            }
            if (!DATE.matcher(v).matches()) {
                return bad(name, "rest_invalid_date", "Invalid date.");
            }
            Instant at = instant(v, gmt);
            boolean isModified = name.startsWith("modified");
            boolean after = name.endsWith("after");
            // WordPress's date query: strict on both sides
            keep = keep.and(o -> {
                Instant t = isModified ? o.updatedAt() : o.createdAt();
                return after ? t.isAfter(at) : t.isBefore(at);
            });
            (isModified ? modified : created)[after ? 0 : 1] = at.getEpochSecond(); // whole seconds: the bound's own second is still read
        }
        Predicate<SandboxOrder> listed = keep.and(o -> !o.test());
        SandboxShop.Index by = switch (p.getOrDefault("orderby", "date")) {
            case "id" -> SandboxShop.Index.NUMBER;
            case "modified" -> SandboxShop.Index.UPDATED;
            default -> SandboxShop.Index.CREATED;
        };
        boolean descending = !"asc".equalsIgnoreCase(p.getOrDefault("order", "desc"));
        List<SandboxShop.Range> bounded = Stream.of(SandboxShop.Index.CREATED, SandboxShop.Index.UPDATED)
                .map(i -> range(i, created, modified)).filter(r -> r.from() != null || r.to() != null).toList();
        int offset = p.containsKey("offset") ? Integer.parseInt(p.get("offset")) : (page - 1) * perPage;
        record Listing(long total, List<SandboxOrder> slice) {
        }
        Listing read = shop.atomically(() -> new Listing(shop.count(listed, bounded.isEmpty() ? List.of(SandboxShop.Range.all(by)) : bounded),
                shop.read(range(by, created, modified), descending, orders -> orders.filter(listed).skip(offset).limit(perPage).toList())));
        long total = read.total();
        List<SandboxOrder> slice = read.slice();
        long totalPages = (total + perPage - 1) / perPage;
        served(new ServedPage(slice.stream().map(SandboxOrder::number).toList(), page < totalPages, page > 1));
        ArrayNode body = WooRender.JSON.createArrayNode();
        slice.forEach(o -> body.add(WooRender.order(o, shop.zone())));
        return dated(SandboxResponse.json(200, body.toString()))
                .withHeader("X-WP-Total", String.valueOf(total))
                .withHeader("X-WP-TotalPages", String.valueOf(totalPages));
    }

    /** The part of index {@code by} the date bounds leave (epoch seconds, after and before; null: none). */
    private static SandboxShop.Range range(SandboxShop.Index by, Long[] created, Long[] modified) {
        return switch (by) {
            case CREATED -> SandboxShop.Range.of(by, created[0], created[1]);
            case UPDATED -> SandboxShop.Range.of(by, modified[0], modified[1]);
            default -> SandboxShop.Range.all(by);
        };
    }

    private static Predicate<SandboxOrder> statusFilter(String status) {
        if (status.equals("any")) {
            return o -> true;
        }
        Set<String> wanted = Set.copyOf(Arrays.asList(status.split(",")));
        return o -> wanted.contains(WooRender.status(o));
    }

    /** A bound as WordPress reads it: with its own offset if it has one, else UTC with dates_are_gmt, else site-local. */
    private Instant instant(String v, boolean gmt) {
        String s = v.replaceAll("\\.\\d+", "");
        if (s.endsWith("Z") || s.matches(".*[+-]\\d{2}:\\d{2}$")) {
            return OffsetDateTime.parse(s).toInstant();
        }
        LocalDateTime wall = LocalDateTime.parse(s);
        return gmt ? wall.toInstant(ZoneOffset.UTC) : wall.atZone(shop.zone()).toInstant();
    }

    private String index() {
        ObjectNode n = WooRender.JSON.createObjectNode();
        n.put("name", shop.name());
        n.put("description", "Just another WordPress site");
        n.put("url", baseUrl().toString());
        n.put("home", baseUrl().toString());
        ZoneId zone = shop.zone();
        // a site set to a manual UTC offset has no timezone_string, only gmt_offset (hours, as a string)
        if (zone instanceof ZoneOffset offset) {
            n.put("gmt_offset", String.valueOf(offset.getTotalSeconds() / 3600.0).replaceAll("\\.0$", ""));
            n.put("timezone_string", "");
        } else {
            n.put("gmt_offset", String.valueOf(zone.getRules().getOffset(shop.now()).getTotalSeconds() / 3600.0).replaceAll("\\.0$", ""));
            n.put("timezone_string", zone.getId());
        }
        ArrayNode ns = n.putArray("namespaces");
        for (String s : new String[] {"oembed/1.0", "wc/v1", "wc/v2", "wc/v3", "wc/store/v1", "wp/v2"}) {
            ns.add(s);
        }
        n.putArray("authentication");
        return n.toString();
    }

    private SandboxResponse cannotView(int status, boolean list) {
        return dated(SandboxResponse.json(status, WooRender.error("woocommerce_rest_cannot_view",
                list ? "Sorry, you cannot list resources." : "Sorry, you cannot view this resource.", status)));
    }

    private SandboxResponse bad(String param, String code, String message) {
        return dated(SandboxResponse.json(400, WooRender.invalidParam(param, code, message)));
    }

    private SandboxResponse dated(SandboxResponse r) {
        return r.withHeader("Date", HTTP_DATE.format(shop.clock().instant()));
    }
}
