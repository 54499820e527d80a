package golive.domain;

import java.math.BigDecimal;

/** One line item of an order: price is the unit price. */
public record OrderLine(String sku, String description, BigDecimal quantity, BigDecimal price) {
}
