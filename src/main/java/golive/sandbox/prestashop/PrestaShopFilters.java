package golive.sandbox.prestashop;

import com.fasterxml.jackson.databind.JsonNode;
import golive.sandbox.SandboxShop;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The list parameters as the Webservice reads them ({@code SQLUtils::getSQLRetrieveFilter},
 * {@code WebserviceRequest::manageFilters}) over rendered order JSON: {@code filter[f]=>[v]} and
 * {@code <[v]} strict, {@code [a,b]} SQL BETWEEN (both ends in), {@code [x|y]} any of, {@code [x]}
 * or {@code x} equal; numbers compare as numbers, everything else as the raw strings (so dates
 * compare as the shop's wall times); {@code sort=[f_ASC,g_DESC]}; {@code limit=N} or
 * {@code offset,N}. Stateless.
 */
final class PrestaShopFilters {
    static final List<String> DATE_FIELDS = List.of("date_add", "date_upd");
    private static final Pattern FILTER = Pattern.compile("filter\\[([a-z_]+)]");
    private static final Pattern GREATER = Pattern.compile(">\\[(.*)]");
    private static final Pattern LESS = Pattern.compile("<\\[(.*)]");
    private static final Pattern BETWEEN = Pattern.compile("\\[([^,|]*),([^,|]*)]");
    private static final Pattern ANY = Pattern.compile("\\[(.*)]");
    private static final Pattern SORT = Pattern.compile("([a-z_]+)_(ASC|DESC)");

    private PrestaShopFilters() {
    }

    /** The filter fields named in {@code params}, in order. */
    static List<String> fields(Map<String, String> params) {
        List<String> out = new ArrayList<>();
        params.keySet().forEach(k -> {
            Matcher m = FILTER.matcher(k);
            if (m.matches()) {
                out.add(m.group(1));
            }
        });
        return out;
    }

    static Predicate<JsonNode> filter(Map<String, String> params) {
        Predicate<JsonNode> keep = o -> true;
        for (String field : fields(params)) {
            keep = keep.and(one(field, params.get("filter[" + field + "]")));
        }
        return keep;
    }

    private static Predicate<JsonNode> one(String field, String value) {
        Matcher m;
        if ((m = GREATER.matcher(value)).matches()) {
            String v = m.group(1);
            return o -> compare(o.path(field).asText(), v) > 0;
        }
        if ((m = LESS.matcher(value)).matches()) {
            String v = m.group(1);
            return o -> compare(o.path(field).asText(), v) < 0;
        }
        if ((m = BETWEEN.matcher(value)).matches()) {
            String a = m.group(1);
            String b = m.group(2);
            return o -> compare(o.path(field).asText(), a) >= 0 && compare(o.path(field).asText(), b) <= 0;
        }
        if ((m = ANY.matcher(value)).matches()) {
            List<String> any = List.of(m.group(1).split("\\|"));
            return o -> any.stream().anyMatch(v -> compare(o.path(field).asText(), v) == 0);
        }
        return o -> compare(o.path(field).asText(), value) == 0;
    }

    private static int compare(String a, String b) {
        if (a.matches("\\d{1,18}") && b.strip().matches("\\d{1,18}")) {
            return Long.compare(Long.parseLong(a), Long.parseLong(b.strip()));
        }
        return a.compareTo(b);
    }

    /** @return null when {@code sort} is not {@code [field_DIR,…]} */
    static Comparator<JsonNode> sort(String sort) {
        Comparator<JsonNode> c = null;
        String inner = sort.startsWith("[") && sort.endsWith("]") ? sort.substring(1, sort.length() - 1) : sort;
        for (String part : inner.split(",")) {
            Matcher m = SORT.matcher(part.strip());
            if (!m.matches()) {
                return null;
            }
            String field = m.group(1);
            Comparator<JsonNode> one = (x, y) -> compare(x.path(field).asText(), y.path(field).asText());
            one = m.group(2).equals("DESC") ? one.reversed() : one;
            c = c == null ? one : c.thenComparing(one);
        }
        return c;
    }

    /** true for {@code [id_ASC]}, false for {@code [id_DESC]}: the orders' index order; null for any other sort. */
    static Boolean byIdAscending(String sort) {
        String inner = sort.startsWith("[") && sort.endsWith("]") ? sort.substring(1, sort.length() - 1) : sort;
        Matcher m = SORT.matcher(inner.strip());
        return m.matches() && m.group(1).equals("id") ? m.group(2).equals("ASC") : null;
    }

    /** The ids {@code filter[id]} can keep (by running number), as far as a bound in numbers says; the filter still decides. */
    static SandboxShop.Range idRange(Map<String, String> params) {
        String value = params.getOrDefault("filter[id]", "");
        Matcher m;
        if ((m = GREATER.matcher(value)).matches() && m.group(1).strip().matches("\\d{1,18}")) {
            return SandboxShop.Range.of(SandboxShop.Index.NUMBER, Long.parseLong(m.group(1).strip()) + 1, null);
        }
        if ((m = BETWEEN.matcher(value)).matches() && m.group(1).strip().matches("\\d{1,18}") && m.group(2).strip().matches("\\d{1,18}")) {
            return SandboxShop.Range.of(SandboxShop.Index.NUMBER, Long.parseLong(m.group(1).strip()), Long.parseLong(m.group(2).strip()));
        }
        return SandboxShop.Range.all(SandboxShop.Index.NUMBER);
    }

    /** {@code {offset, count}}, or null when {@code limit} is neither "N" nor "offset,N". */
    static int[] limit(String limit) {
        if (limit.matches("\\d{1,9}")) {
            return new int[] {0, Integer.parseInt(limit)};
        }
        if (limit.matches("\\d{1,9},\\d{1,9}")) {
            String[] p = limit.split(",");
            return new int[] {Integer.parseInt(p[0]), Integer.parseInt(p[1])};
        }
        return null;
    }
}
