package golive.cart;

import java.time.Instant;
import java.util.NoSuchElementException;
import java.util.OptionalLong;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Reads one page ahead of its caller: while the caller commits page n, page n + 1 is fetched on a
 * background thread, so the network, the cart's rate limit and the database overlap and a run goes
 * at the cart's pace instead of the sum of both. Pages still come in the order the cart served them,
 * and only one fetch is ever in flight, so the wrapped walker is used by one thread at a time (the
 * future's completion orders its state before the caller's next look). A failed fetch throws from
 * {@link #next()} exactly as it would have. Not thread-safe: one caller.
 */
public final class PrefetchingPages implements OrderPages {
    private static final ExecutorService FETCHER = Executors.newCachedThreadPool(r -> {
        Thread t = new Thread(r, "cart-prefetch");
        t.setDaemon(true);
        return t;
    });

    private final OrderPages inner;
    private Future<OrderPage> ahead;
    private ClockReading clock;

    public PrefetchingPages(OrderPages inner) {
        this.inner = inner;
    }

    @Override
    public boolean hasNext() {
        return ahead != null || inner.hasNext();
    }

    @Override
    public OrderPage next() {
        if (ahead == null) {
            if (!inner.hasNext()) {
                throw new NoSuchElementException("no more pages");
            }
            ahead = FETCHER.submit(inner::next);
        }
        OrderPage page = await(ahead);
        ahead = null;
        if (clock == null) {
            clock = inner.clock();
        }
        if (inner.hasNext()) {
            ahead = FETCHER.submit(inner::next);
        }
        return page;
    }

    @Override
    public ClockReading clock() {
        return clock;
    }

    /** Asked after the last page, when nothing is in flight. */
    @Override
    public OptionalLong expectedCount(Instant through) {
        return inner.expectedCount(through);
    }

    /** Stops a fetch still in flight (the caller gave up on the walk). */
    @Override
    public void close() {
        if (ahead != null) {
            ahead.cancel(true);
            ahead = null;
        }
    }

    private static OrderPage await(Future<OrderPage> page) {
        try {
            return page.get();
        } catch (InterruptedException e) {
            page.cancel(true);
            Thread.currentThread().interrupt();
            throw new CartException.Unavailable("interrupted while a page was read", e);
        } catch (CancellationException e) {
            throw new CartException.Unavailable("the page read was cancelled", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            throw new CartException("the page read failed: " + e.getCause(), e.getCause());
        }
    }
}
