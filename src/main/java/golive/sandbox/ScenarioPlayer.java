package golive.sandbox;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.PriorityQueue;
import java.util.Random;

/**
 * Plays a {@link Scenario} into a sandbox shop on its compressed clock: orders arriving at the
 * scenario's rates (and exactly at the cut-off and 'Import Orders from'), orders fulfilled,
 * cancelled or refunded after they were placed, and faults on the API. Deterministic for a seed.
 * {@link #advanceTo} applies everything due. Thread-safe.
 */
public final class ScenarioPlayer {

    private record Event(Instant at, long seq, Runnable action) {
    }

    private final Scenario scenario;
    private final SandboxFace server;
    private final SandboxShop shop;
    private final OrderGenerator generator;
    private final Random random;
    private final PriorityQueue<Event> due = new PriorityQueue<>((a, b) ->
            a.at.equals(b.at) ? Long.compare(a.seq, b.seq) : a.at.compareTo(b.at));
    private final Instant start;
    private long seq;
    private int placed;
    private int faultsInjected;

    public ScenarioPlayer(Scenario scenario, SandboxFace server, Instant start) {
        this.scenario = scenario;
        this.server = server;
        this.shop = server.shop();
        this.start = start;
        this.generator = new OrderGenerator(scenario.seed());
        this.random = new Random(scenario.seed() * 31 + 7);
        schedule();
    }

    public Instant start() {
        return start;
    }

    public Instant cutoff() {
        return at(scenario.cutoffAfterMinutes());
    }

    public Instant importFrom() {
        return cutoff().plus(Duration.ofMinutes(scenario.importFromShift()));
    }

    public Instant end() {
        return at(scenario.durationMinutes());
    }

    public int ordersPlaced() {
        return placed;
    }

    public int faultsInjected() {
        return faultsInjected;
    }

    /** The store's history before the clock starts: a mix of shipped and still open orders. */
    public void seedHistory() {
        Instant from = start.minus(Duration.ofHours(Math.max(1, scenario.historyHours())));
        shop.addAll(generator.between(scenario.historyOrders(), from, start));
    }

    /** Applies every event due at or before {@code now} (the shop's clock). */
    public synchronized void advanceTo(Instant now) {
        while (!due.isEmpty() && !due.peek().at.isAfter(now)) {
            due.poll().action.run();
        }
    }

    public synchronized boolean finished(Instant now) {
        return !now.isBefore(end()) && due.isEmpty();
    }

    private Instant at(long minute) {
        return start.plus(Duration.ofMinutes(minute));
    }

    private void schedule() {
        for (Scenario.Traffic t : scenario.traffic()) {
            // a Poisson process: exponential gaps at the given rate
            double perSecond = t.ordersPerHour() / 3600.0;
            Instant end = at(t.toMinute());
            Instant next = at(t.fromMinute());
            while (perSecond > 0) {
                next = next.plusSeconds(1 + (long) (-Math.log(1 - random.nextDouble()) / perSecond));
                if (!next.isBefore(end)) {
                    break;
                }
                placeOrderAt(next);
            }
        }
        if (scenario.orderAtCutoff()) {
            placeOrderAt(cutoff());
            placeOrderAt(cutoff().minusSeconds(1));
        }
        if (scenario.orderAtImportFrom()) {
            placeOrderAt(importFrom());
            placeOrderAt(importFrom().minusSeconds(1));
        }
        for (Scenario.FaultAt f : scenario.faults()) {
            scheduleFault(f);
        }
    }

    private void placeOrderAt(Instant createdAt) {
        Scenario.Changes c = scenario.changes();
        int roll = random.nextInt(100);
        Instant later = createdAt.plus(Duration.ofMinutes(Math.max(1, c.afterMinutes()) + random.nextInt(Math.max(1, c.afterMinutes()))));
        event(createdAt, () -> {
            SandboxOrder o = shop.add(openDraft(createdAt));
            placed++;
            if (roll < c.fulfilPercent()) {
                event(later, () -> shop.fulfil(o.id()));
            } else if (roll < c.fulfilPercent() + c.cancelPercent()) {
                event(later, () -> shop.cancel(o.id()));
            } else if (roll < c.fulfilPercent() + c.cancelPercent() + c.refundPercent()) {
                event(later, () -> shop.refund(o.id()));
            }
        });
    }

    /** A live order: placed, paid and waiting to ship (later events change it). */
    private SandboxOrder openDraft(Instant createdAt) {
        SandboxOrder g = generator.next(createdAt);
        List<SandboxOrder.Line> lines = new ArrayList<>();
        g.lines().forEach(l -> lines.add(new SandboxOrder.Line(l.sku(), l.title(), l.variantTitle(), l.quantity(), l.price(), 0)));
        return SandboxOrder.draft(createdAt, g.email(), lines).withShipping(g.shipping());
    }

    private void scheduleFault(Scenario.FaultAt f) {
        Instant when = at(f.atMinute());
        int count = Math.max(1, f.count());
        switch (f.kind()) {
            case "429" -> event(when, () -> inject(count, Fault.tooManyRequests()));
            case "5xx", "503" -> event(when, () -> inject(count, Fault.serverError(503)));
            case "slow" -> event(when, () -> inject(count, Fault.slow(Duration.ofMillis(Math.max(100, f.millis())))));
            case "truncated" -> event(when, () -> inject(count, Fault.truncatedJson()));
            case "unreachable" -> {
                event(when, () -> {
                    server.faults().always(Fault.drop());
                    faultsInjected++;
                });
                event(when.plus(Duration.ofMinutes(Math.max(1, f.forMinutes()))), () -> server.faults().clear());
            }
            case "revoke" -> {
                Runnable[] restore = new Runnable[1];
                event(when, () -> {
                    restore[0] = server.revokeAccess();
                    faultsInjected++;
                });
                event(when.plus(Duration.ofMinutes(Math.max(1, f.forMinutes()))), () -> restore[0].run());
            }
            default -> throw new IllegalArgumentException("unknown fault kind '" + f.kind()
                    + "'; expected 429, 5xx, slow, truncated, unreachable or revoke");
        }
    }

    private void inject(int count, Fault fault) {
        server.faults().next(count, fault);
        faultsInjected++;
    }

    private void event(Instant at, Runnable action) {
        due.add(new Event(at, seq++, action));
    }
}
