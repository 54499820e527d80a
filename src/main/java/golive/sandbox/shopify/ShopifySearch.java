package golive.sandbox.shopify;

import golive.sandbox.SandboxOrder;
import golive.sandbox.SandboxShop;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Predicate;

/**
 * The subset of Shopify's search syntax the GraphQL {@code orders} and {@code ordersCount} queries
 * take: terms joined by spaces (AND), {@code field:value} with {@code > >= < <=} for dates and ids,
 * values quoted with ' or ", a leading {@code -} or {@code NOT} for negation. Fields: created_at,
 * updated_at, processed_at, id, status, fulfillment_status, financial_status, test, name, email.
 * As on Shopify an unknown field is not an error: it is ignored and reported as a warning (a typo
 * silently widens the query). A date without an offset is read in the shop's zone. Immutable.
 */
final class ShopifySearch {
    private final Predicate<SandboxOrder> test;
    private final List<String> warnings;
    private final Map<SandboxShop.Index, Long> lowest;
    private final Map<SandboxShop.Index, Long> highest;

    private ShopifySearch(Predicate<SandboxOrder> test, List<String> warnings, Map<SandboxShop.Index, Long> lowest,
                          Map<SandboxShop.Index, Long> highest) {
        this.test = test;
        this.warnings = List.copyOf(warnings);
        this.lowest = Map.copyOf(lowest);
        this.highest = Map.copyOf(highest);
    }

    /** A bad value Shopify would refuse: answered as a GraphQL error. */
    static final class BadQuery extends RuntimeException {
        BadQuery(String message) {
            super(message);
        }
    }

    static ShopifySearch parse(String query, ZoneId zone) {
        Predicate<SandboxOrder> all = o -> true;
        List<String> warnings = new ArrayList<>();
        Map<SandboxShop.Index, Long> lowest = new EnumMap<>(SandboxShop.Index.class);
        Map<SandboxShop.Index, Long> highest = new EnumMap<>(SandboxShop.Index.class);
        for (String token : tokens(query == null ? "" : query)) {
            boolean negate = false;
            String term = token;
            if (term.equals("AND")) {
                continue;
            }
            if (term.equals("OR")) {
                throw new BadQuery("the sandbox's search does not take OR");
            }
            if (term.startsWith("-")) {
                negate = true;
                term = term.substring(1);
            }
            int colon = term.indexOf(':');
            if (colon <= 0) {
                warnings.add("free-text search term '" + term + "' is ignored");
                continue;
            }
            String field = term.substring(0, colon).toLowerCase(Locale.ROOT);
            String rest = term.substring(colon + 1);
            String op = rest.startsWith(">=") || rest.startsWith("<=") ? rest.substring(0, 2)
                    : rest.startsWith(">") || rest.startsWith("<") ? rest.substring(0, 1) : "=";
            String value = unquote(rest.substring(op.equals("=") ? 0 : op.length()));
            Predicate<SandboxOrder> p = term(field, op, value, zone);
            if (p == null) {
                warnings.add("Invalid search field for this query: '" + field + "'.");
                continue;
            }
            all = all.and(negate ? p.negate() : p);
            SandboxShop.Index index = switch (field) {
                case "created_at", "processed_at" -> SandboxShop.Index.CREATED;
                case "updated_at" -> SandboxShop.Index.UPDATED;
                case "id" -> SandboxShop.Index.ID;
                default -> null;
            };
            if (index != null && !negate) {
                // epoch seconds round down, so the bound's own second stays in: the term still decides
                long v = index == SandboxShop.Index.ID ? id(value) : instant(field, value, zone).getEpochSecond();
                if (!op.startsWith("<")) {
                    lowest.merge(index, v, Math::max);
                }
                if (!op.startsWith(">")) {
                    highest.merge(index, v, Math::min);
                }
            }
        }
        return new ShopifySearch(all, warnings, lowest, highest);
    }

    /** The part of {@code index} the search's bounds on its field leave (the whole index when it has none). */
    SandboxShop.Range range(SandboxShop.Index index) {
        return SandboxShop.Range.of(index, lowest.get(index), highest.get(index));
    }

    boolean matches(SandboxOrder o) {
        return test.test(o);
    }

    /** What {@code extensions.search} reports: the ignored terms. */
    List<String> warnings() {
        return warnings;
    }

