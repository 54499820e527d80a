package golive.cart.http;

import com.fasterxml.jackson.databind.JsonNode;

import java.net.URI;
import java.net.http.HttpHeaders;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;

/**
 * A response the transport accepted: 2xx with a body that parsed (or was empty), or a status
 * the request asked to pass through. Immutable.
 *
 * @param body the parsed JSON, or null for an empty body (BigCommerce answers 204 past the end)
 */
public record CartResponse(URI uri, int status, HttpHeaders headers, JsonNode body) {

    public Optional<String> header(String name) {
        return headers.firstValue(name);
    }

    public List<String> headers(String name) {
        return headers.allValues(name);
    }

    /** The cart's clock as its {@code Date} header says (RFC 1123), when present and readable. */
    public Optional<Instant> cartDate() {
        try {
            return header("Date").map(d -> ZonedDateTime.parse(d.strip(), DateTimeFormatter.RFC_1123_DATE_TIME).toInstant());
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }

    public boolean ok() {
        return status >= 200 && status < 300;
    }

    /** The body mapped onto a wire DTO with the shared mapper. */
    public <T> T as(Class<T> type) {
        if (body == null) {
            throw new golive.cart.CartException("empty body from " + Secrets.redact(uri));
        }
        try {
            return CartHttp.json().treeToValue(body, type);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new golive.cart.CartException("unexpected response shape from " + Secrets.redact(uri) + ": "
                    + Secrets.redact(e.getOriginalMessage()));
        }
    }
}
