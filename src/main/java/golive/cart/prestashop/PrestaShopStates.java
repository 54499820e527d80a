package golive.cart.prestashop;

import com.fasterxml.jackson.databind.JsonNode;
import golive.cart.CartException;
import golive.cart.Lifecycle;

import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * A shop's order states ({@code /api/order_states?display=full}) in cart-neutral terms. Ids differ
 * per shop and merchants add their own states, so the rule reads each state's flags and names, in
 * this order: the cancelled ({@code order_canceled}) and payment-error ({@code payment_error})
 * templates, or the states the shop's {@code PS_OS_CANCELED} / {@code PS_OS_ERROR} name, are
 * cancelled; the {@code refund} template or {@code PS_OS_REFUND} is refunded; a state with
 * {@code shipped=1} (Shipped, Delivered, any custom shipped state) is fulfilled; a {@code paid=1}
 * state is open; every other state awaits payment (check, bank wire, cash on delivery, backorder not
 * paid). {@code delivery=1} is not read: it only means a delivery slip may be printed, and the
 * default "Processing in progress" has it. Importable, then, is everything not shipped, delivered,
 * cancelled, refunded or in error. Immutable.
 */
final class PrestaShopStates {
    /** The configuration names that say which state ids mean cancelled, refunded and payment error. */
    static final Set<String> CONFIGURATION = Set.of("PS_OS_CANCELED", "PS_OS_REFUND", "PS_OS_ERROR");

    record State(int id, String name, Lifecycle lifecycle) {
    }

    private final Map<Integer, State> byId;

    private PrestaShopStates(Map<Integer, State> byId) {
        this.byId = byId;
    }

    /**
     * @param body          the {@code order_states} answer
     * @param configuration the shop's {@code PS_OS_*} values by name (missing ones are fine)
     */
    static PrestaShopStates of(JsonNode body, Map<String, String> configuration) {
        JsonNode list = body == null ? null : body.get("order_states");
        if (list == null || !list.isArray()) {
            throw new CartException("the shop's order_states answer lists no states");
        }
        Map<Integer, State> states = new TreeMap<>();
        for (JsonNode s : list) {
            int id = s.path("id").asInt(-1);
            if (id < 0) {
                continue;
            }
            String name = PrestaShopOrders.language(s.get("name"));
            states.put(id, new State(id, name == null ? "state " + id : name, lifecycle(id, s, configuration)));
        }
        return new PrestaShopStates(Map.copyOf(states));
    }

    private static Lifecycle lifecycle(int id, JsonNode s, Map<String, String> configuration) {
        String template = PrestaShopOrders.language(s.get("template"));
        if ("order_canceled".equals(template) || "payment_error".equals(template)
                || is(id, configuration.get("PS_OS_CANCELED")) || is(id, configuration.get("PS_OS_ERROR"))) {
            return Lifecycle.CANCELLED;
        }
        if ("refund".equals(template) || is(id, configuration.get("PS_OS_REFUND"))) {
            return Lifecycle.REFUNDED;
        }
        if (flag(s, "shipped")) {
            return Lifecycle.FULFILLED;
        }
        return flag(s, "paid") ? Lifecycle.OPEN : Lifecycle.PENDING_PAYMENT;
    }

    private static boolean is(int id, String configured) {
        return configured != null && configured.strip().equals(String.valueOf(id));
    }

    private static boolean flag(JsonNode s, String name) {
        return "1".equals(s.path(name).asText("0").strip());
    }

    /** @throws IllegalArgumentException for a state the shop did not list (the order is set aside, not guessed at) */
    State state(String currentState) {
        State s = currentState == null || !currentState.strip().matches("\\d{1,9}") ? null : byId.get(Integer.parseInt(currentState.strip()));
        if (s == null) {
            throw new IllegalArgumentException("its current_state '" + currentState + "' is not one of the shop's order states");
        }
        return s;
    }

    int size() {
        return byId.size();
    }

    /** How many states import (for the connection test's summary). */
    long importable() {
        return byId.values().stream().filter(s -> !s.lifecycle().excluded()).count();
    }
}
