package golive.sandbox;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * One order in the sandbox shop, in Shopify's terms. Immutable: every change makes a new
 * value (the shop stamps {@code updatedAt}). A draft has id 0 and number 0 until
 * {@link SandboxShop#add} assigns them.
 *
 * @param fulfillmentStatus null (unfulfilled), "partial" or "fulfilled", as Shopify sends it
 * @param refundedAmount    money refunded so far; the current total is total minus this
 */
public record SandboxOrder(long id, int number, Instant createdAt, Instant updatedAt, String email,
                           String currency, String financialStatus, String fulfillmentStatus,
                           Instant cancelledAt, Instant closedAt, boolean test, List<Line> lines,
                           BigDecimal shipping, BigDecimal tax, BigDecimal refundedAmount) {

    /** One line item; {@code fulfilled} of {@code quantity} have shipped. */
    public record Line(String sku, String title, String variantTitle, int quantity, BigDecimal price, int fulfilled) {
        public Line {
            Objects.requireNonNull(price, "price");
        }

        public String name() {
            return variantTitle == null ? title : title + " - " + variantTitle;
        }
    }

    public SandboxOrder {
        lines = List.copyOf(lines);
        shipping = shipping == null ? BigDecimal.ZERO.setScale(2) : shipping;
        tax = tax == null ? BigDecimal.ZERO.setScale(2) : tax;
        refundedAmount = refundedAmount == null ? BigDecimal.ZERO.setScale(2) : refundedAmount;
    }

    /** A paid, unfulfilled draft created at {@code createdAt} (null: when added), 6 % tax. */
    public static SandboxOrder draft(Instant createdAt, String email, List<Line> lines) {
        BigDecimal subtotal = lines.stream().map(l -> l.price().multiply(BigDecimal.valueOf(l.quantity())))
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        BigDecimal tax = subtotal.multiply(new BigDecimal("0.06")).setScale(2, RoundingMode.HALF_EVEN);
        return new SandboxOrder(0, 0, createdAt, null, email, null, "paid", null, null, null, false, lines,
                null, tax, null);
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

    /** Shopify's "open": neither closed nor cancelled. */
    public boolean open() {
        return closedAt == null && cancelledAt == null;
    }

    public String name() {
        return "#" + number;
    }

    public SandboxOrder withIdentity(long newId, int newNumber, Instant created, Instant updated, String cur) {
        return new SandboxOrder(newId, newNumber, created, updated, email, cur, financialStatus, fulfillmentStatus,
                cancelledAt, closedAt, test, lines, shipping, tax, refundedAmount);
    }

    public SandboxOrder withEmail(String newEmail) {
        return new SandboxOrder(id, number, createdAt, updatedAt, newEmail, currency, financialStatus,
                fulfillmentStatus, cancelledAt, closedAt, test, lines, shipping, tax, refundedAmount);
    }

    public SandboxOrder withFinancialStatus(String status, BigDecimal refunded) {
        return new SandboxOrder(id, number, createdAt, updatedAt, email, currency, status,
                fulfillmentStatus, cancelledAt, closedAt, test, lines, shipping, tax, refunded);
    }

    public SandboxOrder withFulfillment(String status, List<Line> newLines) {
        return new SandboxOrder(id, number, createdAt, updatedAt, email, currency, financialStatus,
                status, cancelledAt, closedAt, test, newLines, shipping, tax, refundedAmount);
    }

    public SandboxOrder withClosing(Instant cancelled, Instant closed) {
        return new SandboxOrder(id, number, createdAt, updatedAt, email, currency, financialStatus,
                fulfillmentStatus, cancelled, closed, test, lines, shipping, tax, refundedAmount);
    }

    public SandboxOrder withTest(boolean isTest) {
        return new SandboxOrder(id, number, createdAt, updatedAt, email, currency, financialStatus,
                fulfillmentStatus, cancelledAt, closedAt, isTest, lines, shipping, tax, refundedAmount);
    }

    public SandboxOrder withShipping(BigDecimal amount) {
        return new SandboxOrder(id, number, createdAt, updatedAt, email, currency, financialStatus,
                fulfillmentStatus, cancelledAt, closedAt, test, lines, amount, tax, refundedAmount);
    }

    public SandboxOrder withUpdatedAt(Instant t) {
        return new SandboxOrder(id, number, createdAt, t, email, currency, financialStatus,
                fulfillmentStatus, cancelledAt, closedAt, test, lines, shipping, tax, refundedAmount);
    }
}
