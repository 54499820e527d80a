package golive.sandbox.bigcommerce;

import golive.sandbox.SandboxResponse;

import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** The headers BigCommerce puts on its answers: the HTTP date and the window quota's four. Stateless. */
final class BigCommerceHeaders {
    static final DateTimeFormatter HTTP_DATE =
            DateTimeFormatter.ofPattern("EEE, dd MMM yyyy HH:mm:ss 'GMT'", Locale.US).withZone(ZoneOffset.UTC);
    static final String LEFT = "X-Rate-Limit-Requests-Left";
    static final String QUOTA = "X-Rate-Limit-Requests-Quota";
    static final String RESET_MS = "X-Rate-Limit-Time-Reset-Ms";
    static final String WINDOW_MS = "X-Rate-Limit-Time-Window-Ms";

    private BigCommerceHeaders() {
    }

    static SandboxResponse quota(SandboxResponse r, BigCommerceQuota.Reading q) {
        return r.withHeader(WINDOW_MS, Long.toString(q.windowMs())).withHeader(RESET_MS, Long.toString(q.resetMs()))
                .withHeader(QUOTA, Integer.toString(q.quota())).withHeader(LEFT, Integer.toString(q.left()));
    }
}
