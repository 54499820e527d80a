package golive.ui.steps.autosync;

import golive.launch.Cutover;
import golive.sync.AutoSync;
import golive.sync.SyncEvent;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;

import java.util.concurrent.Executor;
import java.util.function.BiConsumer;
import java.util.function.Consumer;

/**
 * The open window as the Auto Sync runner: {@link AutoSync#runUntilStopped()} on its own thread
 * (it holds the sync lease while it lives), its events and its end hopped onto the FX executor.
 * {@link #start()}, {@link #runNow()} and {@link #close()} are for the FX thread; callbacks arrive on it.
 */
public final class SyncRunner implements AutoCloseable {
    private final Cutover cutover;
    private final Executor loopThread;
    private final Executor fx;
    private final ReadOnlyBooleanWrapper active = new ReadOnlyBooleanWrapper();
    private Consumer<SyncEvent> onEvent = e -> { };
    private BiConsumer<AutoSync.Exit, Throwable> onEnd = (x, e) -> { };
    private AutoSync current;
    private boolean closed;

    /** @param loopThread runs the blocking loop (one dedicated thread); @param fx where events land */
    public SyncRunner(Cutover cutover, Executor loopThread, Executor fx) {
        this.cutover = cutover;
        this.loopThread = loopThread;
        this.fx = fx;
    }

    public void onEvent(Consumer<SyncEvent> handler) {
        this.onEvent = handler;
    }

    /** Called when the loop returns (STOPPED, CLOSED, CREDENTIALS_REJECTED) or fails (e.g. the lease is held elsewhere). */
    public void onEnd(BiConsumer<AutoSync.Exit, Throwable> handler) {
        this.onEnd = handler;
    }

    /** Starts the loop unless it is running; it returns by itself once Auto Sync is STOPPED. */
    public void start() {
        if (current != null || closed) {
            return;
        }
        AutoSync sync = new AutoSync(cutover, e -> fx.execute(() -> onEvent.accept(e)));
        current = sync;
        active.set(true);
        loopThread.execute(() -> {
            try {
                AutoSync.Exit exit = sync.runUntilStopped();
                fx.execute(() -> ended(sync, exit, null));
            } catch (RuntimeException e) {
                fx.execute(() -> ended(sync, null, e));
            }
        });
    }

    private void ended(AutoSync sync, AutoSync.Exit exit, Throwable e) {
        if (current == sync) {
            current = null;
            active.set(false);
        }
        onEnd.accept(exit, e);
    }

    /** 'Import new orders now': the loop imports at its next tick. False when no loop is running. */
    public boolean runNow() {
        if (current == null) {
            return false;
        }
        current.runNow();
        return true;
    }

    /** The loop holds the lease and imports on the interval. */
    public ReadOnlyBooleanProperty activeProperty() {
        return active.getReadOnlyProperty();
    }

    /** Ends the loop after its current page; Auto Sync stays RUNNING for another runner ({@code sync run}). */
    @Override
    public void close() {
        closed = true;
        if (current != null) {
            current.close();
        }
    }
}
