package golive.openorders;

import java.util.Arrays;
import java.util.Locale;

/** The formats an open-orders file may come in; {@link #AUTO} detects template or Shopify from the header. Immutable. */
public enum Format {
    AUTO, TEMPLATE, SHOPIFY, MAPPED;

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** @throws IllegalArgumentException naming the known formats */
    public static Format fromId(String id) {
        return Arrays.stream(values()).filter(f -> f.id().equalsIgnoreCase(id.strip())).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("unknown format '" + id + "'; expected one of "
                        + Arrays.stream(values()).map(Format::id).toList()));
    }
}
