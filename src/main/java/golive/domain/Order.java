package golive.domain;

import java.time.Instant;
import java.util.List;

/**
 * A sales-order document in the store. Every document is created PENDING; the store never
 * modifies one silently — a cart-side change only raises {@code needsAttention}.
 */
public record Order(
        long id,
        OrderSource source,
        String cartOrderId,
        String orderNumber,
        Instant createdAt,
        DocType docType,
        String status,
        Money total,
        String customerEmail,
        boolean needsAttention,
        String attentionReason,
        List<OrderLine> lines) {

    public static final String PENDING = "PENDING";
}
