package golive.openorders;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * One order of the preview as it will enter the store: enough for a person to recognise it.
 *
 * @param line the physical line where the order starts in the file
 */
public record PreviewOrder(long line, String number, String cartOrderId, Instant createdAt, String customerEmail,
                           int lines, String currency, BigDecimal total) {
}
