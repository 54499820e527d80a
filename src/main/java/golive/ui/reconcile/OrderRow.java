package golive.ui.reconcile;

import golive.reconcile.Bucket;
import golive.report.ReconciliationReport;
import golive.store.ReconciliationStore;
import golive.ui.fx.I18n;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.stream.Collectors;

/**
 * One line of the "Orders (Cart)" table as shown: the order, its bucket in words, why, and the
 * acknowledgement if any. {@code ackKind} and {@code ref} are what {@code ack KIND ID} takes
 * (null when the bucket needs no acknowledgement). Times are in the store's zone, which the
 * column header names. Immutable.
 */
public record OrderRow(String number, String cartOrderId, String created, String total, String cartStatus, String bucket,
                       String detail, String acknowledged, String ackKind, String ref, boolean missing) {

    private static final DateTimeFormatter CREATED = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    static OrderRow cart(ReconciliationStore.CartRow r, ZoneId zone) {
        Bucket b = Bucket.fromId(r.bucket());
        String store = r.store().stream().map(o -> I18n.t("reconcile.row.store", ReconciliationReport.storeOrder(o, zone)
                + ReconciliationReport.disagreement(r, o))).collect(Collectors.joining("\n"));
        String detail = r.detail() == null ? store : store.isEmpty() ? r.detail() : r.detail() + "\n" + store;
        return new OrderRow(r.number(), r.cartOrderId(), created(r.createdAt(), zone), amount(r.total()),
                r.cartStatus() == null ? r.lifecycle() : r.cartStatus(), b.label(), detail, ack(r.acknowledged()),
                b.fails() ? b.id() : null, r.cartOrderId(), b == Bucket.MISSING);
    }

    /** A store order no cart order pairs with: acknowledged by its number. */
    static OrderRow store(ReconciliationStore.StoreRow s, Bucket bucket, ZoneId zone) {
        ReconciliationStore.StoreOrder o = s.order();
        String ref = o.number() == null ? String.valueOf(o.id()) : o.number();
        return new OrderRow(ref, o.cartOrderId() == null ? "" : o.cartOrderId(), created(o.createdAt(), zone), amount(o.total()),
                I18n.t("reconcile.row.storeOnly", o.source()), bucket.label(), I18n.t("reconcile.row." + bucket.id()),
                ack(s.acknowledged()), bucket.fails() ? bucket.id() : null, ref, false);
    }

    /** An imported order the cart changed afterwards: the store order is left as it is. */
    static OrderRow attention(ReconciliationStore.Attention a, ZoneId zone) {
        ReconciliationStore.StoreOrder o = a.order();
        return new OrderRow(o.number(), o.cartOrderId(), created(o.createdAt(), zone), amount(o.total()), o.source(),
                I18n.t("reconcile.row.attention"), a.what(), ack(a.acknowledged()), "attention", o.cartOrderId(), false);
    }

    private static String created(Instant at, ZoneId zone) {
        return at == null ? "" : CREATED.format(at.atZone(zone));
    }

    private static String amount(BigDecimal a) {
        return a == null ? "" : a.stripTrailingZeros().toPlainString();
    }

    private static String ack(String reason) {
        return reason == null ? "" : reason;
    }
}
