package golive.sandbox;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * How a face answers under a {@link Fault}: the faults that look the same on every cart (a dropped
 * connection, a host's HTML error page, a slow, truncated or cut answer) here; those a cart words
 * itself (an error status, a 429, a revoked credential) by the face. Stateless.
 */
public final class Spoiler {
    private Spoiler() {
    }

    /**
     * @param real        the answer without the fault
     * @param inCartWords the face's own answer to {@link Fault.Status}, {@link Fault.RateLimited} and
     *                    {@link Fault.RevokedToken}
     */
    public static SandboxResponse apply(Fault fault, Supplier<SandboxResponse> real, Function<Fault, SandboxResponse> inCartWords) {
        if (fault == null) {
            return real.get();
        }
        if (fault instanceof Fault.Drop) {
            return SandboxResponse.drop();
        }
        if (fault instanceof Fault.HtmlError h) {
            return htmlError(h.status(), h.retryAfter());
        }
        if (fault instanceof Fault.Status || fault instanceof Fault.RateLimited || fault instanceof Fault.RevokedToken) {
            return inCartWords.apply(fault);
        }
        SandboxResponse answer = real.get();
        if (fault instanceof Fault.Slow s) {
            return answer.delayed(s.delay());
        }
        if (fault instanceof Fault.TruncatedJson) {
            return answer.withBody(Arrays.copyOf(answer.body(), answer.body().length / 2));
        }
        if (fault instanceof Fault.CutBody) {
            return answer.on(SandboxResponse.Wire.CUT);
        }
        return answer;
    }

    /** A host's or firewall's HTML error page, with {@code Retry-After} when not null. */
    public static SandboxResponse htmlError(int status, String retryAfter) {
        SandboxResponse page = new SandboxResponse(status, java.util.Map.of("Content-Type", "text/html; charset=UTF-8"),
                ("<!DOCTYPE html><html><head><title>" + status + " Too Many Requests</title></head><body><h1>Slow down</h1>"
                        + "<p>The host's firewall limited requests from your address. Please try again later.</p></body></html>")
                        .getBytes(StandardCharsets.UTF_8), java.time.Duration.ZERO, SandboxResponse.Wire.NORMAL);
        return retryAfter == null ? page : page.withHeader("Retry-After", retryAfter);
    }
}
