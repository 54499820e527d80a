package golive.cart;

/**
 * One check of a connection test.
 *
 * @param id      stable id: reachable, credentials, read_orders, read_all_orders, orders_page,
 *                store_info, clock_skew, api_version
 * @param outcome PASS, WARN (passes, but tell the user) or FAIL
 * @param detail  what was found, or the cart's own message on failure; never a secret
 */
public record CheckResult(String id, Outcome outcome, String detail) {
    public enum Outcome { PASS, WARN, FAIL }

    public boolean failed() {
        return outcome == Outcome.FAIL;
    }

    public static CheckResult pass(String id, String detail) {
        return new CheckResult(id, Outcome.PASS, detail);
    }

    public static CheckResult warn(String id, String detail) {
        return new CheckResult(id, Outcome.WARN, detail);
    }

    public static CheckResult fail(String id, String detail) {
        return new CheckResult(id, Outcome.FAIL, detail);
    }
}
