package golive.cli;

import golive.cart.CartConfig;
import golive.cart.CheckResult;
import golive.cart.ConnectionReport;
import golive.cart.http.CartUrls;
import golive.domain.CartKind;
import golive.launch.InvalidInput;
import golive.launch.Problem;
import golive.launch.ProblemCode;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.net.URI;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

/** {@code cart connect | test | disconnect}: step 1 and step 2. */
@Command(name = "cart", description = "Connect, test or disconnect the shopping cart.",
        subcommands = {CartCommands.Connect.class, CartCommands.Test.class, CartCommands.Disconnect.class})
final class CartCommands {

    @Command(name = "connect", description = "Save the cart (secrets encrypted). Secrets may come from GOLIVE_CART_TOKEN, "
            + "GOLIVE_CART_KEY, GOLIVE_CART_SECRET, GOLIVE_CART_TOKEN_SECRET instead of flags.")
    static final class Connect implements Callable<Integer> {
        private final Session s;
        @Option(names = "--kind", required = true, description = "shopify | woocommerce | bigcommerce | magento | prestashop")
        String kind;
        @Option(names = "--url", required = true, description = "the store URL, e.g. https://my-shop.myshopify.com")
        String url;
        @Option(names = "--token", description = "access token (Shopify legacy Admin API, BigCommerce API account, Magento integration)") String token;
        @Option(names = "--key", description = "consumer / webservice key") String key;
        @Option(names = "--secret", description = "consumer secret") String secret;
        @Option(names = "--token-secret", description = "access token secret (Magento, OAuth 1.0a signing)") String tokenSecret;
        @Option(names = "--api-version", description = "cart API version to request (Shopify: e.g. 2025-07)") String apiVersion;

        Connect(Session s) {
            this.s = s;
        }

        @Override
        public Integer call() {
            CartKind k;
            try {
                k = CartKind.fromId(kind);
            } catch (IllegalArgumentException e) {
                throw new InvalidInput(Problem.of(ProblemCode.UNSUPPORTED_CART, kind, golive.cart.CartConnectors.supportedIds()));
            }
            URI uri;
            try {
                uri = CartUrls.parse(url);
            } catch (IllegalArgumentException e) {
                boolean insecure = url.trim().toLowerCase(java.util.Locale.ROOT).startsWith("http://");
                String shown = CartUrls.shown(url);
                throw new InvalidInput(insecure && !e.getMessage().contains("must not carry")
                        ? Problem.of(ProblemCode.INSECURE_URL, shown) : Problem.of(ProblemCode.BAD_URL, shown, e.getMessage()));
            }
            Map<String, String> secrets = new HashMap<>();
            put(secrets, CartConfig.TOKEN, token, "GOLIVE_CART_TOKEN");
            put(secrets, CartConfig.KEY, key, "GOLIVE_CART_KEY");
            put(secrets, CartConfig.SECRET, secret, "GOLIVE_CART_SECRET");
            put(secrets, CartConfig.TOKEN_SECRET, tokenSecret, "GOLIVE_CART_TOKEN_SECRET");
            CartConfig config = new CartConfig(k, uri, secrets, apiVersion);
            s.cutover().connect(config);
            s.output.result(Output.map("connected", true, "kind", k.id(), "url", config.normalisedUrl(),
                            "secrets", secrets.keySet().stream().sorted().toList(), "database", s.where()),
                    "Connected " + k.id() + " store " + config.normalisedUrl() + " (secrets encrypted in " + s.where()
                            + "). Next: cart test");
            return ExitCode.OK;
        }

        private void put(Map<String, String> secrets, String name, String flag, String envName) {
            String v = flag != null ? flag : s.env.get(envName);
            if (v != null && !v.isBlank()) {
                secrets.put(name, v.trim());
            }
        }
    }

    @Command(name = "test", description = "Test the connection: every check, each with the cart's own message.")
    static final class Test implements Callable<Integer> {
        private final Session s;

        Test(Session s) {
            this.s = s;
        }

        @Override
        public Integer call() {
            ConnectionReport r = s.cutover().test();
            List<Map<String, Object>> checks = new ArrayList<>();
            StringBuilder text = new StringBuilder("Connection test " + (r.passed() ? "PASSED" : "FAILED") + "\n");
            for (CheckResult c : r.checks()) {
                checks.add(Output.map("id", c.id(), "outcome", c.outcome().name(), "detail", c.detail()));
                text.append(String.format("  %-4s %-16s %s%n", c.outcome(), c.id(), c.detail() == null ? "" : c.detail()));
            }
            if (r.storeZone() != null) {
                text.append("Store time zone ").append(r.storeZone()).append(", currency ").append(r.currency());
            }
            s.output.result(Output.map("passed", r.passed(), "checks", checks, "storeZone", r.storeZone(),
                    "currency", r.currency(), "apiVersion", r.apiVersionServed(), "historyLimitDays", r.historyLimitDays(),
                    "clockSkewSeconds", r.clockSkew() == null ? null : r.clockSkew().toSeconds()), text.toString().stripTrailing());
            if (r.passed()) {
                return ExitCode.OK;
            }
            // an unreachable cart is exit 4; anything else that failed is a failed check, exit 3
            boolean unreachable = r.checks().stream().anyMatch(c -> c.failed() && c.id().equals("reachable"));
            return unreachable ? ExitCode.CART_UNAVAILABLE : ExitCode.REFUSED;
        }
    }

    @Command(name = "disconnect", description = "Forget the cart and delete its stored secrets.")
    static final class Disconnect implements Callable<Integer> {
        private final Session s;

        Disconnect(Session s) {
            this.s = s;
        }

        @Override
        public Integer call() {
            boolean removed = s.cutover().disconnect();
            s.output.result(Output.map("disconnected", removed),
                    removed ? "Disconnected; the stored secrets are deleted." : "No cart was connected.");
            return ExitCode.OK;
        }
    }
}
