package golive.sandbox;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

/**
 * What every cart's face of the sandbox does alike: it serves on 127.0.0.1, spoils chosen requests
 * ({@link #faults()}, through {@link Spoiler}), logs each request with its answer, and calls the
 * after-page hook before an orders page is sent. A face says only how its cart answers. Thread-safe.
 */
public abstract class LoopbackFace implements SandboxFace {
    protected final SandboxShop shop;
    private final Faults faults = new Faults();
    private final SandboxHttpServer server = new SandboxHttpServer(this::handle);
    private final List<String> requestLog = new CopyOnWriteArrayList<>();
    private volatile Consumer<ServedPage> afterOrdersPage;

    protected LoopbackFace(SandboxShop shop) {
        this.shop = shop;
    }

    /** The cart's answer to {@code request}, without faults. */
    protected abstract SandboxResponse answer(SandboxRequest request);

    /** The cart's own words for {@link Fault.Status}, {@link Fault.RateLimited} and {@link Fault.RevokedToken}. */
    protected abstract SandboxResponse inOwnWords(Fault fault, SandboxRequest request);

    /** Listens on 127.0.0.1:{@code port} (0 for a free one). */
    protected void listen(int port) {
        server.start(port);
    }

    /** Stops answering: the port then refuses connections (the cart unreachable). */
    public void stop() {
        server.stop();
    }

    @Override
    public void close() {
        stop();
    }

    /** The store URL a merchant enters: the server's root, unless the cart's API lives under a path. */
    @Override
    public URI baseUrl() {
        return root();
    }

    /** http://127.0.0.1:{port} */
    protected URI root() {
        return server.baseUrl();
    }

    @Override
    public SandboxShop shop() {
        return shop;
    }

    @Override
    public Faults faults() {
        return faults;
    }

    /** Requests received, as "GET /path?query -> status", oldest first. */
    public List<String> requestLog() {
        return new ArrayList<>(requestLog);
    }

    /** Called after each orders page is built, before it is sent; null for none. */
    public LoopbackFace afterOrdersPage(Consumer<ServedPage> hook) {
        this.afterOrdersPage = hook;
        return this;
    }

    /** Tells the after-page hook (if any) what the page holds. */
    protected void served(ServedPage page) {
        Consumer<ServedPage> hook = afterOrdersPage;
        if (hook != null) {
            hook.accept(page);
        }
    }

    private SandboxResponse handle(SandboxRequest request) {
        SandboxResponse response = Spoiler.apply(faults.take(), () -> answer(request), f -> inOwnWords(f, request));
        requestLog.add(request.method() + " " + request.target() + " -> "
                + (response.wire() == SandboxResponse.Wire.DROP ? "dropped" : response.status()));
        return response;
    }
}
