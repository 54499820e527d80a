package golive.sandbox.magento;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import golive.sandbox.SandboxOrder;
import golive.sandbox.SandboxShop;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * One {@code searchCriteria} as Magento's {@code SearchCriteriaBuilder} reads it from the query:
 * filter groups ANDed, the filters inside a group ORed, condition types eq, neq, gt, gteq, lt,
 * lteq, in and nin compared against the rendered column (dates as their UTC text, the way MySQL
 * compares a string with a DATETIME column); sort orders; {@code pageSize} (absent: every match)
 * and {@code currentPage} (1-based). Immutable.
 */
final class MagentoSearch {
    private static final Pattern FILTER = Pattern.compile("searchCriteria\\[filter_groups]\\[(\\d+)]\\[filters]\\[(\\d+)]\\[(field|value|condition_type)]");
    /** The column's text of a real time (strict: "2025-02-30" is no day, so it bounds nothing). */
    private static final DateTimeFormatter COLUMN_TIME = DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm:ss")
            .withResolverStyle(ResolverStyle.STRICT).withZone(ZoneOffset.UTC);
    private static final Pattern SORT = Pattern.compile("searchCriteria\\[sortOrders]\\[(\\d+)]\\[(field|direction)]");

    /** One filter: {@code field condition value}. */
    record Filter(String field, String value, String condition) {
    }

    /** One sort order. */
    record Sort(String field, boolean ascending) {
    }

    /** A pageSize or currentPage that is not an integer, as Magento's type check names it. */
    static final class NotAnInteger extends IllegalArgumentException {
        final String value;

        NotAnInteger(String value) {
            super("not an integer: " + value);
            this.value = value;
        }
    }

    private final List<List<Filter>> groups = new ArrayList<>();
    private final List<Sort> sorts = new ArrayList<>();
    private final Integer pageSize;
    private final int currentPage;

    /** @throws IllegalArgumentException naming a field the orders table has no column for ({@link NotAnInteger} for a bad number) */
    MagentoSearch(Map<String, String> params) {
        Map<Integer, Map<Integer, Map<String, String>>> filters = new TreeMap<>();
        Map<Integer, Map<String, String>> sortParts = new TreeMap<>();
        params.forEach((k, v) -> {
            Matcher f = FILTER.matcher(k);
            Matcher s = SORT.matcher(k);
            if (f.matches()) {
                filters.computeIfAbsent(Integer.parseInt(f.group(1)), g -> new TreeMap<>())
                        .computeIfAbsent(Integer.parseInt(f.group(2)), i -> new TreeMap<>()).put(f.group(3), v);
            } else if (s.matches()) {
                sortParts.computeIfAbsent(Integer.parseInt(s.group(1)), i -> new TreeMap<>()).put(s.group(2), v);
            }
        });
        filters.values().forEach(g -> groups.add(g.values().stream().map(p -> new Filter(known(p.get("field")), p.getOrDefault("value", ""),
                p.getOrDefault("condition_type", "eq"))).toList()));
        sortParts.values().forEach(p -> sorts.add(new Sort(known(p.get("field")), !"DESC".equalsIgnoreCase(p.get("direction")))));
        String size = params.get("searchCriteria[pageSize]");
        this.pageSize = size == null ? null : integer(size);
        String page = params.get("searchCriteria[currentPage]");
        this.currentPage = page == null ? 1 : Math.max(1, integer(page));
    }

    private static int integer(String v) {
        try {
            return Integer.parseInt(v.strip());
        } catch (NumberFormatException e) {
            throw new NotAnInteger(v);
        }
    }

    private static String known(String field) {
        if (!MagentoRender.FIELDS.contains(field)) {
            throw new IllegalArgumentException("no column " + field);
        }
        return field;
    }

    /** The page size asked for, or null when the request sent none. */
    Integer pageSize() {
        return pageSize;
    }

    int currentPage() {
        return currentPage;
    }

    Predicate<SandboxOrder> matches() {
        Predicate<SandboxOrder> all = o -> true;
        for (List<Filter> group : groups) {
            Predicate<SandboxOrder> any = o -> false;
            for (Filter f : group) {
                any = any.or(test(f));
            }
            all = all.and(any);
        }
        return all;
    }

    private static Predicate<SandboxOrder> test(Filter f) {
        List<String> list = Arrays.stream(f.value().split(",")).map(String::strip).toList();
        Function<SandboxOrder, Instant> time = switch (f.field()) {
            case "created_at" -> SandboxOrder::createdAt;
            case "updated_at" -> SandboxOrder::updatedAt;
            default -> null;
        };
        Long second = time == null ? null : columnSecond(f.value());
        return switch (f.condition()) {
            case "in" -> o -> list.contains(String.valueOf(MagentoRender.field(o, f.field())));
            case "nin" -> o -> !list.contains(String.valueOf(MagentoRender.field(o, f.field())));
            // the column's text sorts as its time, so a value in that text compares as seconds, with nothing rendered
            default -> second != null ? o -> holds(f.condition(), Long.compare(time.apply(o).getEpochSecond(), second))
                    : o -> holds(f.condition(), compare(MagentoRender.field(o, f.field()), f.value()));
        };
    }

