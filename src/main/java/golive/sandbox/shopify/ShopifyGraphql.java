package golive.sandbox.shopify;

import com.fasterxml.jackson.databind.JsonNode;
import golive.sandbox.LeakyBucket;
import golive.sandbox.SandboxOrder;
import golive.sandbox.SandboxResponse;
import golive.sandbox.SandboxShop;
import golive.sandbox.ServedPage;
import graphql.ExecutionInput;
import graphql.ExecutionResult;
import graphql.GraphQL;
import graphql.GraphQLError;
import graphql.GraphqlErrorBuilder;
import graphql.ParseAndValidate;
import graphql.analysis.FieldComplexityEnvironment;
import graphql.analysis.QueryComplexityCalculator;
import graphql.execution.CoercedVariables;
import graphql.execution.DataFetcherResult;
import graphql.language.Document;
import graphql.parser.InvalidSyntaxException;
import graphql.parser.Parser;
import graphql.schema.DataFetchingEnvironment;
import graphql.schema.GraphQLSchema;
import graphql.schema.GraphQLType;
import graphql.schema.GraphQLTypeUtil;
import graphql.schema.idl.RuntimeWiring;
import graphql.schema.idl.SchemaGenerator;
import graphql.schema.idl.SchemaParser;
import graphql.validation.ValidationError;

import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Predicate;
import java.util.function.Supplier;
import java.util.stream.Stream;

/**
 * {@code POST /admin/api/{version}/graphql.json}: the GraphQL Admin API over the sandbox shop, run
 * by graphql-java on the schema in {@code admin.graphqls}. Like Shopify it costs every query before
 * running it — objects 1, scalars and enums 0, a connection 2 plus {@code first} times one node's
 * selection — refuses one over {@link #MAX_COST} ({@code MAX_COST_EXCEEDED}), takes the cost from a
 * points bucket (THROTTLED, HTTP 200, when it does not fit), gives back what the answer did not use
 * (the same rule over what came back: connections count the nodes returned, not {@code first}) and
 * reports it all in {@code extensions.cost}. Orders page by
 * keyset cursors over (sort key, id), so an order changed between pages is never skipped. Answers
 * are HTTP 200 with {@code errors} for everything but transport problems. Thread-safe.
 */
public final class ShopifyGraphql {
    static final int MAX_COST = 1000;
    static final int MAX_PAGE = 250;
    private static final Duration HISTORY_WITHOUT_ALL_ORDERS = Duration.ofDays(60);

    /** What one query's search terms ignored, for {@code extensions.search}. */
    private static final class Stats {
        final List<String> searchWarnings = new ArrayList<>();
    }

    /** A page of orders read at once: up to one more than asked for, and whether any came before the cursor. */
    private record Page(List<SandboxOrder> upToOneMore, boolean hasPrevious) {
    }

    /** One query as the face answered it: what it asked for, what it cost (0 when refused) and the error code it got (null: none). */
    public record Call(String query, JsonNode variables, int requestedCost, int actualCost, String errorCode) {
    }

    private final SandboxShop shop;
    private final ShopifyAccess access;
    private final LeakyBucket points;
    private final Supplier<Set<Long>> unlisted;
    private final Supplier<Consumer<ServedPage>> afterOrdersPage;
    private final GraphQLSchema schema;
    private final GraphQL graphql;
    private final List<Call> calls = new java.util.concurrent.CopyOnWriteArrayList<>();

