package golive.sandbox;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * One order in the sandbox shop, in no cart's terms: the facts (paid or not, on hold, what has
 * shipped, cancelled, archived, test), which each cart's face renders in its own words. Immutable:
 * every change makes a new value (the shop stamps {@code updatedAt}). A draft has id 0 and number 0
 * until {@link SandboxShop#add} assigns them.
 *
 * @param number         the shop's running order number (1001, 1002, ...); each face shows it its way
 * @param refundedAmount money refunded so far; the current total is total minus this
 */
public record SandboxOrder(long id, long number, Instant createdAt, Instant updatedAt, String email,
                           String currency, Payment payment, Hold hold, Instant cancelledAt, Instant closedAt,
                           boolean test, List<Line> lines, BigDecimal shipping, BigDecimal tax, BigDecimal refundedAmount) {

    /** Where the money stands. */
    public enum Payment { PENDING, AUTHORIZED, PAID, PARTIALLY_REFUNDED, REFUNDED, VOIDED }

    /** Whether the merchant keeps the order from being shipped for now. */
    public enum Hold { NONE, ON_HOLD, SCHEDULED }

    /** What has shipped, from the lines. */
    public enum Fulfilment { UNFULFILLED, PARTIAL, FULFILLED }

    /** One line item; {@code fulfilled} of {@code quantity} have shipped. */
    public record Line(String sku, String title, String variantTitle, int quantity, BigDecimal price, int fulfilled) {
        public Line {
            Objects.requireNonNull(price, "price");
        }

        public String name() {
            return variantTitle == null ? title : title + " - " + variantTitle;
        }

        public Line withFulfilled(int shipped) {
            return new Line(sku, title, variantTitle, quantity, price, shipped);
        }
    }

    public SandboxOrder {
        lines = List.copyOf(lines);
        payment = payment == null ? Payment.PAID : payment;
        hold = hold == null ? Hold.NONE : hold;
        shipping = shipping == null ? BigDecimal.ZERO.setScale(2) : shipping;
        tax = tax == null ? BigDecimal.ZERO.setScale(2) : tax;
        refundedAmount = refundedAmount == null ? BigDecimal.ZERO.setScale(2) : refundedAmount;
    }

    /** A paid, unfulfilled draft created at {@code createdAt} (null: when added), 6 % tax. */
    public static SandboxOrder draft(Instant createdAt, String email, List<Line> lines) {
        BigDecimal subtotal = lines.stream().map(l -> l.price().multiply(BigDecimal.valueOf(l.quantity())))
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        BigDecimal tax = subtotal.multiply(new BigDecimal("0.06")).setScale(2, RoundingMode.HALF_EVEN);
        return new SandboxOrder(0, 0, createdAt, null, email, null, Payment.PAID, Hold.NONE, null, null, false, lines,
                null, tax, null);
    }

    public Fulfilment fulfilment() {
        if (!lines.isEmpty() && lines.stream().allMatch(l -> l.fulfilled() >= l.quantity())) {
            return Fulfilment.FULFILLED;
        }
        return lines.stream().anyMatch(l -> l.fulfilled() > 0) ? Fulfilment.PARTIAL : Fulfilment.UNFULFILLED;
    }

    public BigDecimal subtotal() {
        return lines.stream().map(l -> l.price().multiply(BigDecimal.valueOf(l.quantity())))
                .reduce(BigDecimal.ZERO, BigDecimal::add).setScale(2, RoundingMode.HALF_EVEN);
    }

    public BigDecimal total() {
        return subtotal().add(tax).add(shipping);
    }

    public BigDecimal currentTotal() {
        return total().subtract(refundedAmount);
    }

    /** Neither archived nor cancelled. */
    public boolean open() {
        return closedAt == null && cancelledAt == null;
    }

    public SandboxOrder withIdentity(long newId, long newNumber, Instant created, Instant updated, String cur) {
        return new SandboxOrder(newId, newNumber, created, updated, email, cur, payment, hold, cancelledAt, closedAt,
                test, lines, shipping, tax, refundedAmount);
    }

    public SandboxOrder withEmail(String newEmail) {
        return new SandboxOrder(id, number, createdAt, updatedAt, newEmail, currency, payment, hold, cancelledAt,
                closedAt, test, lines, shipping, tax, refundedAmount);
    }

    public SandboxOrder withPayment(Payment newPayment, BigDecimal refunded) {
        return new SandboxOrder(id, number, createdAt, updatedAt, email, currency, newPayment, hold, cancelledAt,
                closedAt, test, lines, shipping, tax, refunded);
    }

    public SandboxOrder withHold(Hold newHold) {
        return new SandboxOrder(id, number, createdAt, updatedAt, email, currency, payment, newHold, cancelledAt,
                closedAt, test, lines, shipping, tax, refundedAmount);
    }

    public SandboxOrder withLines(List<Line> newLines) {
        return new SandboxOrder(id, number, createdAt, updatedAt, email, currency, payment, hold, cancelledAt,
                closedAt, test, newLines, shipping, tax, refundedAmount);
    }

    public SandboxOrder withClosing(Instant cancelled, Instant closed) {
        return new SandboxOrder(id, number, createdAt, updatedAt, email, currency, payment, hold, cancelled, closed,
                test, lines, shipping, tax, refundedAmount);
    }

    public SandboxOrder withTest(boolean isTest) {
        return new SandboxOrder(id, number, createdAt, updatedAt, email, currency, payment, hold, cancelledAt,
                closedAt, isTest, lines, shipping, tax, refundedAmount);
    }

    public SandboxOrder withShipping(BigDecimal amount) {
        return new SandboxOrder(id, number, createdAt, updatedAt, email, currency, payment, hold, cancelledAt,
                closedAt, test, lines, amount, tax, refundedAmount);
    }

    public SandboxOrder withUpdatedAt(Instant t) {
        return new SandboxOrder(id, number, createdAt, t, email, currency, payment, hold, cancelledAt, closedAt,
                test, lines, shipping, tax, refundedAmount);
    }
}
