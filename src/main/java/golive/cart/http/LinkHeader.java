package golive.cart.http;

import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * RFC 8288 {@code Link} headers as Shopify and WooCommerce send them:
 * {@code <https://…page_info=abc>; rel="previous", <https://…page_info=def>; rel="next"}.
 * Stateless, thread-safe.
 */
public final class LinkHeader {
    private static final Pattern LINK = Pattern.compile("<([^>]*)>\\s*((?:;\\s*[^;,]+)*)");
    private static final Pattern REL = Pattern.compile("rel\\s*=\\s*\"?([^\";,]+)\"?", Pattern.CASE_INSENSITIVE);

    private LinkHeader() {
    }

    /** The URI with the given rel among every {@code Link} header value, exactly as given. */
    public static Optional<URI> find(List<String> headerValues, String rel) {
        for (String value : headerValues) {
            Matcher m = LINK.matcher(value);
            while (m.find()) {
                Matcher r = REL.matcher(m.group(2));
                if (r.find()) {
                    for (String one : r.group(1).trim().toLowerCase(Locale.ROOT).split("\\s+")) {
                        if (one.equals(rel)) {
                            return Optional.of(URI.create(m.group(1).trim()));
                        }
                    }
                }
            }
        }
        return Optional.empty();
    }
}