    ShopifyGraphql(SandboxShop shop, ShopifyAccess access, LeakyBucket points, Supplier<Set<Long>> unlisted,
                   Supplier<Consumer<ServedPage>> afterOrdersPage) {
        this.shop = shop;
        this.access = access;
        this.points = points;
        this.unlisted = unlisted;
        this.afterOrdersPage = afterOrdersPage;
        try (Reader sdl = new InputStreamReader(ShopifyGraphql.class.getResourceAsStream("admin.graphqls"), StandardCharsets.UTF_8)) {
            RuntimeWiring wiring = RuntimeWiring.newRuntimeWiring()
                    .type("QueryRoot", b -> b
                            .dataFetcher("shop", env -> ShopifyGraphqlRender.shop(shop, access.domain()))
                            .dataFetcher("currentAppInstallation", env -> Map.of("accessScopes",
                                    access.scopes().stream().sorted().map(h -> Map.of("handle", h)).toList()))
                            .dataFetcher("orders", this::orders)
                            .dataFetcher("ordersCount", this::ordersCount)
                            .dataFetcher("order", this::order))
                    .type("Order", b -> b.dataFetcher("lineItems", ShopifyGraphql::lineItems))
                    .build();
            schema = new SchemaGenerator().makeExecutableSchema(new SchemaParser().parse(sdl), wiring);
        } catch (java.io.IOException e) {
            throw new IllegalStateException("the sandbox's GraphQL schema is missing", e);
        }
        graphql = GraphQL.newGraphQL(schema).build();
    }

    SandboxResponse answer(JsonNode body) {
        if (body == null || !body.path("query").isTextual()) {
            return SandboxResponse.json(400, ShopifyGraphqlRender.errors("Bad Request: the body must be JSON with a query"));
        }
        String query = body.get("query").asText();
        Map<String, Object> variables = body.path("variables").isObject()
                ? ShopifyGraphqlRender.JSON.convertValue(body.get("variables"), Map.class) : Map.of();
        Document document;
        try {
            document = Parser.parse(query);
        } catch (InvalidSyntaxException e) {
            return errors(List.of(Map.of("message", e.getMessage())), null);
        }
        List<ValidationError> invalid = ParseAndValidate.validate(schema, document);
        if (!invalid.isEmpty()) {
            return errors(invalid.stream().map(v -> (Map<String, Object>) new LinkedHashMap<>(v.toSpecification())).toList(), null);
        }
        Stats stats = new Stats();
        int requested = QueryComplexityCalculator.newCalculator().schema(schema).document(document)
                .variables(CoercedVariables.of(variables)).fieldComplexityCalculator(ShopifyGraphql::cost)
                .build().calculate();
        JsonNode asked = body.path("variables");
        if (requested > MAX_COST) {
            calls.add(new Call(query, asked, requested, 0, "MAX_COST_EXCEEDED"));
            return errors(List.of(Map.of("message", "Query cost is " + requested + ", which exceeds the single query max cost limit ("
                    + MAX_COST + ").", "extensions", Map.of("code", "MAX_COST_EXCEEDED", "cost", requested, "maxCost", MAX_COST,
                    "documentation", "https://shopify.dev/api/usage/rate-limits"))), null);
        }
        if (!points.tryTake(requested)) {
            calls.add(new Call(query, asked, requested, 0, "THROTTLED"));
            return errors(List.of(Map.of("message", "Throttled", "extensions", Map.of("code", "THROTTLED",
                    "documentation", "https://shopify.dev/api/usage/rate-limits"))), costReport(requested, null));
        }
        ExecutionResult result = graphql.execute(ExecutionInput.newExecutionInput().query(query).variables(variables)
                .graphQLContext(b -> b.put(Stats.class, stats)).build());
        int actual = 0;
        if (result.getData() instanceof Map<?, ?> data) {
            for (Object value : data.values()) {
                actual += actualCost(value, "");
            }
        }
        actual = Math.min(requested, actual);
        calls.add(new Call(query, asked, requested, actual, result.getErrors().isEmpty() ? null
                : String.valueOf(result.getErrors().get(0).getExtensions() == null ? "ERROR"
                : result.getErrors().get(0).getExtensions().getOrDefault("code", "ERROR"))));
        points.giveBack(requested - actual);
        Map<String, Object> out = new LinkedHashMap<>(result.toSpecification());
        Map<String, Object> extensions = new LinkedHashMap<>();
        extensions.put("cost", costReport(requested, actual));
        if (!stats.searchWarnings.isEmpty()) {
            extensions.put("search", stats.searchWarnings.stream().map(w -> Map.of("message", w)).toList());
        }
        out.put("extensions", extensions);
        return json(out);
    }

