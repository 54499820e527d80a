package golive.openorders;

import golive.domain.OrderLine;
import golive.domain.ShipTo;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/**
 * One order as the file gives it, after its rows were put together. A skipped order (not open)
 * carries only its number and the reason; an invalid one ({@code valid} false) had problems
 * that were logged, and its values may be null.
 *
 * @param line the physical line of the order's first row
 * @param norm the order number in normal form (identity when there is no cart order id)
 */
record FileOrder(long line, String number, String norm, String cartId, Instant createdAt, String currency,
                 BigDecimal total, String email, String name, ShipTo shipTo, List<OrderLine> lines,
                 String skipReason, boolean valid) {

    static FileOrder skipped(long line, String number, String norm, String reason) {
        return new FileOrder(line, number, norm, null, null, null, null, null, null, null, List.of(), reason, true);
    }

    boolean open() {
        return skipReason == null;
    }
}
