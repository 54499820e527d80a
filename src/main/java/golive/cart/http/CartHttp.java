package golive.cart.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import golive.cart.CartException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import javax.net.ssl.SSLException;
import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;

/**
 * The one HTTP transport of every connector: JDK HttpClient, the shared Jackson mapper, and
 * resilience as one layer — pacing before each request, {@code Retry-After} on 429, capped
 * backoff on 5xx, timeouts, resets and unreadable 2xx bodies; 401/403 never retried
 * ({@link CartException.Rejected}), other 4xx {@link CartException.BadRequest}, and
 * {@link CartException.Unavailable} once the attempts are spent. Every message it builds is
 * redacted through {@link Secrets}. Thread-safe: one instance per connector.
 */
public final class CartHttp {
    private static final Logger LOG = LoggerFactory.getLogger(CartHttp.class);
    private static final ObjectMapper JSON = JsonMapper.builder()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .nodeFactory(JsonNodeFactory.withExactBigDecimals(true))
            .addModule(new JavaTimeModule())
            .build();

    /** One client (its threads and connection pool) per connect timeout, shared by every connector. */
    private static final Map<Duration, HttpClient> CLIENTS = new java.util.concurrent.ConcurrentHashMap<>();

    private final HttpSettings settings;
    private final Pacer pacer;
    private final HttpClient client;

    public CartHttp(HttpSettings settings, Pacer pacer) {
        this.settings = settings;
        this.pacer = pacer;
        this.client = CLIENTS.computeIfAbsent(settings.connectTimeout(), timeout -> HttpClient.newBuilder()
                .connectTimeout(timeout)
                .followRedirects(HttpClient.Redirect.NEVER) // a redirect must not carry the token elsewhere
                .build());
    }

    /** The shared mapper: BigDecimal for every decimal, lenient on unknown fields. Thread-safe. */
    public static ObjectMapper json() {
        return JSON;
    }

    public CartResponse get(URI uri, Map<String, String> headers) {
        return send(CartRequest.get(uri).headers(headers));
    }

    /**
     * @throws CartException.Rejected    on 401/403, at once
     * @throws CartException.BadRequest  on another 4xx (or a redirect)
     * @throws CartException.Unavailable when every attempt failed
     */
    public CartResponse send(CartRequest request) {
        return send(() -> request);
    }

    /**
     * Like {@link #send(CartRequest)}, with the request made afresh for every attempt: a signed
     * request (OAuth 1.0a) must not be sent twice with the same nonce.
     */
    public CartResponse send(java.util.function.Supplier<CartRequest> fresh) {
        CartRequest request = registered(fresh.get());
        String where = request.method() + " " + Secrets.redact(request.uri());
        RetryPolicy policy = settings.retry();
        Attempt.Retry last = null;
        for (int attempt = 1; attempt <= policy.maxAttempts(); attempt++) {
            if (last != null) {
                Duration wait = last.retryAfter() != null
                        ? policy.retryAfter(last.retryAfter(), attempt - 1)
                        : policy.backoff(attempt - 1);
                LOG.info("{} failed ({}); attempt {} of {} in {} ms",
                        where, last.reason(), attempt, policy.maxAttempts(), wait.toMillis());
                RetryWatch.retrying(attempt, policy.maxAttempts(), wait);
                pause(wait, where);
            }
            pause(pacer.beforeRequest(), where);
            if (attempt > 1) {
                request = registered(fresh.get());
            }
            Attempt outcome = once(request, where, attempt);
            if (outcome instanceof Attempt.Done done) {
                return done.response();
            }
            last = (Attempt.Retry) outcome;
        }
        String host = request.uri().getHost();
        String message = host + " is unavailable after " + policy.maxAttempts() + " attempts: " + last.reason();
        LOG.warn("{}: {}", where, Secrets.redact(message));
        throw new CartException.Unavailable(Secrets.redact(message), last.cause());
    }

    private static CartRequest registered(CartRequest request) {
        request.headers().forEach((name, value) -> {
            if (Secrets.isSecretHeader(name)) {
                Secrets.register(value);
            }
        });
        return request;
    }

