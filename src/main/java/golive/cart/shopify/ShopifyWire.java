package golive.cart.shopify;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import golive.cart.CartOrder;
import golive.cart.Lifecycle;
import golive.domain.Money;
import golive.domain.OrderLine;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;

/** Admin REST response shapes (only the fields we read) and their mapping onto {@link CartOrder}. */
final class ShopifyWire {
    private ShopifyWire() {
    }

    record ShopEnvelope(Shop shop) {
    }

    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    record Shop(Long id, String name, String ianaTimezone, String currency, String myshopifyDomain) {
    }

    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    record Scopes(List<Scope> accessScopes) {
    }

    record Scope(String handle) {
    }

    record OrderList(List<WireOrder> orders) {
    }

    record OrderEnvelope(WireOrder order) {
    }

    record Count(long count) {
    }

    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    record WireOrder(long id, String name, String createdAt, String updatedAt, BigDecimal totalPrice,
                     BigDecimal currentTotalPrice, String currency, String email, String financialStatus,
                     String fulfillmentStatus, String cancelledAt, String closedAt, Boolean test,
                     List<WireLine> lineItems) {
    }

    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    record WireLine(String sku, String name, String title, BigDecimal quantity, BigDecimal currentQuantity,
                    BigDecimal price) {
    }

    static CartOrder toCartOrder(WireOrder o) {
        BigDecimal total = o.currentTotalPrice() != null ? o.currentTotalPrice() : o.totalPrice();
        if (o.createdAt() == null || o.updatedAt() == null || total == null || o.currency() == null) {
            throw new IllegalArgumentException("the order has no " + (o.createdAt() == null ? "created_at"
                    : o.updatedAt() == null ? "updated_at" : total == null ? "total_price" : "currency"));
        }
        return new CartOrder(
                Long.toString(o.id()),
                o.name(),
                instant(o.createdAt()),
                instant(o.updatedAt()),
                new Money(total, o.currency()),
                blankToNull(o.email()),
                lifecycle(o),
                cartStatus(o),
                lines(o.lineItems()));
    }

    static Lifecycle lifecycle(WireOrder o) {
        return ShopifyStatuses.lifecycle(o.financialStatus(), o.fulfillmentStatus(), o.cancelledAt() != null,
                o.closedAt() != null, Boolean.TRUE.equals(o.test()));
    }

    private static String cartStatus(WireOrder o) {
        return (o.financialStatus() == null ? "" : o.financialStatus() + ", ")
                + (o.fulfillmentStatus() == null ? "unfulfilled" : o.fulfillmentStatus())
                + (o.cancelledAt() != null ? ", cancelled" : o.closedAt() != null ? ", closed" : "")
                + (Boolean.TRUE.equals(o.test()) ? ", test" : "");
    }

    /**
     * The order as it stands now: {@code current_quantity} where Shopify gives it, so lines
     * removed by an edit or refunded away are not sent to the warehouse.
     */
    private static List<OrderLine> lines(List<WireLine> items) {
        if (items == null) {
            return List.of();
        }
        return items.stream()
                .map(l -> new OrderLine(blankToNull(l.sku()), l.name() != null ? l.name() : l.title(),
                        l.currentQuantity() != null ? l.currentQuantity() : l.quantity(), l.price()))
                .filter(l -> l.quantity() == null || l.quantity().signum() != 0)
                .toList();
    }

    static Instant instant(String iso) {
        return iso == null || iso.isBlank() ? null : OffsetDateTime.parse(iso).toInstant();
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }
}
