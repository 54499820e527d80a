package golive.sandbox;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A minimal HTTP/1.1 server on 127.0.0.1 (keep-alive, Content-Length bodies). Not the JDK's
 * {@code com.sun.net.httpserver}: that one overwrites the {@code Date} header with the real
 * time, and the sandbox must send its own clock's (to exercise clock skew), drop connections
 * and cut bodies mid-way. Thread-safe; one thread per open connection.
 */
public final class SandboxHttpServer implements AutoCloseable {
    /** Answers one request; called concurrently from connection threads. */
    @FunctionalInterface
    public interface Handler {
        SandboxResponse handle(SandboxRequest request);
    }

    private static final Logger LOG = LoggerFactory.getLogger(SandboxHttpServer.class);
    private static final int MAX_LINE = 16 * 1024;
    private static final AtomicInteger THREADS = new AtomicInteger();

    private final Handler handler;
    private final Set<Socket> connections = ConcurrentHashMap.newKeySet();
    private ServerSocket server;
    private ExecutorService pool;
    private int port = -1;

    public SandboxHttpServer(Handler handler) {
        this.handler = handler;
    }

    /** Binds to 127.0.0.1 on a free port and starts accepting. */
    public SandboxHttpServer start() {
        return start(0);
    }

    /**
     * Binds to 127.0.0.1 on {@code chosenPort} (0 for a free one) and starts accepting. A chosen
     * port serves a store made earlier against a sandbox on that port (the shop key holds it).
     */
    public synchronized SandboxHttpServer start(int chosenPort) {
        if (server != null) {
            return this;
        }
        try {
            server = new ServerSocket(chosenPort, 50, InetAddress.getLoopbackAddress());
        } catch (IOException e) {
            throw new IllegalStateException("cannot bind the sandbox to 127.0.0.1:" + chosenPort, e);
        }
        pool = Executors.newCachedThreadPool(r -> {
            Thread t = new Thread(r, "sandbox-http-" + THREADS.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
        ServerSocket s = server;
        port = s.getLocalPort();
        pool.execute(() -> acceptLoop(s));
        return this;
    }

    /** The bound port; still known after {@link #stop()}, when it refuses connections. */
    public synchronized int port() {
        if (port < 0) {
            throw new IllegalStateException("the sandbox server was never started");
        }
        return port;
    }

    /** http://127.0.0.1:{port} */
    public URI baseUrl() {
        return URI.create("http://127.0.0.1:" + port());
    }

    /** Stops accepting and closes every open connection; the port then refuses connections. */
    public synchronized void stop() {
        if (server == null) {
            return;
        }
        try {
            server.close();
        } catch (IOException ignored) {
            // closing anyway
        }
        connections.forEach(SandboxHttpServer::closeQuietly);
        pool.shutdownNow();
        server = null;
    }

    @Override
    public void close() {
        stop();
    }

    private void acceptLoop(ServerSocket s) {
        while (!s.isClosed()) {
            try {
                Socket c = s.accept();
                connections.add(c);
                pool.execute(() -> serve(c));
            } catch (IOException | java.util.concurrent.RejectedExecutionException e) {
                return; // closed by stop()
            } catch (RuntimeException e) {
                LOG.warn("sandbox accept failed; still accepting", e); // one bad connection must not stop the cart
            }
        }
    }

    private void serve(Socket socket) {
        try (socket) {
            InputStream in = new BufferedInputStream(socket.getInputStream());
            OutputStream out = new BufferedOutputStream(socket.getOutputStream());
            SandboxRequest request;
            while ((request = read(in)) != null) {
                SandboxResponse response = answer(request);
                if (!write(out, request, response)) {
                    return;
                }
                if (request.header("connection").map(v -> v.toLowerCase(Locale.ROOT).contains("close")).orElse(false)) {
                    return;
                }
            }
        } catch (IOException | InterruptedException e) {
            // the client went away or the server stopped
        } finally {
            connections.remove(socket);
        }
    }

    private SandboxResponse answer(SandboxRequest request) {
        try {
            return handler.handle(request);
        } catch (RuntimeException e) {
            LOG.warn("sandbox handler failed on {} {}", request.method(), request.target(), e);
            return SandboxResponse.json(500, "{\"errors\":\"Internal Server Error\"}");
        }
    }

    private static SandboxRequest read(InputStream in) throws IOException {
        String requestLine = line(in);
        if (requestLine == null) {
            return null;
        }
        String[] parts = requestLine.split(" ");
        if (parts.length < 3) {
            throw new IOException("bad request line");
        }
        Map<String, List<String>> headers = new LinkedHashMap<>();
        String h;
        while ((h = line(in)) != null && !h.isEmpty()) {
            int colon = h.indexOf(':');
            if (colon > 0) {
                headers.computeIfAbsent(h.substring(0, colon).trim().toLowerCase(Locale.ROOT), k -> new ArrayList<>())
                        .add(h.substring(colon + 1).trim());
            }
        }
        int length = headers.containsKey("content-length") ? Integer.parseInt(headers.get("content-length").get(0)) : 0;
        byte[] body = in.readNBytes(length);
        String target = parts[1];
        int q = target.indexOf('?');
        return new SandboxRequest(parts[0], q < 0 ? target : target.substring(0, q),
                q < 0 ? null : target.substring(q + 1), headers, body);
    }

    private static String line(InputStream in) throws IOException {
        ByteArrayOutputStream buf = new ByteArrayOutputStream();
        int b;
        while ((b = in.read()) != -1) {
            if (b == '\n') {
                byte[] bytes = buf.toByteArray();
                int n = bytes.length > 0 && bytes[bytes.length - 1] == '\r' ? bytes.length - 1 : bytes.length;
                return new String(bytes, 0, n, StandardCharsets.ISO_8859_1);
            }
            if (buf.size() >= MAX_LINE) {
                throw new IOException("header line too long");
            }
            buf.write(b);
        }
        return buf.size() == 0 ? null : buf.toString(StandardCharsets.ISO_8859_1);
    }

    /** @return whether the connection stays open */
    private static boolean write(OutputStream out, SandboxRequest request, SandboxResponse r)
            throws IOException, InterruptedException {
        if (!r.delay().isZero() && !r.delay().isNegative()) {
            Thread.sleep(r.delay().toMillis());
        }
        if (r.wire() == SandboxResponse.Wire.DROP) {
            return false;
        }
        StringBuilder head = new StringBuilder("HTTP/1.1 ").append(r.status()).append(' ').append(reason(r.status())).append("\r\n");
        r.headers().forEach((k, v) -> head.append(k).append(": ").append(v).append("\r\n"));
        boolean hasBody = !request.method().equals("HEAD");
        head.append("Content-Length: ").append(r.body().length).append("\r\n\r\n");
        out.write(head.toString().getBytes(StandardCharsets.ISO_8859_1));
        if (hasBody) {
            out.write(r.body(), 0, r.wire() == SandboxResponse.Wire.CUT ? r.body().length / 2 : r.body().length);
        }
        out.flush();
        return r.wire() != SandboxResponse.Wire.CUT;
    }

    private static String reason(int status) {
        return switch (status) {
            case 200 -> "OK";
            case 204 -> "No Content";
            case 400 -> "Bad Request";
            case 401 -> "Unauthorized";
            case 403 -> "Forbidden";
            case 404 -> "Not Found";
            case 406 -> "Not Acceptable";
            case 429 -> "Too Many Requests";
            case 500 -> "Internal Server Error";
            case 502 -> "Bad Gateway";
            case 503 -> "Service Unavailable";
            case 504 -> "Gateway Timeout";
            default -> "Status";
        };
    }

    private static void closeQuietly(Socket s) {
        try {
            s.close();
        } catch (IOException ignored) {
            // already closed
        }
    }
}
