package golive.sync;

import golive.cart.CartOrder;
import golive.domain.OrderLine;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A compact digest of what the cart said about an order when it was imported, so a later read
 * can say what changed (cancelled, refunded, total, lines) without keeping the whole payload.
 */
final class CartState {
    private CartState() {
    }

    static String of(CartOrder o) {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("cancelled", String.valueOf(o.cancelled()));
        m.put("refunded", String.valueOf(o.refunded()));
        m.put("total", o.total().amount().stripTrailingZeros().toPlainString());
        m.put("lines", Integer.toHexString(linesHash(o.lines())));
        StringBuilder sb = new StringBuilder();
        m.forEach((k, v) -> sb.append(sb.length() == 0 ? "" : "|").append(k).append('=').append(v));
        return sb.toString();
    }

    /** What differs between two digests, in words for the audit and the order ("" when nothing). */
    static String changes(String before, String after) {
        Map<String, String> b = parse(before);
        Map<String, String> a = parse(after);
        List<String> out = new ArrayList<>();
        if (!"true".equals(b.get("cancelled")) && "true".equals(a.get("cancelled"))) {
            out.add("cancelled in the cart");
        }
        if (!"true".equals(b.get("refunded")) && "true".equals(a.get("refunded"))) {
            out.add("refunded in the cart");
        }
        if (!a.get("total").equals(b.get("total"))) {
            out.add("total changed from " + b.get("total") + " to " + a.get("total"));
        }
        if (!a.get("lines").equals(b.get("lines"))) {
            out.add("line items changed");
        }
        return String.join("; ", out);
    }

    private static Map<String, String> parse(String s) {
        Map<String, String> m = new LinkedHashMap<>();
        for (String part : s.split("\\|")) {
            int eq = part.indexOf('=');
            m.put(part.substring(0, eq), part.substring(eq + 1));
        }
        return m;
    }

    private static int linesHash(List<OrderLine> lines) {
        int h = 1;
        for (OrderLine l : lines) {
            h = 31 * h + java.util.Objects.hash(l.sku(), l.quantity().stripTrailingZeros(), l.price().stripTrailingZeros());
        }
        return h;
    }
}
