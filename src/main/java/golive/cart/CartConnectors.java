package golive.cart;

import golive.cart.http.HttpSettings;
import golive.cart.shopify.ShopifyConnector;

import java.time.Clock;

/**
 * Opens the connector for a saved {@link CartConfig}. Each cart lives in its own
 * sub-package and gets one line here. Stateless, thread-safe.
 */
public final class CartConnectors {
    private CartConnectors() {
    }

    /** With the default transport settings (real timeouts, retries and sleeping). */
    public static CartConnector open(CartConfig config, Clock clock) {
        return open(config, clock, HttpSettings.defaults());
    }

    /**
     * @param clock    this computer's clock, for the clock-skew check and "now"
     * @param settings timeouts, retry policy and sleeper (tests and rehearsals shrink them)
     * @throws IllegalArgumentException when the kind is not supported yet, or the config is
     *                                  unusable (plain http to a remote host, missing credentials)
     */
    public static CartConnector open(CartConfig config, Clock clock, HttpSettings settings) {
        return switch (config.kind()) {
            case SHOPIFY -> new ShopifyConnector(config, clock, settings);
            default -> throw new IllegalArgumentException(
                    "the " + config.kind().id() + " connector is not supported yet");
        };
    }
}
