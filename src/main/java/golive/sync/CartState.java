package golive.sync;

import golive.cart.CartOrder;
import golive.cart.Lifecycle;
import golive.domain.OrderLine;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A compact digest of what the cart said about an order (its state, total and lines), recorded when
 * it was imported or first seen, so a later read can say what changed without keeping the payload.
 * Digests written by release 1 ({@code cancelled=..|refunded=..|total=..|lines=..}) are still read.
 */
final class CartState {
    private CartState() {
    }

    static String of(CartOrder o) {
        return "lifecycle=" + o.lifecycle().name() + "|total=" + o.total().amount().stripTrailingZeros().toPlainString()
                + "|lines=" + Integer.toHexString(linesHash(o.lines()));
    }

    /**
     * What changed between the recorded digest and the order as the cart shows it now, in words for
     * the order and the audit ("" when nothing that matters did). A null digest is a migrated order's
     * baseline, "open, as the file said": any state the cart excludes is a change, and neither its
     * total nor its lines are compared (the file's may be written differently). An excluded order's
     * lines are not compared either: the state already says what matters.
     */
    static String changes(String recorded, CartOrder now) {
        List<String> out = new ArrayList<>();
        if (recorded == null) {
            if (now.lifecycle().excluded()) {
                out.add(now.lifecycle().label() + " in the cart after it was migrated as open");
            }
            return String.join("; ", out);
        }
        Map<String, String> b = parse(recorded);
        Lifecycle before = lifecycle(b);
        if (now.lifecycle().excluded() && now.lifecycle() != before) {
            out.add(now.lifecycle().label() + " in the cart");
        }
        String total = now.total().amount().stripTrailingZeros().toPlainString();
        if (!total.equals(b.get("total"))) {
            out.add("total changed from " + b.get("total") + " to " + total);
        }
        // an excluded order's lines say nothing more, and a connector that reads lines by a call of their own skips them
        if (!now.lifecycle().excluded() && !Integer.toHexString(linesHash(now.lines())).equals(b.get("lines"))) {
            out.add("line items changed");
        }
        return String.join("; ", out);
    }

    /** Release 1 kept two flags; an order it imported was eligible then, so neither means open. */
    private static Lifecycle lifecycle(Map<String, String> digest) {
        if (digest.containsKey("lifecycle")) {
            return Lifecycle.valueOf(digest.get("lifecycle"));
        }
        return "true".equals(digest.get("cancelled")) ? Lifecycle.CANCELLED
                : "true".equals(digest.get("refunded")) ? Lifecycle.REFUNDED : Lifecycle.OPEN;
    }

    private static Map<String, String> parse(String s) {
        Map<String, String> m = new LinkedHashMap<>();
        for (String part : s.split("\\|")) {
            int eq = part.indexOf('=');
            m.put(part.substring(0, eq), part.substring(eq + 1));
        }
        return m;
    }

    private static java.math.BigDecimal plain(java.math.BigDecimal d) {
        return d == null ? null : d.stripTrailingZeros();
    }

    private static int linesHash(List<OrderLine> lines) {
        int h = 1;
        for (OrderLine l : lines) {
            h = 31 * h + Objects.hash(l.sku(), plain(l.quantity()), plain(l.price()));
        }
        return h;
    }
}
