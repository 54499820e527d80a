package golive.cart;

import java.time.Duration;
import java.util.List;

/**
 * The result of a connection test (step 2). Checks after a failed one that depends on it are
 * not run. {@code historyLimitDays} is how far back the credentials can see orders (Shopify
 * without read_all_orders: 60), null for no limit; the guard compares it with 'Import Orders from'.
 */
public record ConnectionReport(
        List<CheckResult> checks,
        String storeZone,
        String currency,
        String apiVersionServed,
        Integer historyLimitDays,
        Duration clockSkew) {

    public ConnectionReport {
        checks = List.copyOf(checks);
    }

    public boolean passed() {
        return !checks.isEmpty() && checks.stream().noneMatch(CheckResult::failed);
    }
}