    List<Call> calls() {
        return List.copyOf(calls);
    }

    /** Shopify's rule for the requested cost, field by field ({@code child}: what the selection inside costs). */
    private static int cost(FieldComplexityEnvironment env, int child) {
        String field = env.getField().getName();
        GraphQLType type = GraphQLTypeUtil.unwrapAll(env.getFieldDefinition().getType());
        if (GraphQLTypeUtil.simplePrint(type).endsWith("Connection")) {
            Object first = env.getArguments().get("first");
            return 2 + (first instanceof Integer i ? Math.max(0, i) : 0) * child;
        }
        if (field.equals("edges")) {
            return child; // the node inside counts
        }
        if (field.equals("pageInfo") || !(type instanceof graphql.schema.GraphQLObjectType)) {
            return 0;
        }
        return 1 + child;
    }

    /** The same rule over an answer: a connection 2 plus its nodes, an object 1, page info and scalars 0. */
    private static int actualCost(Object value, String field) {
        if (value instanceof Map<?, ?> m) {
            if (field.equals("pageInfo")) {
                return 0;
            }
            int sum = 0;
            for (Map.Entry<?, ?> e : m.entrySet()) {
                sum += actualCost(e.getValue(), String.valueOf(e.getKey()));
            }
            boolean connection = m.containsKey("nodes") || m.containsKey("edges");
            return (connection ? 2 : 1) + sum;
        }
        if (value instanceof List<?> list) {
            int sum = 0;
            for (Object element : list) {
                sum += field.equals("edges") && element instanceof Map<?, ?> edge ? actualCost(edge.get("node"), "node")
                        : actualCost(element, field);
            }
            return sum;
        }
        return 0;
    }

    private Map<String, Object> costReport(int requested, Integer actual) {
        Map<String, Object> throttle = new LinkedHashMap<>();
        throttle.put("maximumAvailable", (double) points.capacity());
        throttle.put("currentlyAvailable", (int) Math.floor(points.available()));
        throttle.put("restoreRate", points.leakPerSecond());
        Map<String, Object> cost = new LinkedHashMap<>();
        cost.put("requestedQueryCost", requested);
        cost.put("actualQueryCost", actual);
        cost.put("throttleStatus", throttle);
        return cost;
    }

    private Object orders(DataFetchingEnvironment env) {
        if (!canReadOrders()) {
            return denied(env, "orders");
        }
        Integer first = env.getArgument("first");
        if (env.getArgument("last") != null || env.getArgument("before") != null) {
            return failure(env, "the sandbox pages forward only: use first and after");
        }
        if (first == null || first < 1 || first > MAX_PAGE) {
            return failure(env, "first must be between 1 and " + MAX_PAGE + " (got " + first + ")");
        }
        String sortKey = env.getArgument("sortKey");
        boolean reverse = Boolean.TRUE.equals(env.getArgument("reverse"));
        SandboxShop.Index index = switch (sortKey) {
            case "CREATED_AT", "PROCESSED_AT" -> SandboxShop.Index.CREATED;
            case "UPDATED_AT" -> SandboxShop.Index.UPDATED;
            default -> SandboxShop.Index.ID;
        };
        ShopifySearch search;
        try {
            search = ShopifySearch.parse(env.getArgument("query"), shop.zone());
        } catch (ShopifySearch.BadQuery e) {
            return failure(env, e.getMessage());
        }
        Stats stats = env.getGraphQlContext().get(Stats.class);
        stats.searchWarnings.addAll(search.warnings());
        SandboxShop.Key cursor = env.getArgument("after") == null ? null : decode(env.getArgument("after"));
        if (env.getArgument("after") != null && cursor == null) {
            return failure(env, "Invalid cursor for current pagination sort.");
        }
        Set<Long> hidden = unlisted.get();
        Predicate<SandboxOrder> listed = visible().and(search::matches).and(o -> !hidden.contains(o.id()));
        SandboxShop.Range range = range(search, index);
        // the cursor's (last_value, last_id) is the index's own key: read on from it, up to the page and one more
        SandboxShop.Range rest = cursor == null ? range : reverse ? range.below(cursor) : range.from(cursor.next());
        Page read = shop.atomically(() -> new Page(shop.read(rest, reverse, orders -> orders.filter(listed).limit(first + 1L).toList()),
                cursor != null && shop.read(reverse ? range.from(cursor) : range.below(cursor.next()), !reverse,
                        orders -> orders.anyMatch(listed))));
        boolean hasNext = read.upToOneMore().size() > first;
        List<SandboxOrder> page = hasNext ? read.upToOneMore().subList(0, first) : read.upToOneMore();
        List<Map<String, Object>> nodes = page.stream().map(ShopifyGraphqlRender::order).toList();
        List<Map<String, Object>> edges = new ArrayList<>();
        for (int i = 0; i < page.size(); i++) {
            edges.add(Map.of("cursor", encode(index.key(page.get(i))), "node", nodes.get(i)));
        }
        boolean hasPrevious = read.hasPrevious();
        Consumer<ServedPage> hook = afterOrdersPage.get();
        if (hook != null) {
            hook.accept(new ServedPage(page.stream().map(SandboxOrder::id).toList(), hasNext, hasPrevious));
        }
        return connection(edges, nodes, hasNext, hasPrevious);
    }

