package golive.reliability;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import golive.cart.CartException;
import golive.cart.http.CartHttp;
import golive.cart.http.HttpSettings;
import golive.cart.http.RetryPolicy;
import golive.domain.CartKind;
import golive.domain.Order;
import golive.launch.Cutover;
import golive.launch.Refusal;
import golive.sandbox.Fault;
import golive.sandbox.SandboxClock;
import golive.sandbox.bigcommerce.BigCommerceSandbox;
import golive.sandbox.shopify.ShopifySandbox;
import golive.store.Database;
import golive.store.OrderStore;
import golive.sync.SyncEngine;
import golive.sync.SyncLease;
import golive.testkit.SandboxCart;
import org.slf4j.LoggerFactory;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * One cart's fault soak: orders synced through a random mix of every fault the sandbox can inject
 * (a 429 with and without Retry-After, 5xx, HTML error pages, timeouts, dropped and cut
 * connections, truncated JSON), spells of the cart unreachable and of the token revoked then
 * restored, and the cart's own quota where it has one (Shopify's points bucket, BigCommerce's
 * window), while orders keep arriving; run after run until enough faults have been served. Store
 * time is virtual: every wait of the transport (backoff, Retry-After, pacing) moves the shop's
 * clock instead of sleeping, and is added up. Then the faults stop, one run completes, and the
 * store holds every order once. What it saw is in {@link Figures}.
 */
final class FaultSoak {
    /** The random mix: each entry as likely as the next. */
    static final List<Fault> MIX = List.of(
            new Fault.RateLimited("1"), new Fault.HtmlError(429, null), new Fault.HtmlError(503, "2"),
            new Fault.Status(500), new Fault.Status(502), new Fault.Status(503),
            new Fault.Drop(), new Fault.CutBody(), new Fault.TruncatedJson(), new Fault.Slow(Duration.ofMillis(900)),
            new Fault.Status(504), new Fault.TruncatedJson());
    private static final Duration REQUEST_TIMEOUT = Duration.ofMillis(600);

    record Figures(CartKind kind, int orders, int faults, Map<String, Integer> byKind, long quotaRefusals, int runs, int failedRuns,
                   int rejectedRuns, Duration waited, long faultLogLines, Duration real) {
        String line() {
            return "SOAK " + kind.id() + ": " + orders + " orders, " + faults + " faults " + byKind + ", " + quotaRefusals
                    + " refused by the cart's quota, " + runs + " runs (" + failedRuns + " failed, " + rejectedRuns
                    + " refused credentials), waited " + waited.toSeconds() + " s of store time (backoff, Retry-After, pacing), "
                    + faultLogLines + " fault lines in the log, " + real.toSeconds() + " s real";
        }
    }

    private FaultSoak() {
    }

