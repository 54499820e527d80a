package golive.openorders;

import golive.cart.Lifecycle;
import golive.cart.shopify.ShopifyStatuses;

import java.util.Locale;
import java.util.Map;
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

    /**
     * The template: an optional {@code status} column; blank means open. Its words map onto the
     * cart-neutral lifecycle, so "excluded" is the sync's own rule ({@link Lifecycle#excluded()}).
     */
    record TemplateStatus() implements OpenRule {
        private static final Map<String, Lifecycle> WORDS = Map.ofEntries(
                Map.entry("open", Lifecycle.OPEN), Map.entry("unfulfilled", Lifecycle.OPEN),
                Map.entry("partially refunded", Lifecycle.OPEN), Map.entry("partially_refunded", Lifecycle.OPEN),
                Map.entry("partial", Lifecycle.PARTIALLY_FULFILLED), Map.entry("partially fulfilled", Lifecycle.PARTIALLY_FULFILLED),
                Map.entry("partially_fulfilled", Lifecycle.PARTIALLY_FULFILLED),
                Map.entry("fulfilled", Lifecycle.FULFILLED), Map.entry("closed", Lifecycle.FULFILLED),
                Map.entry("cancelled", Lifecycle.CANCELLED), Map.entry("refunded", Lifecycle.REFUNDED));

        @Override
        public Verdict judge(RawRow head) {
            String s = head.get(Field.STATUS);
            if (s == null) {
                return Verdict.OPEN;
            }
            String lower = s.toLowerCase(Locale.ROOT);
            Lifecycle l = WORDS.get(lower);
            if (l == null) {
                return new Verdict(null, s, Field.STATUS,
                        "open, partial, partially refunded, fulfilled, cancelled, refunded or closed (or empty for open)");
            }
            return l.excluded() ? Verdict.skip(l.label().equals(lower) ? lower : l.label() + " (" + lower + ")") : Verdict.OPEN;
        }
    }

    /** Shopify's export: its three status columns read by the connector's own mapping ({@link ShopifyStatuses}). */
    record ShopifyStatus() implements OpenRule {
        @Override
        public Verdict judge(RawRow head) {
            String financial = head.get(Field.FINANCIAL_STATUS);
            String fulfillment = head.get(Field.FULFILLMENT_STATUS);
            Lifecycle l = ShopifyStatuses.lifecycle(financial, fulfillment, head.get(Field.CANCELLED_AT) != null, false, false);
            if (!l.excluded()) {
                return Verdict.OPEN;
            }
            String word = head.get(Field.CANCELLED_AT) != null ? null : ShopifyStatuses.ownWord(financial, fulfillment, l);
            return Verdict.skip(word == null ? l.label() : l.label() + " (" + word + ")");
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
