package golive.sandbox.bigcommerce;

import golive.sandbox.SandboxOrder;

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

    private final Predicate<SandboxOrder> filter;
    private final Comparator<SandboxOrder> order;
    private final int limit;
    private final int page;

    private BigCommerceListing(Predicate<SandboxOrder> filter, Comparator<SandboxOrder> order, int limit, int page) {
        this.filter = filter;
        this.order = order;
        this.limit = limit;
        this.page = page;
    }

    /** @throws Refused for a value V2 would not take */
    static BigCommerceListing parse(Map<String, String> params) {
        Predicate<SandboxOrder> f = o -> true;
        f = f.and(dateBound(params, "min_date_created", SandboxOrder::createdAt, true));
        f = f.and(dateBound(params, "max_date_created", SandboxOrder::createdAt, false));
        f = f.and(dateBound(params, "min_date_modified", SandboxOrder::updatedAt, true));
        f = f.and(dateBound(params, "max_date_modified", SandboxOrder::updatedAt, false));
        if (params.containsKey("min_id")) {
            long min = integer(params, "min_id");
            f = f.and(o -> o.number() >= min);
        }
        if (params.containsKey("max_id")) {
            long max = integer(params, "max_id");
            f = f.and(o -> o.number() <= max);
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
        return new BigCommerceListing(f, sort(params.getOrDefault("sort", "id:asc")), limit, page);
    }

    /** The page asked for, from {@code all}. */
    List<SandboxOrder> page(List<SandboxOrder> all) {
        List<SandboxOrder> matching = all.stream().filter(filter).sorted(order).toList();
        int from = (int) Math.min((long) (page - 1) * limit, matching.size());
        return matching.subList(from, Math.min(from + limit, matching.size()));
    }

    boolean hasNext(List<SandboxOrder> all) {
        return all.stream().filter(filter).count() > (long) page * limit;
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
