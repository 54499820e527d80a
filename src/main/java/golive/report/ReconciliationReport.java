package golive.report;

import golive.launch.WallTime;
import golive.reconcile.Bucket;
import golive.reconcile.Reconciliation;
import golive.store.ReconciliationStore;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A reconciliation as text and as JSON: the verdict, every bucket's count, then the orders of the
 * buckets that fail first (missing, duplicate, suspect, orphan), then those that need a look. Each
 * order carries its bucket in words, never by colour alone. Holds no secret (orders only). Stateless.
 */
public final class ReconciliationReport {
    /** The order the lists are shown in: what fails first. */
    public static final List<Bucket> LIST_ORDER = List.of(Bucket.MISSING, Bucket.DUPLICATE, Bucket.SUSPECT, Bucket.ORPHAN,
            Bucket.NOT_VISIBLE, Bucket.NOT_YET_IMPORTABLE, Bucket.IN_ACCEPTED_GAP, Bucket.AWAITING_SYNC);

    private ReconciliationReport() {
    }

    /** One line: "CLEAN" or "NOT CLEAN" with the failing counts. */
    public static String verdict(Reconciliation r) {
        if (r.clean()) {
            return "CLEAN: every cart order is accounted for, none twice";
        }
        List<String> parts = new ArrayList<>();
        for (Bucket b : Bucket.values()) {
            if (b.fails() && r.count(b).open() > 0) {
                parts.add(r.count(b).open() + " " + b.label());
            }
        }
        return "NOT CLEAN: " + String.join(", ", parts);
    }

    public static String text(Reconciliation r, ZoneId zone) {
        ReconciliationStore.Run run = r.run();
        StringBuilder t = new StringBuilder("Reconciliation of cart orders created " + WallTime.show(run.from(), zone) + " to "
                + WallTime.show(run.to(), zone) + ": " + run.cartOrders() + " cart orders\n");
        t.append(verdict(r)).append('\n');
        for (Bucket b : Bucket.values()) {
            Reconciliation.Count n = r.count(b);
            t.append(String.format("  %-20s %8d%s%n", b.label(), n.all(), n.acknowledged() > 0 ? " (" + n.acknowledged() + " acknowledged)" : ""));
        }
        r.excludedByState().forEach((state, n) -> t.append(String.format("    excluded, %-12s %6d%n", state, n)));
        if (run.visibleFrom() != null && run.visibleFrom().isAfter(run.from())) {
            t.append("Orders created before ").append(WallTime.show(run.visibleFrom(), zone))
                    .append(" are not visible to this credential (Shopify: add read_all_orders) and cannot be checked.\n");
        }
        for (Bucket b : LIST_ORDER) {
            List<String> lines = b.storeSide() ? storeLines(r.storeOrders().get(b), zone) : cartLines(r.cartOrders().get(b), zone);
            if (!lines.isEmpty()) {
                t.append('\n').append(b.label().toUpperCase(java.util.Locale.ROOT)).append(more(r.count(b).all(), lines.size())).append('\n');
                lines.forEach(l -> t.append("  ").append(l).append('\n'));
            }
        }
        if (!r.attention().isEmpty()) {
            t.append("\nNEEDS ATTENTION (imported, then changed in the cart; the store order is left as it is)\n");
            for (ReconciliationStore.Attention a : r.attention()) {
                t.append("  ").append(storeOrder(a.order(), zone)).append(": ").append(a.what()).append(ack(a.acknowledged())).append('\n');
            }
        }
        return t.toString().stripTrailing();
    }

    public static Map<String, Object> json(Reconciliation r) {
        ReconciliationStore.Run run = r.run();
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("clean", r.clean());
        out.put("from", str(run.from()));
        out.put("to", str(run.to()));
        out.put("visibleFrom", str(run.visibleFrom()));
        out.put("cartOrders", run.cartOrders());
        Map<String, Object> counts = new LinkedHashMap<>();
        for (Bucket b : Bucket.values()) {
            counts.put(b.id(), Map.of("count", r.count(b).all(), "acknowledged", r.count(b).acknowledged()));
        }
        out.put("buckets", counts);
        out.put("excluded", r.excludedByState());
        Map<String, Object> lists = new LinkedHashMap<>();
        for (Bucket b : LIST_ORDER) {
            if (b.storeSide()) {
                lists.put(b.id(), r.storeOrders().get(b).stream().map(s -> {
                    Map<String, Object> m = storeJson(s.order());
                    m.put("acknowledged", s.acknowledged());
                    return m;
                }).toList());
            } else {
                lists.put(b.id(), r.cartOrders().get(b).stream().map(ReconciliationReport::cartJson).toList());
            }
        }
        out.put("orders", lists);
        out.put("attention", r.attention().stream().map(a -> {
            Map<String, Object> m = storeJson(a.order());
            m.put("changed", a.what());
            m.put("acknowledged", a.acknowledged());
            return m;
        }).toList());
        return out;
    }