    static Figures run(CartKind kind, int orders, int faults, long seed) {
        long began = System.nanoTime();
        Instant start = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        SandboxClock clock = SandboxClock.frozenAt(start);
        AtomicLong waitedNanos = new AtomicLong();
        HttpSettings http = new HttpSettings(Duration.ofSeconds(2), REQUEST_TIMEOUT, RetryPolicy.DEFAULT, d -> {
            waitedNanos.addAndGet(d.toNanos());
            clock.advance(d);
        });
        ListAppender<ILoggingEvent> log = new ListAppender<>();
        Logger transport = (Logger) LoggerFactory.getLogger(CartHttp.class);
        log.start();
        transport.addAppender(log);
        Set<String> expected = new HashSet<>();
        try (SandboxCart cart = new SandboxCart(kind, clock); Database db = Database.inMemory()) {
            limitLikeTheCart(cart);
            Instant importFrom = start.minus(Duration.ofDays(7));
            int backlog = orders * 7 / 10;
            for (int i = 0; i < backlog; i++) {
                expected.add(cart.id(cart.order(importFrom.plusSeconds(i * 60L))));
            }
            Cutover cutover = cart.readyToSync(cart.cutover(db, http), importFrom, importFrom);
            SyncEngine engine = new SyncEngine(cutover, SyncLease.oneShot(db));
            cart.face.faults().randomly(seed, 0.3, MIX);
            int runs = 0, failed = 0, rejected = 0;
            while (taken(cart) < faults || expected.size() < orders || runs < 3) { // runs 1-3 bring the three spells
                runs++;
                // 15 new orders a run; once the faults are served, the rest at once (a BigCommerce run
                // re-reads its whole backlog, a call per order, until one completes)
                int arriving = taken(cart) < faults ? 15 : orders - expected.size();
                for (int i = 0; i < arriving && expected.size() < orders; i++) {
                    expected.add(cart.id(cart.order(clock.instant().minusSeconds(i))));
                }
                if (runs % 25 == 3) {
                    cart.face.faults().next(8, new Fault.Drop()); // unreachable: more than one request's attempts
                } else if (runs % 40 == 2) {
                    cart.face.faults().next(2, new Fault.RevokedToken()); // revoked for two requests, then restored
                } else if (runs % 10 == 1) {
                    exhaustQuota(cart);
                }
                try {
                    engine.run("soak", e -> { });
                } catch (CartException.Rejected e) {
                    rejected++;
                    retest(cutover);
                } catch (CartException | Refusal e) {
                    failed++;
                }
                clock.advance(Duration.ofMinutes(1));
            }
            Map<String, Integer> byKind = cart.face.faults().taken();
            cart.face.faults().clear();
            retest(cutover);
            engine.run("after the faults", e -> { });
            List<Order> stored = db.read(new OrderStore()::all);
            assertThat(stored).extracting(Order::cartOrderId).as("%s after %d faults", kind, taken(cart))
                    .doesNotHaveDuplicates().containsExactlyInAnyOrderElementsOf(expected);
            long faultLines = log.list.stream().filter(e -> e.getFormattedMessage().contains(" failed (")
                    || e.getFormattedMessage().contains("unavailable after")).count();
            int served = byKind.values().stream().mapToInt(Integer::intValue).sum();
            // a 401 is not retried (the run's failure says it); a GET whose kept-alive connection was
            // dropped is sent again once by the JDK's HttpClient itself, before the transport sees it
            int unseen = byKind.getOrDefault(new Fault.RevokedToken().toString(), 0) + byKind.getOrDefault(new Fault.Drop().toString(), 0);
            assertThat(faultLines).as("every other fault is a retry line (or the give-up line) in the log")
                    .isGreaterThanOrEqualTo(served - unseen);
            return new Figures(kind, expected.size(), served, byKind, quotaRefusals(cart, byKind), runs, failed, rejected, Duration.ofNanos(waitedNanos.get()),
                    faultLines, Duration.ofNanos(System.nanoTime() - began));
        } finally {
            transport.detachAppender(log);
        }
    }

    /** The 429s the face answered beyond those the fault panel injected: its own quota (BigCommerce). */
    private static long quotaRefusals(SandboxCart cart, Map<String, Integer> injected) {
        if (!(cart.face instanceof golive.sandbox.LoopbackFace face)) {
            return 0; // Shopify's bucket answers THROTTLED inside a 200; its pacer keeps under it
        }
        long all = face.requestLog().stream().filter(l -> l.endsWith("-> 429")).count();
        return all - injected.entrySet().stream().filter(e -> e.getKey().contains("429") || e.getKey().startsWith("RateLimited"))
                .mapToInt(Map.Entry::getValue).sum();
    }

    private static int taken(SandboxCart cart) {
        return cart.face.faults().taken().values().stream().mapToInt(Integer::intValue).sum();
    }

    /** The cart's own limit, in store time: Shopify's Standard points bucket, a BigCommerce quota of 150 requests in 30 s. */
    private static void limitLikeTheCart(SandboxCart cart) {
        if (cart.face instanceof ShopifySandbox s) {
            s.points().configure(2000, 100);
            s.points().setEnforcing(true);
        } else if (cart.face instanceof BigCommerceSandbox b) {
            b.quota(150, Duration.ofSeconds(30));
        }
    }

    /** The merchant's other apps spend the cart's whole quota (where it has one): the next requests wait for it to refill. */
    private static void exhaustQuota(SandboxCart cart) {
        if (cart.face instanceof ShopifySandbox s) {
            s.points().tryTake(s.points().available());
        } else if (cart.face instanceof BigCommerceSandbox b) {
            b.spendQuota(150);
        }
    }

    /** After a refused credential the test must pass again before the next write (the guard says so): the restored token passes. */
    private static void retest(Cutover cutover) {
        for (int i = 0; i < 20; i++) {
            if (cutover.test().passed()) {
                return;
            }
        }
        throw new AssertionError("the connection test never passed again");
    }
}