    private static Predicate<SandboxOrder> term(String field, String op, String value, ZoneId zone) {
        return switch (field) {
            case "created_at", "processed_at" -> compare(op, instant(field, value, zone), SandboxOrder::createdAt);
            case "updated_at" -> compare(op, instant(field, value, zone), SandboxOrder::updatedAt);
            case "id" -> {
                long id = id(value);
                yield o -> compareLong(op, Long.compare(o.id(), id));
            }
            case "status" -> switch (value.toLowerCase(Locale.ROOT)) {
                case "open" -> SandboxOrder::open;
                case "closed" -> o -> o.closedAt() != null;
                case "cancelled" -> o -> o.cancelledAt() != null;
                case "not_closed" -> o -> o.closedAt() == null;
                case "any" -> o -> true;
                default -> throw new BadQuery("status must be open, closed, cancelled, not_closed or any (got '" + value + "')");
            };
            case "fulfillment_status" -> fulfilment(value.toLowerCase(Locale.ROOT));
            case "financial_status" -> o -> ShopifyGraphqlRender.financialStatus(o).equalsIgnoreCase(value);
            case "test" -> o -> o.test() == Boolean.parseBoolean(value);
            case "name" -> o -> ShopifyGraphqlRender.name(o).equals(value.startsWith("#") ? value : "#" + value);
            case "email" -> o -> value.equalsIgnoreCase(o.email());
            default -> null;
        };
    }

    private static Predicate<SandboxOrder> fulfilment(String value) {
        return switch (value) {
            case "shipped", "fulfilled" -> o -> o.fulfilment() == SandboxOrder.Fulfilment.FULFILLED;
            case "partial" -> o -> o.fulfilment() == SandboxOrder.Fulfilment.PARTIAL;
            case "unshipped" -> o -> o.fulfilment() == SandboxOrder.Fulfilment.UNFULFILLED;
            case "unfulfilled" -> o -> o.fulfilment() != SandboxOrder.Fulfilment.FULFILLED;
            case "on_hold" -> o -> o.hold() == SandboxOrder.Hold.ON_HOLD;
            case "scheduled" -> o -> o.hold() == SandboxOrder.Hold.SCHEDULED;
            case "any" -> o -> true;
            default -> throw new BadQuery("unknown fulfillment_status '" + value + "'");
        };
    }

    private static Predicate<SandboxOrder> compare(String op, Instant bound, java.util.function.Function<SandboxOrder, Instant> of) {
        return o -> compareLong(op, of.apply(o).compareTo(bound));
    }

    private static boolean compareLong(String op, int c) {
        return switch (op) {
            case ">" -> c > 0;
            case ">=" -> c >= 0;
            case "<" -> c < 0;
            case "<=" -> c <= 0;
            default -> c == 0;
        };
    }

    private static long id(String value) {
        String v = value.startsWith("gid://shopify/Order/") ? value.substring("gid://shopify/Order/".length()) : value;
        try {
            return Long.parseLong(v);
        } catch (NumberFormatException e) {
            throw new BadQuery("id must be a number (got '" + value + "')");
        }
    }

    /** ISO 8601 with an offset or Z; without one, in the shop's zone; a bare date at its start. */
    private static Instant instant(String field, String v, ZoneId zone) {
        try {
            return OffsetDateTime.parse(v).toInstant();
        } catch (DateTimeException ignored) {
            // try the zone-less forms
        }
        try {
            return LocalDateTime.parse(v).atZone(zone).toInstant();
        } catch (DateTimeException ignored) {
            // try a bare date
        }
        try {
            return LocalDate.parse(v).atStartOfDay(zone).toInstant();
        } catch (DateTimeException e) {
            throw new BadQuery(field + " must be a date or date-time such as 2026-11-20T23:00:00Z (got '" + v + "')");
        }
    }

    private static String unquote(String v) {
        if (v.length() >= 2 && (v.charAt(0) == '\'' || v.charAt(0) == '"') && v.charAt(v.length() - 1) == v.charAt(0)) {
            return v.substring(1, v.length() - 1);
        }
        return v;
    }

    /** Splits on spaces outside quotes; "NOT x" becomes "-x". */
    private static List<String> tokens(String q) {
        List<String> out = new ArrayList<>();
        StringBuilder cur = new StringBuilder();
        char quote = 0;
        for (char ch : q.toCharArray()) {
            if (quote != 0) {
                cur.append(ch);
                if (ch == quote) {
                    quote = 0;
                }
            } else if (ch == '\'' || ch == '"') {
                quote = ch;
                cur.append(ch);
            } else if (Character.isWhitespace(ch)) {
                flush(out, cur);
            } else {
                cur.append(ch);
            }
        }
        flush(out, cur);
        List<String> joined = new ArrayList<>();
        for (int i = 0; i < out.size(); i++) {
            if (out.get(i).equals("NOT") && i + 1 < out.size()) {
                joined.add("-" + out.get(++i));
            } else {
                joined.add(out.get(i));
            }
        }
        return joined;
    }

    private static void flush(List<String> out, StringBuilder cur) {
        if (cur.length() > 0) {
            out.add(cur.toString());
            cur.setLength(0);
        }
    }
}
