package golive.rehearsal;

import golive.reconcile.Bucket;
import golive.reconcile.Reconciliation;
import golive.sandbox.Scenario;
import golive.store.OrderStore;
import golive.testkit.Launchpad;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import golive.domain.CartKind;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Every built-in scenario rehearses at high speed with nothing lost and nothing duplicated. */
class RehearsalTest {

    /** Every built-in scenario for Shopify; for each other cart the hardest one (every scenario: {@link EveryRehearsalTest}). */
    @ParameterizedTest
    @CsvSource({"shopify, quiet-store", "shopify, black-friday", "shopify, flaky-network", "shopify, timezone-trap",
            "woocommerce, flaky-network", "bigcommerce, flaky-network", "magento, flaky-network", "prestashop, flaky-network"})
    void theScenarioRehearsesWithNothingLostAndNothingDuplicated(String kind, String name) throws Exception {
        rehearse(CartKind.fromId(kind), name);
    }

    static void rehearse(CartKind kind, String name) throws Exception {
        Scenario scenario = Scenario.load(name);
        List<String> lines = new ArrayList<>();
        // one real second is a store hour: the longest scenario (eight store hours) takes about eight seconds
        try (RehearsalSandbox box = RehearsalSandbox.inMemory(kind, scenario, 3600, Launchpad.fastHttp())) {
            Reconciliation r = new ScriptedRehearsal(box, lines::add).run();
            assertThat(r.clean()).as(String.join("\n", lines)).isTrue();
            for (Bucket b : Bucket.values()) {
                if (b.fails()) {
                    assertThat(r.count(b).all()).as(b.label()).isZero();
                }
            }
            assertThat(r.count(Bucket.SYNCED).all()).isPositive();
            long inBuckets = java.util.Arrays.stream(Bucket.values()).filter(b -> !b.storeSide()).mapToLong(b -> r.count(b).all()).sum();
            assertThat(r.run().cartOrders()).isEqualTo(inBuckets);
            assertThat(lines).allMatch(l -> l.startsWith("REHEARSAL"));
            assertThat(lines).anyMatch(l -> l.contains("step 6 auto-sync: RUNNING"));
            assertThat(box.player().ordersPlaced()).isPositive();
            int stored = box.cutover().database().read(new OrderStore()::all).size();
            assertThat(stored).isEqualTo(r.count(Bucket.MIGRATED).all() + r.count(Bucket.SYNCED).all());
            if (name.equals("flaky-network")) {
                assertThat(box.player().faultsInjected()).isEqualTo(6);
                assertThat(r.count(Bucket.IN_ACCEPTED_GAP).all()).isPositive();
            }
            if (name.equals("black-friday")) {
                assertThat(r.count(Bucket.MIGRATED).all()).isPositive();
            }
        }
    }

    @Test
    void aTokenRevokedMidSyncStopsAutoSyncAndTheRehearsalRecoversAsAPersonWould(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("revoked.json");
        Files.writeString(file, """
                {"name": "revoked", "description": "the token is revoked for an hour mid-sync",
                 "zone": "America/Chicago", "currency": "USD", "seed": 5, "start": null,
                 "cutoffAfterMinutes": 30, "importFromShift": 0, "durationMinutes": 240, "syncEveryMinutes": 5,
                 "historyOrders": 10, "historyHours": 12,
                 "traffic": [{"fromMinute": 0, "toMinute": 240, "ordersPerHour": 20}],
                 "orderAtCutoff": true, "orderAtImportFrom": false,
                 "changes": {"fulfilPercent": 10, "cancelPercent": 5, "refundPercent": 5, "afterMinutes": 20},
                 "faults": [{"atMinute": 90, "kind": "revoke", "forMinutes": 60}]}
                """);
        List<String> lines = new ArrayList<>();
        try (RehearsalSandbox box = RehearsalSandbox.inMemory(golive.domain.CartKind.SHOPIFY, Scenario.load(file.toString()), 3600, Launchpad.fastHttp())) {
            Reconciliation r = new ScriptedRehearsal(box, lines::add).run();
            assertThat(lines).as(String.join("\n", lines)).anyMatch(l -> l.contains("rejected the credentials"));
            assertThat(lines).anyMatch(l -> l.contains("RUNNING again"));
            assertThat(r.clean()).isTrue();
        }
    }
}
