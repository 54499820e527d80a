package golive.openorders;

import golive.domain.ShipTo;
import golive.store.MigratedOrderWriter;
import golive.store.NewOrder;
import golive.store.StoreException;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

/**
 * Writes a commit's orders on a second thread while the file is still being read, so parsing and
 * the database overlap (each is about half of a large import). Orders go over in chunks through a
 * short queue, which bounds memory. The worker uses the transaction's connection alone until
 * {@link #finish()} or {@link #close()} returns; then the caller may commit or roll back.
 * One producer thread; not otherwise thread-safe.
 */
final class WritePipeline implements AutoCloseable {
    private record Pending(NewOrder order, ShipTo shipTo) {
    }

    private static final List<Pending> END = List.of();

    private final int chunkSize;
    private final BlockingQueue<List<Pending>> queue = new ArrayBlockingQueue<>(4);
    private final ExecutorService worker = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "open-orders-writer");
        t.setDaemon(true);
        return t;
    });
    private final Future<?> done;
    private List<Pending> chunk;
    private boolean ended;

    WritePipeline(MigratedOrderWriter writer, int chunkSize) {
        this.chunkSize = chunkSize;
        this.chunk = new ArrayList<>(chunkSize);
        this.done = worker.submit(() -> {
            for (List<Pending> c; (c = queue.take()) != END; ) {
                for (Pending p : c) {
                    writer.add(p.order(), p.shipTo());
                }
                writer.flush();
            }
            return null;
        });
    }

    void submit(NewOrder order, ShipTo shipTo) {
        chunk.add(new Pending(order, shipTo));
        if (chunk.size() >= chunkSize) {
            hand(chunk);
            chunk = new ArrayList<>(chunkSize);
        }
    }

    /** Writes what is left and waits for the worker. @throws StoreException when a write failed */
    void finish() {
        hand(chunk);
        end();
        await();
    }

    /** Stops without interrupting a write in progress (H2 may close its file on an interrupt). */
    @Override
    public void close() {
        try {
            end();
        } catch (RuntimeException e) {
            // the worker failed already; what it threw is reported by finish()
        }
        worker.shutdown();
        try {
            worker.awaitTermination(1, TimeUnit.HOURS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void end() {
        if (!ended) {
            ended = true;
            hand(END);
        }
    }

    private void hand(List<Pending> c) {
        if (c.isEmpty() && c != END) {
            return;
        }
        try {
            while (!queue.offer(c, 50, TimeUnit.MILLISECONDS)) {
                if (done.isDone()) {
                    await(); // the worker stopped: surface why instead of waiting forever
                    return;
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new StoreException("interrupted while writing the open orders", e);
        }
    }

    private void await() {
        try {
            done.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new StoreException("interrupted while writing the open orders", e);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof RuntimeException r) {
                throw r;
            }
            throw new StoreException("writing the open orders failed: " + cause.getMessage(),
                    cause instanceof SQLException ? cause : e);
        }
    }
}
