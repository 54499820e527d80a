package golive.reliability;

import com.fasterxml.jackson.databind.JsonNode;
import golive.cli.CliRunner;
import golive.domain.CartKind;
import golive.domain.Order;
import golive.sandbox.SandboxOrder;
import golive.store.Database;
import golive.store.OrderStore;
import golive.store.SyncStateStore;
import golive.sync.SyncEngine;
import golive.sync.SyncLease;
import golive.testkit.Await;
import golive.testkit.ChildProcess;
import golive.testkit.SandboxCart;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * One cart's crash drill: a real {@code sync run} process killed with -9 at each named point in
 * turn, the next one started over the same database each time, the cart taking orders and
 * cancelling imported ones in between; after every kill the store opens and holds no order twice,
 * and at the end, once a run completes, it holds exactly the cart's importable orders, the
 * cancelled ones flagged, and {@code status} shows the killed runs as interrupted.
 */
final class SyncCrashDrill implements AutoCloseable {
    /** A short heartbeat (TTL 1.5 s): each new runner takes over from the killed one at once. */
    private static final String HEARTBEAT = "golive.lease.heartbeat=PT0.5S";

    /** A kill point ({@code NAME#N}) and what the cart does before that runner starts. */
    record Kill(String point, Consumer<SyncCrashDrill> before) {
        static Kill at(String point) {
            return new Kill(point, d -> { });
        }

        static Kill at(String point, Consumer<SyncCrashDrill> before) {
            return new Kill(point, before);
        }
    }

    private final SandboxCart cart;
    private final Path db;
    private final Set<String> importable = new HashSet<>();
    private final Set<String> flagged = new HashSet<>();
    private int killed;
    private int midRunKills;
    private Instant cursor;

    /** {@code orders} importable orders in the cart, and a few it excludes; steps 1-5 done on a file store in {@code dir}. */
    SyncCrashDrill(CartKind kind, Path dir, int orders) {
        this.cart = new SandboxCart(kind);
        this.db = dir.resolve("golive");
        Instant cutoff = Instant.now().truncatedTo(ChronoUnit.SECONDS).minus(Duration.ofHours(6));
        for (int i = 0; i < orders; i++) {
            importable.add(cart.id(cart.order(cutoff.plusSeconds(i * 20L))));
        }
        for (int i = 0; i < 6; i++) {
            SandboxOrder o = cart.order(cutoff.plusSeconds(i * 20L + 7));
            if (i % 2 == 0) {
                cart.shop.cancel(o.id());
            } else {
                cart.shop.fulfil(o.id());
            }
        }
        try (Database d = Database.open(db)) {
            cart.readyToSync(d, cutoff, cutoff);
        }
    }

    /** The cart takes {@code n} new orders. */
    void newOrders(int n) {
        for (int i = 0; i < n; i++) {
            importable.add(cart.id(cart.order(null)));
        }
    }

    /** One run in this process, to completion (orders in the store before the first kill). */
    void syncHere() {
        try (Database d = Database.open(db)) {
            new SyncEngine(cart.cutover(d), SyncLease.oneShot(d)).run("drill", e -> { });
        }
    }

    /** The cart cancels {@code n} orders the store already holds: each must end up needing attention. */
    void cancelImported(int n) {
        List<String> held;
        try (Database d = Database.open(db)) {
            held = d.read(new OrderStore()::all).stream().map(Order::cartOrderId).filter(id -> !flagged.contains(id)).toList();
        }
        assertThat(held).as("orders imported before the cart cancels some").hasSizeGreaterThanOrEqualTo(n);
        cart.shop.orders().stream().filter(o -> held.contains(cart.id(o))).limit(n).forEach(o -> {
            cart.shop.cancel(o.id());
            flagged.add(cart.id(o));
        });
    }

    /** Each kill in turn: a new runner, killed -9 at the point, then the store checked. */
    void run(List<Kill> kills) throws Exception {
        for (Kill k : kills) {
            k.before().accept(this);
            String said;
            try (ChildProcess runner = ChildProcess.start(List.of(HEARTBEAT, "golive.killAt=" + k.point()),
                    "--db", db.toString(), "sync", "run", "--every", "1s")) {
                runner.killAtPoint(90);
                said = runner.output();
            }
            killed++;
            if (!k.point().startsWith("sync.lease-renew")) {
                midRunKills++;
            }
            try (Database d = Database.open(db)) {
                List<String> ids = d.read(new OrderStore()::all).stream().map(Order::cartOrderId).toList();
                assertThat(ids).as("after the kill at %s; the runner said:%n%s", k.point(), said).doesNotHaveDuplicates();
                assertThat(importable).as("after the kill at %s: nothing the cart excludes", k.point()).containsAll(ids);
                Instant after = d.read(new SyncStateStore()::load).cursor();
                if (k.point().equals("sync.cursor-update#1")) {
                    assertThat(after).as("a run killed in its cursor update leaves the cursor").isEqualTo(cursor);
                }
                cursor = after;
            }
        }
    }

    /**
     * The last runner is dead: once its lease lapses {@code status} says its run was interrupted;
     * then one run completes and the store holds exactly the importable orders, once each.
     */
    void finish() throws Exception {
        try (Database d = Database.open(db)) {
            SyncStateStore sync = new SyncStateStore();
            Await.until(() -> !d.read(c -> sync.load(c).leaseLive(sync.databaseNow(c))));
        }
        CliRunner cli = new CliRunner(db, Map.of());
        JsonNode before = cli.run("--json", "status").json().path("sync");
        assertThat(before.path("runnerAlive").asBoolean()).isFalse();
        assertThat(before.path("lastRun").path("outcome").asText()).as("status right after the last kill").isEqualTo("INTERRUPTED");

        CliRunner.Result now = cli.run("--json", "sync", "now");
        assertThat(now.exit()).as(now.out() + now.err()).isZero();
        assertThat(cli.run("--json", "status").json().path("sync").path("lastRun").path("outcome").asText()).isEqualTo("OK");
        try (Database d = Database.open(db)) {
            List<Order> orders = d.read(new OrderStore()::all);
            assertThat(orders).extracting(Order::cartOrderId).as("the store after %d kills", killed)
                    .doesNotHaveDuplicates().containsExactlyInAnyOrderElementsOf(importable);
            assertThat(orders).filteredOn(Order::needsAttention).extracting(Order::cartOrderId)
                    .containsExactlyInAnyOrderElementsOf(flagged);
            SyncStateStore sync = new SyncStateStore();
            SyncStateStore.State st = d.read(sync::load);
            Instant dbNow = d.read(sync::databaseNow);
            List<String> outcomes = d.read(c -> sync.recentRuns(c, 1000)).stream().map(r -> r.outcomeIn(st, dbNow)).toList();
            assertThat(outcomes).doesNotContain("RUNNING");
            assertThat(outcomes.stream().filter("INTERRUPTED"::equals).count()).as("runs %s", outcomes)
                    .isBetween((long) midRunKills, (long) killed);
            assertThat(st.cursor()).isNotNull();
        }
    }

    @Override
    public void close() {
        cart.close();
    }
}
