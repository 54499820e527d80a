package golive.cart;

import golive.domain.Money;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** One page ahead of the caller, in order, one fetch at a time, failures where they happened. */
class PrefetchingPagesTest {

    /** A walker over {@code pages} pages; page {@code failAt} (1-based) fails; counts its fetches. */
    static final class Walk implements OrderPages {
        final int pages;
        final int failAt;
        final AtomicInteger fetched = new AtomicInteger();
        final AtomicInteger inFlight = new AtomicInteger();
        volatile int maxInFlight;
        final CountDownLatch secondStarted = new CountDownLatch(1);

        Walk(int pages, int failAt) {
            this.pages = pages;
            this.failAt = failAt;
        }

        @Override
        public boolean hasNext() {
            return fetched.get() < pages;
        }

        @Override
        public OrderPage next() {
            maxInFlight = Math.max(maxInFlight, inFlight.incrementAndGet());
            try {
                int n = fetched.incrementAndGet();
                if (n == 2) {
                    secondStarted.countDown();
                }
                if (n == failAt) {
                    throw new CartException.Unavailable("page " + n + " failed", null);
                }
                return new OrderPage(List.of(new CartOrder(String.valueOf(n), "#" + n, Instant.EPOCH, Instant.EPOCH,
                        new Money(BigDecimal.ONE, "USD"), null, Lifecycle.OPEN, "paid", List.of())));
            } finally {
                inFlight.decrementAndGet();
            }
        }

        @Override
        public ClockReading clock() {
            return fetched.get() == 0 ? null : new ClockReading(Instant.EPOCH, Instant.EPOCH);
        }

        @Override
        public OptionalLong expectedCount(Instant through) {
            return OptionalLong.of(pages);
        }
    }

    @Test
    void theNextPageIsReadWhileTheCallerWorksOnThisOneAndOrderIsKept() throws Exception {
        Walk walk = new Walk(5, 0);
        PrefetchingPages pages = new PrefetchingPages(walk);
        List<String> ids = new ArrayList<>();

        ids.add(pages.next().orders().get(0).id());
        // the caller "commits" page 1 while page 2 is fetched
        assertThat(walk.secondStarted.await(10, TimeUnit.SECONDS)).isTrue();
        assertThat(pages.clock()).isNotNull();
        while (pages.hasNext()) {
            ids.add(pages.next().orders().get(0).id());
        }

        assertThat(ids).containsExactly("1", "2", "3", "4", "5");
        assertThat(walk.maxInFlight).as("one fetch at a time").isEqualTo(1);
        assertThat(pages.expectedCount(Instant.EPOCH)).hasValue(5);
    }

    @Test
    void aFailedFetchThrowsWhenItsPageIsAskedFor() {
        PrefetchingPages pages = new PrefetchingPages(new Walk(5, 3));

        assertThat(pages.next().orders().get(0).id()).isEqualTo("1");
        assertThat(pages.next().orders().get(0).id()).isEqualTo("2");
        assertThatThrownBy(pages::next).isInstanceOf(CartException.Unavailable.class).hasMessage("page 3 failed");
    }

    @Test
    void anEmptyWalkHasNoPages() {
        PrefetchingPages pages = new PrefetchingPages(new Walk(0, 0));

        assertThat(pages.hasNext()).isFalse();
        assertThat(pages.clock()).isNull();
    }
}