    private Attempt once(CartRequest request, String where, int attempt) {
        HttpRequest.Builder b = HttpRequest.newBuilder(request.uri()).timeout(settings.requestTimeout())
                .method(request.method(), request.body() == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(request.body(), StandardCharsets.UTF_8))
                .setHeader("Accept", "application/json");
        if ("http".equalsIgnoreCase(request.uri().getScheme())) {
            b.version(HttpClient.Version.HTTP_1_1); // loopback sandbox: skip the h2c upgrade dance
        }
        request.headers().forEach(b::setHeader);
        long started = System.nanoTime();
        HttpResponse<byte[]> response;
        try {
            response = client.send(b.build(), HttpResponse.BodyHandlers.ofByteArray());
        } catch (HttpTimeoutException e) {
            return retry("timed out", e);
        } catch (SSLException e) {
            // certificate and TLS problems do not heal by retrying
            throw new CartException.Unavailable(Secrets.redact(where + ": secure connection failed: " + e.getMessage()), e);
        } catch (ConnectException e) {
            if (e.getCause() instanceof java.nio.channels.UnresolvedAddressException) {
                return retry("unknown host " + request.uri().getHost(), e);
            }
            return retry("could not connect" + (e.getMessage() == null ? "" : ": " + e.getMessage()), e);
        } catch (IOException e) {
            return retry("connection failed: " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CartException.Unavailable(where + ": interrupted", e);
        }
        golive.crash.KillPoint.reach("cart.response"); // a crash test's "during a page read": answered, not yet parsed
        int status = response.statusCode();
        pacer.afterResponse(status, response.headers());
        LOG.debug("{} -> {} (attempt {}/{}, {} ms)", where, status, attempt, settings.retry().maxAttempts(),
                (System.nanoTime() - started) / 1_000_000);
        byte[] bytes = response.body();
        boolean ok = status >= 200 && status < 300;
        if (ok || request.passStatuses().contains(status)) {
            try {
                return new Attempt.Done(new CartResponse(request.uri(), status, response.headers(), parse(bytes)));
            } catch (JsonProcessingException e) {
                if (ok) {
                    return retry("unreadable JSON body (" + bytes.length + " bytes): " + e.getOriginalMessage(), e);
                }
                return new Attempt.Done(new CartResponse(request.uri(), status, response.headers(), null));
            }
        }
        String cartMessage = cartMessage(bytes);
        String statusText = "HTTP " + status + (cartMessage == null ? "" : ": " + cartMessage);
        if (status == 401 || status == 403) {
            throw new CartException.Rejected(status, cartMessage != null ? cartMessage
                    : Secrets.redact("HTTP " + status + " from " + request.uri().getHost()));
        }
        if (status == 429 || status == 408 || status >= 500) {
            return new Attempt.Retry(statusText, retryAfter(response.headers()), null);
        }
        if (status >= 300 && status < 400) {
            String location = response.headers().firstValue("Location").map(l -> Secrets.redact(URI.create(l))).orElse("?");
            throw new CartException.BadRequest(Secrets.redact(where + " was redirected to " + location
                    + "; enter the store's permanent URL"));
        }
        throw new CartException.BadRequest(Secrets.redact(where + " failed: " + statusText));
    }

    private static JsonNode parse(byte[] bytes) throws JsonProcessingException {
        String text = new String(bytes, StandardCharsets.UTF_8);
        return text.isBlank() ? null : JSON.readTree(text);
    }

    private static String cartMessage(byte[] bytes) {
        String text = new String(bytes, StandardCharsets.UTF_8);
        JsonNode body;
        try {
            body = text.isBlank() ? null : JSON.readTree(text);
        } catch (JsonProcessingException e) {
            body = null;
        }
        return ErrorBodies.message(body, text);
    }

    /** Retry-After in (possibly fractional) seconds, as Shopify sends it; null when absent or a date. */
    static Duration retryAfter(HttpHeaders headers) {
        return headers.firstValue("Retry-After").map(v -> {
            try {
                double seconds = Double.parseDouble(v.trim());
                return seconds < 0 || Double.isNaN(seconds) ? null : Duration.ofMillis((long) Math.ceil(seconds * 1000));
            } catch (NumberFormatException e) {
                return null;
            }
        }).orElse(null);
    }

    private static Attempt.Retry retry(String reason, Throwable cause) {
        return new Attempt.Retry(Secrets.redact(reason), null, cause);
    }

    private void pause(Duration d, String where) {
        if (d == null || d.isZero() || d.isNegative()) {
            return;
        }
        try {
            settings.sleeper().sleep(d);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CartException.Unavailable(where + ": interrupted", e);
        }
    }

    private sealed interface Attempt {
        record Done(CartResponse response) implements Attempt {
        }

        record Retry(String reason, Duration retryAfter, Throwable cause) implements Attempt {
        }
    }
}
