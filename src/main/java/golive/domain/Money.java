package golive.domain;

import java.math.BigDecimal;
import java.util.Objects;

/** An amount in a currency; never a double. */
public record Money(BigDecimal amount, String currency) {
    public Money {
        Objects.requireNonNull(amount, "amount");
    }

    /** The amount as a plain decimal string ("426.87", never "4.2687E+2"). */
    public String plain() {
        return amount.toPlainString();
    }
}
