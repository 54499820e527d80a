package golive.domain;

/**
 * Order numbers as people type them, compared in one normal form so a migrated order
 * matches its cart order: Shopify "#1001" is "1001"; Magento "000000003" stays a string.
 */
public final class OrderNumbers {
    private OrderNumbers() {
    }

    public static String normalise(CartKind kind, String number) {
        if (number == null) {
            return null;
        }
        String n = number.trim();
        if (kind == CartKind.SHOPIFY && n.startsWith("#")) {
            n = n.substring(1).trim();
        }
        return n.isEmpty() ? null : n.toUpperCase(java.util.Locale.ROOT);
    }
}
