package golive.cart.shopify;

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
 * Replays the recorded Shopify fixtures (body + status line and headers) from a loopback
 * server; absolute links in them are pointed at this server.
 */
final class FixtureReplay implements AutoCloseable {
    private static final String RECORDED_HOST = "https://example-shop.myshopify.com";
    final List<SandboxRequest> requests = new CopyOnWriteArrayList<>();
    private final SandboxHttpServer server;

    FixtureReplay(Function<SandboxRequest, String> route) {
        server = new SandboxHttpServer(req -> {
            requests.add(req);
            return response(route.apply(req));
        }).start();
    }

    String baseUrl() {
        return server.baseUrl().toString();
    }

    /** "orders-page1" → the body of orders-page1.json with orders-page1.headers.txt (or 200 and shop headers). */
    private SandboxResponse response(String name) {
        String body = text(name + ".json");
        String head = resource(name + ".headers.txt") != null ? text(name + ".headers.txt")
                : "HTTP/1.1 200 OK\nDate: Fri, 03 Jan 2025 14:20:11 GMT\nContent-Type: application/json; charset=utf-8\n"
                + "X-Shopify-Shop-Api-Call-Limit: 1/40\nX-Shopify-API-Version: 2025-01\n";
        String[] lines = head.replace(RECORDED_HOST, baseUrl()).split("\r?\n");
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
        return new SandboxResponse(status, headers, body.getBytes(StandardCharsets.UTF_8), Duration.ZERO,
                SandboxResponse.Wire.NORMAL);
    }

    private static InputStream resource(String file) {
        return FixtureReplay.class.getResourceAsStream("/golive/cart/shopify/" + file);
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
