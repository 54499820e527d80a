package golive.sandbox;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What the sandbox server writes back, including how it misbehaves on the wire: after a
 * {@code delay}, normally, by dropping the connection without an answer ({@link Wire#DROP}),
 * or by cutting it in the middle of the body ({@link Wire#CUT}). Immutable.
 */
public record SandboxResponse(int status, Map<String, String> headers, byte[] body, Duration delay, Wire wire) {

    public enum Wire { NORMAL, DROP, CUT }

    public SandboxResponse {
        headers = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(headers));
    }

    public static SandboxResponse json(int status, String json) {
        return new SandboxResponse(status, Map.of("Content-Type", "application/json; charset=utf-8"),
                json.getBytes(StandardCharsets.UTF_8), Duration.ZERO, Wire.NORMAL);
    }

    /** Closes the connection without answering. */
    public static SandboxResponse drop() {
        return new SandboxResponse(0, Map.of(), new byte[0], Duration.ZERO, Wire.DROP);
    }

    public SandboxResponse withHeader(String name, String value) {
        Map<String, String> h = new LinkedHashMap<>(headers);
        h.keySet().removeIf(k -> k.equalsIgnoreCase(name));
        h.put(name, value);
        return new SandboxResponse(status, h, body, delay, wire);
    }

    public SandboxResponse withBody(byte[] newBody) {
        return new SandboxResponse(status, headers, newBody, delay, wire);
    }

    public SandboxResponse delayed(Duration d) {
        return new SandboxResponse(status, headers, body, d, wire);
    }

    public SandboxResponse on(Wire w) {
        return new SandboxResponse(status, headers, body, delay, w);
    }

    public String bodyText() {
        return new String(body, StandardCharsets.UTF_8);
    }
}
