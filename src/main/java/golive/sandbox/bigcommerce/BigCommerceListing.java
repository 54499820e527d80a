package golive.sandbox.bigcommerce;

import golive.sandbox.SandboxOrder;
import golive.sandbox.SandboxShop;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Stream;

/**
 * The query of {@code GET /v2/orders} as V2 reads it: {@code min_/max_date_created} and
 * {@code min_/max_date_modified} (inclusive; RFC 2822 or ISO 8601 with an offset — an offset's
 * unencoded '+' arrives as a space and is refused), {@code min_id}/{@code max_id}, one
 * {@code status_id}, {@code sort=field:asc|desc} (default id ascending), {@code limit} (default 50,
 * over 250 refused with 413) and a 1-based {@code page}. Immutable.
 */
final class BigCommerceListing {
    static final int MAX_LIMIT = 250;

    /** A query V2 refuses, with the status and the gateway's title. */
    static final class Refused extends RuntimeException {
        final int status;

        Refused(int status, String title) {
            super(title);
            this.status = status;
        }
    }

    /** The orders of one page, and whether more match after it. */
    record Page(List<SandboxOrder> orders, boolean hasNext) {
    }

    private final Predicate<SandboxOrder> filter;
    private final Comparator<SandboxOrder> order;
    private final SandboxShop.Range range;
    private final boolean descending;
    private final int limit;
    private final int page;

    private BigCommerceListing(Predicate<SandboxOrder> filter, Comparator<SandboxOrder> order, SandboxShop.Range range,
                               boolean descending, int limit, int page) {
        this.filter = filter;
        this.order = order;
        this.range = range;
        this.descending = descending;
        this.limit = limit;
        this.page = page;
    }

    /** @throws Refused for a value V2 would not take */
    static BigCommerceListing parse(Map<String, String> params) {
        Predicate<SandboxOrder> f = o -> true;
        Long[] created = {seconds(params, "min_date_created"), seconds(params, "max_date_created")};
        Long[] modified = {seconds(params, "min_date_modified"), seconds(params, "max_date_modified")};
        f = f.and(dateBound(params, "min_date_created", SandboxOrder::createdAt, true));
        f = f.and(dateBound(params, "max_date_created", SandboxOrder::createdAt, false));
        f = f.and(dateBound(params, "min_date_modified", SandboxOrder::updatedAt, true));
        f = f.and(dateBound(params, "max_date_modified", SandboxOrder::updatedAt, false));
        Long[] ids = new Long[2];
        if (params.containsKey("min_id")) {
            long min = integer(params, "min_id");
            f = f.and(o -> o.number() >= min);
            ids[0] = min;
        }
        if (params.containsKey("max_id")) {
            long max = integer(params, "max_id");
            f = f.and(o -> o.number() <= max);
            ids[1] = max;
        }
        if (params.containsKey("status_id")) {
            long status = integer(params, "status_id"); // one value: "11,9" is refused
            f = f.and(o -> BigCommerceRender.statusId(o) == status);
        }
        int limit = params.containsKey("limit") ? (int) integer(params, "limit") : 50;
        if (limit > MAX_LIMIT) {
            throw new Refused(413, "The limit parameter exceeded the maximum of " + MAX_LIMIT);
        }
        int page = params.containsKey("page") ? (int) integer(params, "page") : 1;
        if (limit < 1 || page < 1) {
            throw new Refused(400, "The limit and page parameters must be positive");
        }
        String sort = params.getOrDefault("sort", "id:asc");
        Comparator<SandboxOrder> order = sort(sort);
        String[] parts = sort.split(":");
        SandboxShop.Range range = switch (parts[0]) {
            case "id" -> SandboxShop.Range.of(SandboxShop.Index.NUMBER, ids[0], ids[1]);
            case "date_created" -> SandboxShop.Range.of(SandboxShop.Index.CREATED, created[0], created[1]);
            case "date_modified" -> SandboxShop.Range.of(SandboxShop.Index.UPDATED, modified[0], modified[1]);
            default -> null; // no index: sorted in full
        };
        return new BigCommerceListing(f, order, range, parts.length > 1 && parts[1].equals("desc"), limit, page);
    }

    /** The page asked for: read in index order up to its end and one more, or sorted in full for a sort no index keeps. */
    Page read(SandboxShop shop) {
        long skip = (long) (page - 1) * limit;
        Function<Stream<SandboxOrder>, List<SandboxOrder>> read = orders -> {
            Stream<SandboxOrder> kept = orders.filter(filter);
            return (range == null ? kept.sorted(order) : kept).skip(skip).limit(limit + 1L).toList();
        };
        List<SandboxOrder> upToOneMore = range == null ? shop.read(SandboxShop.Range.all(SandboxShop.Index.CREATED), true, read)
                : shop.read(range, descending, read);
        boolean more = upToOneMore.size() > limit;
        return new Page(more ? upToOneMore.subList(0, limit) : upToOneMore, more);
    }

    private static Comparator<SandboxOrder> sort(String sort) {
        String[] parts = sort.split(":");
        Comparator<SandboxOrder> byId = Comparator.comparingLong(SandboxOrder::number);
        Comparator<SandboxOrder> c = switch (parts[0]) {
            case "id" -> byId;
            case "date_created" -> Comparator.comparing(SandboxOrder::createdAt).thenComparing(byId);
            case "date_modified" -> Comparator.comparing(SandboxOrder::updatedAt).thenComparing(byId);
            case "status_id" -> Comparator.comparingInt(BigCommerceRender::statusId).thenComparing(byId);
            default -> throw new Refused(400, "The sort parameter '" + sort + "' is not valid");
        };
        if (parts.length == 1 || parts[1].equals("asc")) {
            return c;
        }
        if (parts[1].equals("desc")) {
            return c.reversed();
        }
        throw new Refused(400, "The sort parameter '" + sort + "' is not valid");
    }

    /** A date bound's epoch second (an order's whole second there is still read), or null when not given. */
    private static Long seconds(Map<String, String> params, String name) {
        String v = params.get(name);
        return v == null ? null : date(name, v).getEpochSecond();
    }

    private static Predicate<SandboxOrder> dateBound(Map<String, String> params, String name,
                                                     Function<SandboxOrder, Instant> field, boolean min) {
        String v = params.get(name);
        if (v == null) {
            return o -> true;
        }
        Instant bound = date(name, v);
        return min ? o -> !field.apply(o).isBefore(bound) : o -> !field.apply(o).isAfter(bound);
    }

    private static Instant date(String name, String v) {
        try {
            return ZonedDateTime.parse(v, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
        } catch (DateTimeException notRfc2822) {
            try {
                return OffsetDateTime.parse(v).toInstant();
            } catch (DateTimeException e) {
                throw new Refused(400, "The filter " + name + " must be a date in RFC 2822 or ISO 8601 with its offset;"
                        + " got '" + v + "' (an offset's '+' must be sent as %2B)");
            }
        }
    }

    private static long integer(Map<String, String> params, String name) {
        try {
            return Long.parseLong(params.get(name).strip());
        } catch (NumberFormatException e) {
            throw new Refused(400, "The filter " + name + " must be a whole number; got '" + params.get(name) + "'");
        }
    }
}
