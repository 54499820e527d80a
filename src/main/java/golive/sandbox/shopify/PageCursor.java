package golive.sandbox.shopify;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import golive.sandbox.SandboxOrder;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Shopify's opaque {@code page_info}: a keyset position (created_at + id of the row the page
 * ended or began at), a direction, and the original filters. Encoded like Shopify's own
 * (base64 of {"direction":"next","last_id":…,"last_value":"2025-01-02 16:30:59.000000"}).
 * Keyset, not offset: orders created or changed between pages do not shift it. Immutable.
 */
record PageCursor(boolean next, long lastId, Instant lastValue, Map<String, String> filters) {
    private static final DateTimeFormatter VALUE = DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm:ss.SSSSSS");

    PageCursor {
        filters = Map.copyOf(filters);
    }

    String encode() {
        ObjectNode n = ShopifyRender.JSON.createObjectNode();
        n.put("direction", next ? "next" : "prev");
        n.put("last_id", lastId);
        n.put("last_value", VALUE.format(lastValue.atOffset(ZoneOffset.UTC)));
        ObjectNode f = n.putObject("filters");
        filters.forEach(f::put);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(n.toString().getBytes(StandardCharsets.UTF_8));
    }

    /** @throws IllegalArgumentException when it is not a cursor this sandbox issued */
    static PageCursor decode(String pageInfo) {
        try {
            JsonNode n = ShopifyRender.JSON.readTree(Base64.getUrlDecoder().decode(pageInfo));
            Map<String, String> filters = new LinkedHashMap<>();
            n.path("filters").fields().forEachRemaining(e -> filters.put(e.getKey(), e.getValue().asText()));
            String direction = n.get("direction").asText();
            if (!direction.equals("next") && !direction.equals("prev")) {
                throw new IllegalArgumentException("bad direction");
            }
            Instant value = LocalDateTime.parse(n.get("last_value").asText(), VALUE).toInstant(ZoneOffset.UTC);
            return new PageCursor(direction.equals("next"), n.get("last_id").asLong(), value, filters);
        } catch (Exception e) {
            throw new IllegalArgumentException("invalid page_info", e);
        }
    }

    /** True when {@code o} comes after this position in newest-first order. */
    boolean isAfter(SandboxOrder o) {
        int c = o.createdAt().compareTo(lastValue);
        return c < 0 || (c == 0 && o.id() < lastId);
    }

    /** True when {@code o} comes before this position in newest-first order. */
    boolean isBefore(SandboxOrder o) {
        int c = o.createdAt().compareTo(lastValue);
        return c > 0 || (c == 0 && o.id() > lastId);
    }
}
