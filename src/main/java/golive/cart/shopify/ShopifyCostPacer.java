package golive.cart.shopify;

import com.fasterxml.jackson.databind.JsonNode;

import java.time.Duration;

/**
 * Paces GraphQL queries from the points bucket each answer reports ({@code extensions.cost.
 * throttleStatus}): before a query it waits until the bucket holds what the query will ask for, at
 * the restore rate the shop reported (it differs per plan), so THROTTLED answers stay rare. It
 * counts what it spends and ignores what is restored while a query is in flight, so it errs on the
 * slow side by that much; the next answer corrects it. Thread-safe.
 */
final class ShopifyCostPacer {
    private double available = -1;
    private double restoreRate;
    private double maximum;
    private Duration waited = Duration.ZERO;

    /** How long to wait before sending a query that asks for {@code cost} points. */
    synchronized Duration before(int cost) {
        if (available < 0 || restoreRate <= 0) {
            return Duration.ZERO; // nothing reported yet: the first answer tells us
        }
        double need = Math.min(cost, maximum) - available;
        available -= cost;
        if (need <= 0) {
            return Duration.ZERO;
        }
        available = 0; // we wait until it fits, then spend it
        Duration wait = Duration.ofMillis((long) Math.ceil(need / restoreRate * 1000));
        waited = waited.plus(wait);
        return wait;
    }

    /** Reads an answer's {@code extensions.cost}; a missing one changes nothing. */
    synchronized void observed(JsonNode cost) {
        JsonNode status = cost == null ? null : cost.get("throttleStatus");
        if (status == null || !status.path("currentlyAvailable").isNumber() || !status.path("restoreRate").isNumber()) {
            return;
        }
        available = status.get("currentlyAvailable").asDouble();
        restoreRate = status.get("restoreRate").asDouble();
        maximum = status.path("maximumAvailable").asDouble(available);
    }

    /** All the time this pacer has asked callers to wait. */
    synchronized Duration waited() {
        return waited;
    }
}
