package golive.reliability;

import golive.cli.CliRunner;
import golive.domain.CartKind;
import golive.domain.Order;
import golive.launch.Cutover;
import golive.sandbox.Fault;
import golive.store.AuditLog;
import golive.store.Database;
import golive.store.OrderStore;
import golive.sync.AutoSync;
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

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Everyone at once on one store: the wizard's engine running Auto Sync in this process, two
 * {@code sync run} processes beside it, {@code sync now} from a terminal (it asks the runner), a
 * plan change (refused, the plan is locked) and a disconnect in the middle of a run (the run stops
 * at its next page). No order is imported twice, the refusals say why, and each is in the audit log.
 */
final class ConcurrencyDrill {
    private static final List<String> HEARTBEAT = List.of("golive.lease.heartbeat=PT0.5S");

    private ConcurrencyDrill() {
    }

    static void run(CartKind kind, Path dir) throws Exception {
        Path dbPath = dir.resolve("golive");
        Instant from = Instant.now().truncatedTo(ChronoUnit.SECONDS).minus(Duration.ofHours(3));
        Set<String> expected = new HashSet<>();
        try (SandboxCart cart = new SandboxCart(kind); Database db = Database.open(dbPath)) {
            for (int i = 0; i < 150; i++) {
                expected.add(cart.id(cart.order(from.plusSeconds(i * 30L))));
            }
            Cutover wizard = cart.readyToSync(db, from, from);
            wizard.startSync(Duration.ofSeconds(1));
            AutoSync runner = new AutoSync(wizard, e -> { });
            Thread wizardThread = new Thread(runner::runUntilStopped, "wizard-auto-sync");
            wizardThread.start();
            Await.until(() -> storeIds(db).size() == expected.size());

            try (ChildProcess a = ChildProcess.start(HEARTBEAT, "--db", dbPath.toString(), "sync", "run", "--every", "1s");
                 ChildProcess b = ChildProcess.start(HEARTBEAT, "--db", dbPath.toString(), "sync", "run", "--every", "1s")) {
                Await.until(() -> a.output().contains("another runner holds the lease") && b.output().contains("another runner holds the lease"));

                CliRunner terminal = new CliRunner(dbPath, Map.of());
                for (int i = 0; i < 20; i++) {
                    expected.add(cart.id(cart.order(null)));
                }
                CliRunner.Result now = terminal.run("--json", "sync", "now");
                assertThat(now.exit()).as(now.out() + now.err()).isZero();
                assertThat(storeIds(db)).as("'sync now' asked the wizard's runner, which imported").containsAll(expected);

                CliRunner.Result change = terminal.run("plan", "cutoff", "--at", "2026-01-01T00:00", "--zone", "UTC");
                assertThat(change.exit()).isEqualTo(3);
                assertThat(change.err()).contains("locked");

                runner.close(); // the wizard closes: one of the two processes takes over
                wizardThread.join();
                for (int i = 0; i < 20; i++) {
                    expected.add(cart.id(cart.order(null)));
                }
                Await.until(() -> storeIds(db).containsAll(expected));

                // a long run (slow pages) that a disconnect interrupts
                cart.face.faults().always(new Fault.Slow(Duration.ofMillis(150)));
                for (int i = 0; i < 400; i++) {
                    cart.order(null);
                }
                int before = storeIds(db).size();
                Await.until(() -> storeIds(db).size() > before);
                assertThat(terminal.run("cart", "disconnect").exit()).isZero();
                Await.until(() -> audit(db).stream().anyMatch(e -> e.action().equals("refused") && e.before() != null && e.before().startsWith("sync run")));
                cart.face.faults().clear();
            }
            List<AuditLog.Entry> log = audit(db);
            assertThat(log).filteredOn(e -> e.action().equals("refused")).extracting(AuditLog.Entry::before)
                    .contains("plan cutoff").anyMatch(b -> b != null && b.startsWith("sync run"));
            assertThat(log).filteredOn(e -> e.action().equals("refused") && "plan cutoff".equals(e.before()))
                    .as("the refused plan change, once").singleElement().satisfies(e -> assertThat(e.after()).contains("PLAN_LOCKED"));
            List<String> ids = db.read(new OrderStore()::all).stream().map(Order::cartOrderId).toList();
            assertThat(ids).as("every order once, whoever imported it").doesNotHaveDuplicates().containsAll(expected);
        }
    }

    private static Set<String> storeIds(Database db) {
        return new HashSet<>(db.read(new OrderStore()::all).stream().map(Order::cartOrderId).toList());
    }

    private static List<AuditLog.Entry> audit(Database db) {
        return db.read(c -> AuditLog.recent(c, 200));
    }
}
