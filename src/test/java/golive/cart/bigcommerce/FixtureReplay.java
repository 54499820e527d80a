package golive.cart.bigcommerce;

import golive.sandbox.SandboxHttpServer;
import golive.sandbox.SandboxRequest;
import golive.sandbox.SandboxResponse;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Function;

/**
 * Replays the recorded BigCommerce fixtures from a loopback server: a body ({@code name.json}) with
 * its status line and headers ({@code name.headers.txt}, else 200 and the first page's headers), or
 * only the headers where the recording has no body (the 204 past the end).
 */
final class FixtureReplay implements AutoCloseable {
    final List<SandboxRequest> requests = new CopyOnWriteArrayList<>();
    private final SandboxHttpServer server;

    FixtureReplay(Function<SandboxRequest, String> route) {
        server = new SandboxHttpServer(req -> {
            requests.add(req);
            return response(route.apply(req));
        }).start();
    }

    /** The API Path of the recorded store, on this server. */
    String apiPath() {
        return server.baseUrl() + "/stores/abc123/v3/";
    }

    private static SandboxResponse response(String name) {
        InputStream bodyFile = resource(name + ".json");
        String body = bodyFile == null ? "" : text(name + ".json");
        String head = resource(name + ".headers.txt") != null ? text(name + ".headers.txt") : text("orders-page1.headers.txt");
        String[] lines = head.split("\r?\n");
        int status = Integer.parseInt(lines[0].split(" ")[1]);
        Map<String, String> headers = new LinkedHashMap<>();
        for (int i = 1; i < lines.length; i++) {
            int colon = lines[i].indexOf(':');
            String key = colon < 0 ? "" : lines[i].substring(0, colon).trim();
            // the server frames the body itself
            if (colon > 0 && !key.equalsIgnoreCase("Transfer-Encoding") && !key.equalsIgnoreCase("Connection")) {
                headers.put(key, lines[i].substring(colon + 1).trim());
            }
        }
        return new SandboxResponse(status, headers, body.getBytes(StandardCharsets.UTF_8), Duration.ZERO, SandboxResponse.Wire.NORMAL);
    }

    private static InputStream resource(String file) {
        return FixtureReplay.class.getResourceAsStream("/golive/cart/bigcommerce/" + file);
    }

    static String text(String file) {
        try (InputStream in = resource(file)) {
            if (in == null) {
                throw new IllegalArgumentException("no fixture " + file);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        server.stop();
    }
}
