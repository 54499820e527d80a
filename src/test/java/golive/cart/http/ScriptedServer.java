package golive.cart.http;

import golive.sandbox.SandboxHttpServer;
import golive.sandbox.SandboxRequest;
import golive.sandbox.SandboxResponse;

import java.net.URI;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** A loopback server answering from a script; the last answer repeats. Records every request. */
final class ScriptedServer implements AutoCloseable {
    private final Deque<SandboxResponse> script = new ArrayDeque<>();
    private final List<SandboxRequest> requests = new CopyOnWriteArrayList<>();
    private final SandboxHttpServer server = new SandboxHttpServer(this::answer).start();
    private SandboxResponse last = SandboxResponse.json(200, "{}");

    synchronized ScriptedServer then(SandboxResponse r) {
        script.add(r);
        return this;
    }

    ScriptedServer then(int status, String json) {
        return then(SandboxResponse.json(status, json));
    }

    private synchronized SandboxResponse answer(SandboxRequest request) {
        requests.add(request);
        SandboxResponse next = script.poll();
        if (next != null) {
            last = next;
        }
        return last;
    }

    URI url(String path) {
        return server.baseUrl().resolve(path);
    }

    List<SandboxRequest> requests() {
        return requests;
    }

    void stop() {
        server.stop();
    }

    @Override
    public void close() {
        server.stop();
    }

    /** Records waits instead of sleeping. */
    static final class RecordingSleeper implements Sleeper {
        final List<Duration> waits = new CopyOnWriteArrayList<>();

        @Override
        public void sleep(Duration d) {
            waits.add(d);
        }
    }
}