    private static boolean holds(String condition, int compared) {
        return switch (condition) {
            case "neq" -> compared != 0;
            case "gt" -> compared > 0;
            case "gteq" -> compared >= 0;
            case "lt" -> compared < 0;
            case "lteq" -> compared <= 0;
            default -> compared == 0; // eq, and Magento's fallback
        };
    }

    private static int compare(Comparable<?> actual, String value) {
        if (actual instanceof Long n) {
            try {
                return Long.compare(n, Long.parseLong(value.strip()));
            } catch (NumberFormatException e) {
                return Long.compare(n, 0); // MySQL reads a non-number as 0
            }
        }
        return String.valueOf(actual).compareTo(value);
    }

    /** true or false when the first sort is entity_id (unique, so it decides) ascending or descending, or there is none; null otherwise. */
    Boolean byEntityIdAscending() {
        return sorts.isEmpty() ? Boolean.TRUE : sorts.get(0).field().equals("entity_id") ? sorts.get(0).ascending() : null;
    }

    /** The running numbers the entity_id filters leave (the filters still decide). */
    SandboxShop.Range numbers() {
        return bounds(SandboxShop.Index.NUMBER);
    }

    /** Index ranges that each hold every match, from the filter groups of one bound each: what a count walks. */
    List<SandboxShop.Range> candidates() {
        List<SandboxShop.Range> bounded = Stream.of(SandboxShop.Index.NUMBER, SandboxShop.Index.CREATED, SandboxShop.Index.UPDATED)
                .map(this::bounds).filter(r -> r.from() != null || r.to() != null).toList();
        return bounded.isEmpty() ? List.of(SandboxShop.Range.all(SandboxShop.Index.NUMBER)) : bounded;
    }

    /**
     * The range of {@code index} that the groups of a single filter on its column allow: whole
     * numbers for entity_id, epoch seconds for a date in the column's own text (which compares as its
     * time). Safe, never exact: the bound's own value is kept in.
     */
    private SandboxShop.Range bounds(SandboxShop.Index index) {
        String column = switch (index) {
            case NUMBER -> "entity_id";
            case CREATED -> "created_at";
            case UPDATED -> "updated_at";
            case ID -> throw new IllegalArgumentException("no column for " + index);
        };
        Long lowest = null;
        Long highest = null;
        for (List<Filter> group : groups) {
            Filter f = group.get(0);
            Long v = group.size() != 1 || !f.field().equals(column) ? null
                    : index == SandboxShop.Index.NUMBER ? number(f.value()) : columnSecond(f.value());
            if (v == null) {
                continue;
            }
            if (List.of("gt", "gteq", "eq").contains(f.condition())) {
                lowest = lowest == null ? v : Math.max(lowest, v);
            }
            if (List.of("lt", "lteq", "eq").contains(f.condition())) {
                highest = highest == null ? v : Math.min(highest, v);
            }
        }
        return SandboxShop.Range.of(index, lowest, highest);
    }

    private static Long number(String value) {
        return value.strip().matches("-?\\d{1,18}") ? Long.parseLong(value.strip()) : null;
    }

    /** The epoch second of a value in the column's own text, or null for any other. */
    private static Long columnSecond(String value) {
        if (value.length() != 19 || !Character.isDigit(value.charAt(0))) {
            return null; // a year of other than four digits would not sort as its text
        }
        try {
            return Instant.from(COLUMN_TIME.parse(value)).getEpochSecond();
        } catch (DateTimeException e) {
            return null; // compared as text only
        }
    }

    /** The sort orders given, else the table's own order (entity_id). */
    @SuppressWarnings({"unchecked", "rawtypes"})
    Comparator<SandboxOrder> order() {
        Comparator<SandboxOrder> c = null;
        for (Sort s : sorts) {
            Comparator<SandboxOrder> one = Comparator.comparing(o -> (Comparable) MagentoRender.field(o, s.field()));
            one = s.ascending() ? one : one.reversed();
            c = c == null ? one : c.thenComparing(one);
        }
        Comparator<SandboxOrder> byId = Comparator.comparingLong(SandboxOrder::number);
        return c == null ? byId : c.thenComparing(byId);
    }

    /** The criteria as Magento echoes them in {@code search_criteria}. */
    ObjectNode echo(int page) {
        ObjectNode n = MagentoRender.JSON.createObjectNode();
        ArrayNode g = n.putArray("filter_groups");
        for (List<Filter> group : groups) {
            ArrayNode fs = g.addObject().putArray("filters");
            group.forEach(f -> fs.addObject().put("field", f.field()).put("value", f.value()).put("condition_type", f.condition()));
        }
        if (!sorts.isEmpty()) {
            ArrayNode so = n.putArray("sort_orders");
            sorts.forEach(s -> so.addObject().put("field", s.field()).put("direction", s.ascending() ? "ASC" : "DESC"));
        }
        if (pageSize != null) {
            n.put("page_size", pageSize);
        }
        n.put("current_page", page);
        return n;
    }
}