    private Object ordersCount(DataFetchingEnvironment env) {
        if (!canReadOrders()) {
            return denied(env, "ordersCount");
        }
        ShopifySearch search;
        try {
            search = ShopifySearch.parse(env.getArgument("query"), shop.zone());
        } catch (ShopifySearch.BadQuery e) {
            return failure(env, e.getMessage());
        }
        Stats stats = env.getGraphQlContext().get(Stats.class);
        stats.searchWarnings.addAll(search.warnings());
        Predicate<SandboxOrder> listed = visible().and(search::matches);
        List<SandboxShop.Range> bounded = Stream.of(SandboxShop.Index.UPDATED, SandboxShop.Index.CREATED, SandboxShop.Index.ID)
                .map(i -> range(search, i)).filter(r -> r.from() != null || r.to() != null).toList();
        long n = shop.count(listed, bounded.isEmpty() ? List.of(SandboxShop.Range.all(SandboxShop.Index.ID)) : bounded);
        Integer limit = env.getArgument("limit"); // null only when the query says limit: null
        boolean capped = limit != null && n > limit;
        return Map.of("count", capped ? limit : n, "precision", capped ? "AT_LEAST" : "EXACT");
    }

    private Object order(DataFetchingEnvironment env) {
        if (!canReadOrders()) {
            return denied(env, "order");
        }
        String gid = env.getArgument("id");
        String prefix = "gid://shopify/Order/";
        if (gid == null || !gid.startsWith(prefix) || !gid.substring(prefix.length()).matches("\\d{1,19}")) {
            return failure(env, "Invalid global id '" + gid + "'");
        }
        long id = Long.parseLong(gid.substring(prefix.length()));
        return shop.order(id).filter(visible()).map(ShopifyGraphqlRender::order).orElse(null);
    }

    private static Object lineItems(DataFetchingEnvironment env) {
        Map<String, Object> source = env.getSource();
        SandboxOrder o = (SandboxOrder) source.get(ShopifyGraphqlRender.ORDER);
        Integer first = env.getArgument("first");
        if (first == null || first < 1 || first > MAX_PAGE) {
            return failure(env, "first must be between 1 and " + MAX_PAGE + " (got " + first + ")");
        }
        int start = 0;
        if (env.getArgument("after") != null) {
            SandboxShop.Key p = decode(env.getArgument("after"));
            if (p == null || p.id() != o.id()) {
                return failure(env, "Invalid cursor for current pagination sort.");
            }
            start = (int) p.sort() + 1;
        }
        int end = Math.min(o.lines().size(), start + first);
        List<Map<String, Object>> nodes = new ArrayList<>();
        List<Map<String, Object>> edges = new ArrayList<>();
        for (int i = start; i < end; i++) {
            Map<String, Object> line = ShopifyGraphqlRender.line(o, i);
            nodes.add(line);
            edges.add(Map.of("cursor", encode(new SandboxShop.Key(i, o.id())), "node", line));
        }
        return connection(edges, nodes, end < o.lines().size(), start > 0);
    }

