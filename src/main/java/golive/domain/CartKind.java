package golive.domain;

import java.util.Arrays;

/** The carts the product knows, by the id used on the command line and in the database. */
public enum CartKind {
    SHOPIFY("shopify"),
    WOOCOMMERCE("woocommerce"),
    BIGCOMMERCE("bigcommerce"),
    MAGENTO("magento"),
    PRESTASHOP("prestashop");

    private final String id;

    CartKind(String id) {
        this.id = id;
    }

    public String id() {
        return id;
    }

    /** @throws IllegalArgumentException naming the known kinds when {@code id} is none of them */
    public static CartKind fromId(String id) {
        return Arrays.stream(values())
                .filter(k -> k.id.equalsIgnoreCase(id.trim()))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException(
                        "unknown cart kind '" + id + "'; expected one of " + Arrays.stream(values()).map(CartKind::id).toList()));
    }
}
