package golive.openorders;

import java.util.Locale;
import java.util.Set;

/**
 * Decides from an order's first row whether it is open (to import) or not (skipped and counted).
 * Each format has its own rule. Stateless, thread-safe.
 */
sealed interface OpenRule {

    /** The verdict: {@code skipReason} null means open; {@code badValue} non-null means the status is unreadable. */
    record Verdict(String skipReason, String badValue, Field badField, String expected) {
        static final Verdict OPEN = new Verdict(null, null, null, null);

        static Verdict skip(String reason) {
            return new Verdict(reason, null, null, null);
        }

        boolean open() {
            return skipReason == null && badValue == null;
        }
    }

    Verdict judge(RawRow head);

    /** The template: an optional {@code status} column; blank means open. */
    record TemplateStatus() implements OpenRule {
        private static final Set<String> OPEN = Set.of("open", "unfulfilled", "partial", "partially fulfilled",
                "partially_fulfilled");
        private static final Set<String> SKIPPED = Set.of("fulfilled", "cancelled", "refunded", "closed");

        @Override
        public Verdict judge(RawRow head) {
            String s = head.get(Field.STATUS);
            if (s == null || OPEN.contains(s.toLowerCase(Locale.ROOT))) {
                return Verdict.OPEN;
            }
            String lower = s.toLowerCase(Locale.ROOT);
            if (SKIPPED.contains(lower)) {
                return Verdict.skip(lower);
            }
            return new Verdict(null, s, Field.STATUS, "open, partial, fulfilled, cancelled, refunded or closed (or empty for open)");
        }
    }

    /** Shopify's export: cancelled, refunded or voided, fulfilled or restocked orders are not open. */
    record ShopifyStatus() implements OpenRule {
        @Override
        public Verdict judge(RawRow head) {
            if (head.get(Field.CANCELLED_AT) != null) {
                return Verdict.skip("cancelled");
            }
            String financial = lower(head.get(Field.FINANCIAL_STATUS));
            if ("refunded".equals(financial) || "voided".equals(financial)) {
                return Verdict.skip(financial);
            }
            String fulfillment = lower(head.get(Field.FULFILLMENT_STATUS));
            if ("fulfilled".equals(fulfillment) || "restocked".equals(fulfillment)) {
                return Verdict.skip(fulfillment);
            }
            return Verdict.OPEN;
        }

        private static String lower(String s) {
            return s == null ? null : s.toLowerCase(Locale.ROOT);
        }
    }

    /** A mapped file: open when the status column holds one of the mapping's open values (any case). */
    record OpenValues(Set<String> openValues) implements OpenRule {
        public OpenValues {
            openValues = Set.copyOf(openValues.stream().map(v -> v.strip().toLowerCase(Locale.ROOT)).toList());
        }

        @Override
        public Verdict judge(RawRow head) {
            if (openValues.isEmpty()) {
                return Verdict.OPEN;
            }
            String s = head.get(Field.STATUS);
            return s != null && openValues.contains(s.toLowerCase(Locale.ROOT)) ? Verdict.OPEN
                    : Verdict.skip("status '" + (s == null ? "" : s) + "'");
        }
    }
}