    /** A connection as Shopify shapes it: edges with cursors, the same nodes, and the page info. */
    private static Map<String, Object> connection(List<Map<String, Object>> edges, List<Map<String, Object>> nodes,
                                                  boolean hasNext, boolean hasPrevious) {
        Map<String, Object> pageInfo = new LinkedHashMap<>();
        pageInfo.put("hasNextPage", hasNext);
        pageInfo.put("hasPreviousPage", hasPrevious);
        pageInfo.put("startCursor", edges.isEmpty() ? null : edges.get(0).get("cursor"));
        pageInfo.put("endCursor", edges.isEmpty() ? null : edges.get(edges.size() - 1).get("cursor"));
        return Map.of("edges", edges, "nodes", nodes, "pageInfo", pageInfo);
    }

    private boolean canReadOrders() {
        return access.scopes().contains("read_orders") || access.scopes().contains("write_orders");
    }

    /** Whether this app may see an order: without read_all_orders, the last 60 days only. */
    private Predicate<SandboxOrder> visible() {
        Instant from = visibleFrom();
        return o -> from == null || !o.createdAt().isBefore(from);
    }

    private Instant visibleFrom() {
        return access.scopes().contains("read_all_orders") ? null : shop.now().minus(HISTORY_WITHOUT_ALL_ORDERS);
    }

    /** The part of {@code index} the search (and, by creation, what this app may see) leaves. */
    private SandboxShop.Range range(ShopifySearch search, SandboxShop.Index index) {
        SandboxShop.Range r = search.range(index);
        Instant from = visibleFrom();
        return index == SandboxShop.Index.CREATED && from != null ? r.from(SandboxShop.Key.first(from.getEpochSecond())) : r;
    }

    /** Opaque like Shopify's: base64 of {"last_id":…,"last_value":…}. */
    private static String encode(SandboxShop.Key p) {
        String json = "{\"last_id\":" + p.id() + ",\"last_value\":" + p.sort() + "}";
        return Base64.getUrlEncoder().withoutPadding().encodeToString(json.getBytes(StandardCharsets.UTF_8));
    }

    private static SandboxShop.Key decode(String cursor) {
        try {
            JsonNode n = ShopifyGraphqlRender.JSON.readTree(Base64.getUrlDecoder().decode(cursor));
            if (!n.path("last_id").canConvertToLong() || !n.path("last_value").canConvertToLong()) {
                return null;
            }
            return new SandboxShop.Key(n.get("last_value").asLong(), n.get("last_id").asLong());
        } catch (Exception e) {
            return null;
        }
    }

    private static DataFetcherResult<Object> denied(DataFetchingEnvironment env, String field) {
        GraphQLError error = GraphqlErrorBuilder.newError(env)
                .message("Access denied for " + field + " field. Required access: `read_orders` access scope.")
                .extensions(Map.of("code", "ACCESS_DENIED", "documentation", "https://shopify.dev/api/usage/access-scopes",
                        "requiredAccess", "`read_orders` access scope."))
                .build();
        return DataFetcherResult.newResult().error(error).build();
    }

    private static DataFetcherResult<Object> failure(DataFetchingEnvironment env, String message) {
        return DataFetcherResult.newResult().error(GraphqlErrorBuilder.newError(env).message(message).build()).build();
    }

    private static SandboxResponse errors(List<Map<String, Object>> errors, Map<String, Object> cost) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("errors", errors);
        if (cost != null) {
            out.put("extensions", Map.of("cost", cost));
        }
        return json(out);
    }

    private static SandboxResponse json(Map<String, Object> body) {
        try {
            return SandboxResponse.json(200, ShopifyGraphqlRender.JSON.writeValueAsString(body));
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