    private static List<String> cartLines(List<ReconciliationStore.CartRow> rows, ZoneId zone) {
        List<String> out = new ArrayList<>();
        for (ReconciliationStore.CartRow row : rows == null ? List.<ReconciliationStore.CartRow>of() : rows) {
            StringBuilder l = new StringBuilder(row.number() + " (cart id " + row.cartOrderId() + "), created "
                    + WallTime.show(row.createdAt(), zone) + ", " + amount(row.total()));
            if (row.detail() != null) {
                l.append(": ").append(row.detail());
            }
            for (ReconciliationStore.StoreOrder o : row.store()) {
                l.append("\n      store: ").append(storeOrder(o, zone)).append(disagreement(row, o));
            }
            out.add(l.append(ack(row.acknowledged())).toString());
        }
        return out;
    }

    private static List<String> storeLines(List<ReconciliationStore.StoreRow> rows, ZoneId zone) {
        return (rows == null ? List.<ReconciliationStore.StoreRow>of() : rows).stream()
                .map(s -> storeOrder(s.order(), zone) + ack(s.acknowledged())).toList();
    }

    /** Why a pairing by number is suspect: the times or totals that disagree. */
    public static String disagreement(ReconciliationStore.CartRow cart, ReconciliationStore.StoreOrder o) {
        if (o.cartOrderId() != null) {
            return "";
        }
        List<String> why = new ArrayList<>();
        if (o.createdAt() != null && Math.abs(java.time.Duration.between(cart.createdAt(), o.createdAt()).toSeconds()) > 60) {
            why.add("created " + java.time.Duration.between(cart.createdAt(), o.createdAt()).abs().toMinutes() + " min apart");
        }
        if (cart.total() != null && o.total() != null && cart.total().compareTo(o.total()) != 0) {
            why.add("totals differ");
        }
        return why.isEmpty() ? " (matched by number only: the number is shared by another cart order)" : " (" + String.join(", ", why) + ")";
    }

    /** A store order in one line: number, source, cart id, creation time and total. */
    public static String storeOrder(ReconciliationStore.StoreOrder o, ZoneId zone) {
        return (o.number() == null ? "store order " + o.id() : o.number()) + " (" + o.source()
                + (o.cartOrderId() == null ? "" : ", cart id " + o.cartOrderId()) + "), created " + WallTime.show(o.createdAt(), zone)
                + ", " + amount(o.total());
    }

    private static Map<String, Object> cartJson(ReconciliationStore.CartRow row) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("cart_order_id", row.cartOrderId());
        m.put("number", row.number());
        m.put("created_at", str(row.createdAt()));
        m.put("total", row.total() == null ? null : row.total().stripTrailingZeros().toPlainString());
        m.put("state", row.lifecycle());
        m.put("detail", row.detail());
        m.put("acknowledged", row.acknowledged());
        if (!row.store().isEmpty()) {
            m.put("store", row.store().stream().map(ReconciliationReport::storeJson).toList());
        }
        return m;
    }

    private static Map<String, Object> storeJson(ReconciliationStore.StoreOrder o) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("store_id", o.id());
        m.put("source", o.source());
        m.put("cart_order_id", o.cartOrderId());
        m.put("number", o.number());
        m.put("created_at", str(o.createdAt()));
        m.put("total", o.total() == null ? null : o.total().stripTrailingZeros().toPlainString());
        return m;
    }

    private static String more(long all, int listed) {
        return all > listed ? " (first " + listed + " of " + all + ")" : " (" + all + ")";
    }

    private static String ack(String reason) {
        return reason == null ? "" : "  [acknowledged: " + reason + "]";
    }

    private static String amount(BigDecimal a) {
        return a == null ? "no total" : a.stripTrailingZeros().toPlainString();
    }

    private static String str(Instant t) {
        return t == null ? null : t.toString();
    }
}
