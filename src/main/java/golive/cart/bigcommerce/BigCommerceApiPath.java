package golive.cart.bigcommerce;

import java.net.URI;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where a BigCommerce store's API lives, from what a merchant pastes. The store-level API account
 * shows an API Path, {@code https://api.bigcommerce.com/stores/{hash}/v3/}; the Orders API is its
 * {@code /v2/} sibling, so the v3 path, the v2 path and the path with no version all name it. The
 * control panel's address, {@code store-{hash}.mybigcommerce.com}, carries the same hash and is
 * turned into the API Path; any other address (the storefront's own domain) cannot be, and the
 * merchant is told where the API Path is shown. Stateless.
 */
public final class BigCommerceApiPath {
    static final String WHERE = "copy the API Path shown with the store's API account (in the BigCommerce control panel: "
            + "Settings › Store-level API accounts, or Advanced Settings › API Accounts), such as "
            + "https://api.bigcommerce.com/stores/abc123/v3/";
    private static final Pattern API = Pattern.compile("(?i)(.*?/stores/[a-z0-9]+)(/v[23])?/*");
    private static final Pattern CONTROL_PANEL = Pattern.compile("(?i)store-([a-z0-9]+)\\.mybigcommerce\\.com\\.?");

    private BigCommerceApiPath() {
    }

    /** The API Path for a pasted control-panel address; anything else as given. */
    public static URI of(URI pasted) {
        Matcher m = pasted.getHost() == null ? null : CONTROL_PANEL.matcher(pasted.getHost());
        if (m != null && m.matches()) {
            return URI.create("https://api.bigcommerce.com/stores/" + m.group(1).toLowerCase(Locale.ROOT) + "/v3/");
        }
        return pasted;
    }

    /** Why {@code url} is not an API Path, in a merchant's words; empty when it is one. */
    public static Optional<String> problem(URI url) {
        String path = url.getRawPath() == null ? "" : url.getRawPath();
        return API.matcher(path).matches() ? Optional.empty()
                : Optional.of("a BigCommerce store is connected by its API Path, not its storefront address: " + WHERE);
    }

    /**
     * The Orders V2 root with a trailing slash: {@code https://api.bigcommerce.com/stores/{hash}/v2/}.
     *
     * @throws IllegalArgumentException when {@code url} is not an API Path
     */
    static URI v2(URI url) {
        problem(url).ifPresent(why -> {
            throw new IllegalArgumentException(why);
        });
        Matcher m = API.matcher(url.getRawPath());
        m.matches();
        return URI.create(url.getScheme().toLowerCase(Locale.ROOT) + "://" + url.getRawAuthority() + m.group(1) + "/v2/");
    }
}
