package golive.ui.fx;

import javafx.application.Platform;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

/**
 * The one way user-started work leaves the FX thread: {@code work} runs on the worker executor,
 * its result or failure is handed to the callbacks on the FX executor. View models depend on it,
 * so tests pass {@link #inline()} (or their own executors) and need no toolkit.
 * Thread-safe; callbacks always run on the FX executor.
 */
public final class Background implements AutoCloseable {

    /** Blocking work that may report progress (0..1, or -1 for "unknown"). */
    @FunctionalInterface
    public interface Work<T> {
        T call(Consumer<Double> progress) throws Exception;
    }

    private final java.util.concurrent.Executor worker;
    private final java.util.concurrent.Executor fx;
    private final ExecutorService owned;

    public Background(java.util.concurrent.Executor worker, java.util.concurrent.Executor fx) {
        this(worker, fx, null);
    }

    private Background(java.util.concurrent.Executor worker, java.util.concurrent.Executor fx, ExecutorService owned) {
        this.worker = worker;
        this.fx = fx;
        this.owned = owned;
    }

    /** For the app: a small daemon pool, results on the JavaFX Application Thread. */
    public static Background forFx() {
        ExecutorService pool = Executors.newFixedThreadPool(4, daemon("golive-work"));
        return new Background(pool, Platform::runLater, pool);
    }

    /** Everything on the caller's thread, synchronously: view-model tests. */
    public static Background inline() {
        return new Background(Runnable::run, Runnable::run, null);
    }

    /** Named daemon threads: the window may close while work is in flight. */
    public static ThreadFactory daemon(String name) {
        AtomicInteger n = new AtomicInteger();
        return r -> {
            Thread t = new Thread(r, name + "-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        };
    }

    /** Where results land (the FX thread in the app). */
    public java.util.concurrent.Executor fx() {
        return fx;
    }

    /**
     * Runs {@code work}; {@code busy} (if given) is true from now until a callback has run.
     *
     * @return cancels the work: its thread is interrupted, and {@code onFail} gets a
     * {@link java.util.concurrent.CancellationException} instead of any result
     */
    public <T> Runnable run(ReadOnlyBooleanWrapper busy, Work<T> work, Consumer<Double> progress, Consumer<T> onDone,
                            Consumer<Throwable> onFail) {
        if (owned != null && owned.isShutdown()) {
            return () -> { }; // the window is closing: late requests (a last refresh) are dropped
        }
        if (busy != null) {
            busy.set(true);
        }
        Consumer<Double> hop = progress == null ? p -> { } : p -> fx.execute(() -> progress.accept(p));
        Handle handle = new Handle();
        try {
            worker.execute(() -> execute(handle, busy, work, hop, onDone, onFail));
        } catch (java.util.concurrent.RejectedExecutionException closing) {
            done(busy);
        }
        return handle::cancel;
    }

    /** On the worker: the work, then its result or failure hopped to the FX executor. */
    private <T> void execute(Handle handle, ReadOnlyBooleanWrapper busy, Work<T> work, Consumer<Double> hop, Consumer<T> onDone,
                             Consumer<Throwable> onFail) {
        Throwable failure = null;
        T result = null;
        try {
            handle.begin();
            result = work.call(hop);
        } catch (Throwable e) {
            failure = e;
        } finally {
            if (handle.end()) {
                failure = new java.util.concurrent.CancellationException("cancelled");
            }
        }
        if (failure == null) {
            T r = result;
            fx.execute(() -> {
                done(busy);
                onDone.accept(r);
            });
        } else {
            Throwable e = failure;
            Logger log = log();
            log.warn("background work failed: {}", e.toString());
            log.debug("background failure", e);
            fx.execute(() -> {
                done(busy);
                onFail.accept(e);
            });
        }
    }

    /** One piece of work's thread while it runs, so that cancelling interrupts that thread and no other. */
    private static final class Handle {
        private Thread thread;
        private boolean cancelled;

        synchronized void begin() {
            if (cancelled) {
                throw new java.util.concurrent.CancellationException("cancelled before it began");
            }
            thread = Thread.currentThread();
        }

        /** @return whether it was cancelled; clears the pool thread's interrupt either way */
        synchronized boolean end() {
            thread = null;
            Thread.interrupted();
            return cancelled;
        }

        synchronized void cancel() {
            cancelled = true;
            if (thread != null) {
                thread.interrupt();
            }
        }
    }

    /** {@link #run} without progress. */
    public <T> Runnable run(ReadOnlyBooleanWrapper busy, Callable<T> work, Consumer<T> onDone, Consumer<Throwable> onFail) {
        return run(busy, p -> work.call(), null, onDone, onFail);
    }

    private static void done(ReadOnlyBooleanWrapper busy) {
        if (busy != null) {
            busy.set(false);
        }
    }

    @Override
    public void close() {
        if (owned != null) {
            owned.shutdownNow();
        }
    }

    /**
     * Looked up at first use, not when the class loads: the first logger starts the logging system
     * (a quarter of a second here), which the app's window would otherwise wait for.
     */
    private static Logger log() {
        return LoggerFactory.getLogger(Background.class);
    }
}
