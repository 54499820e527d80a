package golive.sandbox;

import golive.sandbox.SandboxOrder.Payment;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;

/**
 * Realistic orders, the same for the same seed: one to three line items from a small
 * catalogue, decimal money, 6 % tax, a shipping charge, and a mix of states like a real
 * shop's — mostly paid and unfulfilled, some partly shipped, fulfilled (some archived),
 * cancelled, refunded, test orders, and the odd order without an email. Not thread-safe:
 * one generator per scenario.
 */
public final class OrderGenerator {
    private static final String[][] CATALOGUE = {
            {"IPOD2008RED", "IPod Nano - 8gb", "red", "199.00"},
            {"IPOD2008GREEN", "IPod Nano - 8gb", "green", "199.00"},
            {"IPOD2009BLACK", "IPod Touch 8GB", "Black", "199.00"},
            {"MUG-CER-12", "Ceramic Mug", "12 oz", "14.50"},
            {"TEE-ORG-M", "Organic Tee", "M", "24.99"},
            {"TEE-ORG-L", "Organic Tee", "L", "24.99"},
            {"CAP-WOOL", "Wool Cap", null, "19.95"},
            {"NB-A5-DOT", "Notebook A5", "dotted", "8.75"},
            {"BTL-STEEL-750", "Steel Bottle", "750 ml", "29.00"},
            {"TOTE-CNV", "Canvas Tote", null, "12.00"},
            {"", "Gift wrapping", null, "3.50"},
            {"LAMP-DSK-01", "Desk Lamp", "brass", "89.90"},
    };
    private static final String[] FIRST = {"jane", "bob", "amara", "li", "sofia", "omar", "lena", "raj", "mia", "tom"};
    private static final String[] LAST = {"roe", "norman", "okafor", "wei", "garcia", "haddad", "berg", "patel", "kim", "ford"};
    private static final BigDecimal[] SHIPPING = {new BigDecimal("0.00"), new BigDecimal("4.99"), new BigDecimal("9.99")};

    private final Random random;

    public OrderGenerator(long seed) {
        this.random = new Random(seed);
    }

    /** One draft created at {@code createdAt}, in the shop's usual mix of states. */
    public SandboxOrder next(Instant createdAt) {
        List<SandboxOrder.Line> lines = new ArrayList<>();
        int count = 1 + random.nextInt(3);
        for (int i = 0; i < count; i++) {
            String[] p = CATALOGUE[random.nextInt(CATALOGUE.length)];
            lines.add(new SandboxOrder.Line(p[0], p[1], p[2], 1 + random.nextInt(3), new BigDecimal(p[3]), 0));
        }
        String email = random.nextInt(30) == 0 ? ""
                : FIRST[random.nextInt(FIRST.length)] + "." + LAST[random.nextInt(LAST.length)] + "@example.com";
        SandboxOrder o = SandboxOrder.draft(createdAt, email, lines)
                .withShipping(SHIPPING[random.nextInt(SHIPPING.length)]);
        return state(o, createdAt);
    }

    /**
     * {@code count} drafts created in [from, to), oldest first (so ids grow with time, as
     * Shopify's do). Add them with {@link SandboxShop#addAll}.
     */
    public List<SandboxOrder> between(int count, Instant from, Instant to) {
        long span = Math.max(1, Duration.between(from, to).getSeconds());
        List<Instant> times = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            times.add(from.plusSeconds((long) (random.nextDouble() * span)));
        }
        times.sort(Comparator.naturalOrder());
        return times.stream().map(this::next).toList();
    }

    /** Generates {@code count} orders in [from, to) straight into {@code shop}. */
    public List<SandboxOrder> fill(SandboxShop shop, int count, Instant from, Instant to) {
        return shop.addAll(between(count, from, to));
    }

    private SandboxOrder state(SandboxOrder o, Instant createdAt) {
        int roll = random.nextInt(100);
        Instant later = createdAt == null ? null : createdAt.plusSeconds(60 + random.nextInt(1800));
        SandboxOrder out;
        if (roll < 62) {
            out = o.withPayment(random.nextInt(5) == 0 ? Payment.PENDING : Payment.PAID, null);
        } else if (roll < 70) {
            out = o.withLines(shipFirst(o.lines(), true));
        } else if (roll < 82) {
            out = o.withLines(shipFirst(o.lines(), false));
            if (random.nextBoolean()) {
                out = out.withClosing(null, later);
            }
        } else if (roll < 88) {
            out = o.withPayment(Payment.REFUNDED, o.total()).withClosing(later, later);
        } else if (roll < 92) {
            BigDecimal part = o.total().divide(BigDecimal.valueOf(4), 2, RoundingMode.HALF_EVEN);
            out = o.withPayment(Payment.PARTIALLY_REFUNDED, part);
        } else if (roll < 96) {
            out = o.withTest(true);
        } else {
            out = o.withPayment(Payment.AUTHORIZED, null);
        }
        // whatever happened to the order happened after it was placed
        return later == null ? out : out.withUpdatedAt(roll < 62 ? createdAt : later);
    }

    private static List<SandboxOrder.Line> shipFirst(List<SandboxOrder.Line> lines, boolean partly) {
        List<SandboxOrder.Line> out = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            SandboxOrder.Line l = lines.get(i);
            int shipped = !partly ? l.quantity() : (i == 0 ? Math.max(1, l.quantity() - 1) : 0);
            out.add(l.withFulfilled(shipped));
        }
        // a one-line, one-unit order cannot ship partly: leave it unshipped rather than lie
        if (partly && out.stream().allMatch(l -> l.fulfilled() == l.quantity())) {
            return lines;
        }
        return out;
    }
}
