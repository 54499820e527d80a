package golive.store;

import golive.domain.DocType;
import golive.domain.Money;
import golive.domain.OrderLine;
import golive.domain.OrderSource;
import golive.testkit.OnBothStores;
import golive.testkit.StoreKind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class StoreTest {
    static final Instant T = Instant.parse("2026-11-20T05:00:00Z");

    @Test
    void aFileDatabaseIsMigratedAndItsKeyFileIsOwnerOnly(@TempDir Path dir) throws Exception {
        Path base = dir.resolve("data/golive");
        try (Database db = Database.open(base)) {
            SecretStore secrets = SecretStore.forDatabase(db);
            byte[] blob = secrets.encrypt(Map.of("token", "shpat_secret_value"));
            assertThat(new String(blob, java.nio.charset.StandardCharsets.ISO_8859_1)).doesNotContain("shpat_secret_value");
            assertThat(secrets.decrypt(blob)).containsEntry("token", "shpat_secret_value");
        }
        assertThat(base.resolveSibling("golive.mv.db")).exists();
        Path key = SecretStore.keyFile(base);
        assertThat(Files.getPosixFilePermissions(key)).containsExactlyInAnyOrder(PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE);
        try (Database again = Database.open(base)) {
            // the same key decrypts after a restart
            SecretStore s2 = SecretStore.forDatabase(again);
            assertThat(s2.decrypt(s2.encrypt(Map.of("k", "v")))).containsEntry("k", "v");
        }
    }

    @Test
    void anOrderLineHasNoIndexBesideItsPrimaryKeyOnH2() {
        try (Database db = Database.inMemory()) {
            java.util.List<String> indexes = db.read(c -> {
                java.util.List<String> names = new java.util.ArrayList<>();
                try (var rs = c.createStatement().executeQuery(
                        "SELECT INDEX_TYPE_NAME FROM INFORMATION_SCHEMA.INDEXES WHERE TABLE_NAME = 'ORDER_LINE'")) {
                    while (rs.next()) {
                        names.add(rs.getString(1));
                    }
                }
                return names;
            });
            assertThat(indexes).as("each line written once, into its primary key (V11)").containsExactly("PRIMARY KEY");
        }
    }

    @Test
    void aSecretEncryptedWithAnotherKeyIsAClearError() {
        try (Database a = Database.inMemory(); Database b = Database.inMemory()) {
            byte[] blob = SecretStore.forDatabase(a).encrypt(Map.of("token", "x"));
            assertThatThrownBy(() -> SecretStore.forDatabase(b).decrypt(blob)).isInstanceOf(StoreException.class)
                    .hasMessageContaining("key file");
        }
    }

    @Test
    void aConnectionTestFingerprintIsKeyedSoItRevealsNothingWithoutTheKeyFile() {
        try (Database a = Database.inMemory(); Database b = Database.inMemory()) {
            String material = "shopify:shop.myshopify.com\nhttps://shop.myshopify.com\nnull\ntoken=shpat_guessable\n";
            String fingerprint = SecretStore.forDatabase(a).fingerprint(material);
            assertThat(SecretStore.forDatabase(a).fingerprint(material)).isEqualTo(fingerprint);
            assertThat(SecretStore.forDatabase(a).fingerprint(material + "x")).isNotEqualTo(fingerprint);
            assertThat(SecretStore.forDatabase(b).fingerprint(material)).as("another key").isNotEqualTo(fingerprint);
            assertThat(fingerprint).doesNotContain("shpat_guessable");
        }
    }

    @OnBothStores
    void insertingTheSameCartOrderTwiceAddsNothing(StoreKind kind) {
        try (Database db = kind.open()) {
            OrderStore store = new OrderStore();
            NewOrder o = order("450789469", "#1001");
            assertThat(db.<Boolean>inTransaction(c -> store.insert(c, o, T))).isTrue();
            assertThat(db.<Boolean>inTransaction(c -> store.insert(c, o, T))).isFalse();
            assertThat(db.read(store::all)).hasSize(1).first().satisfies(x -> {
                assertThat(x.lines()).hasSize(2);
                assertThat(x.total().amount()).isEqualByComparingTo("426.87");
                assertThat(x.status()).isEqualTo("PENDING");
            });
        }
    }

    @OnBothStores
    void aFailedTransactionLeavesNothingBehind(StoreKind kind) {
        try (Database db = kind.open()) {
            OrderStore store = new OrderStore();
            assertThatThrownBy(() -> db.inTransaction(c -> {
                store.insert(c, order("1", "#1"), T);
                throw new IllegalStateException("crash mid-page");
            })).isInstanceOf(IllegalStateException.class);
            assertThat(db.read(store::all)).isEmpty();
        }
    }

    @OnBothStores
    void theLeaseHasOneHolderUntilItExpiresByTheDatabasesClock(StoreKind kind) {
        try (Database db = kind.open()) {
            SyncStateStore s = new SyncStateStore();
            Duration ttl = Duration.ofSeconds(10);
            assertThat(db.<Boolean>inTransaction(c -> s.acquireLease(c, "a", ttl))).isTrue();
            assertThat(db.<Boolean>inTransaction(c -> s.acquireLease(c, "b", ttl))).isFalse();
            assertThat(db.<Boolean>inTransaction(c -> s.acquireLease(c, "a", ttl))).isTrue();
            // a TTL already over (negative) is what a holder that stopped beating leaves behind
            assertThat(db.<Boolean>inTransaction(c -> s.acquireLease(c, "a", Duration.ofSeconds(-1)))).isTrue();
            assertThat(db.<Boolean>inTransaction(c -> s.acquireLease(c, "b", ttl))).isTrue();
        }
    }

    @OnBothStores
    void theMigratedRegistryKnowsIdsAndNormalisedNumbers(StoreKind kind) {
        try (Database db = kind.open()) {
            OrderStore store = new OrderStore();
            NewOrder withId = new NewOrder(OrderSource.MIGRATED, "shopify:https://x", "77", "#1001", "1001", T, DocType.SALES_ORDER,
                    new Money(BigDecimal.TEN, "USD"), null, null, null, null, null, null, List.of());
            NewOrder withoutId = new NewOrder(OrderSource.MIGRATED, "shopify:https://x", null, "#1002", "1002", T, DocType.SALES_ORDER,
                    new Money(BigDecimal.TEN, "USD"), null, null, null, null, null, null, List.of());
            db.inTransaction(c -> store.insert(c, withId, T) && store.insert(c, withoutId, T));
            OrderStore.MigratedRegistry r = db.read(c -> store.migratedRegistry(c, "shopify:https://x"));
            assertThat(r.contains("77", null)).isTrue();
            assertThat(r.contains("999", "1002")).isTrue();
            assertThat(r.contains("999", "1003")).isFalse();
        }
    }

    static NewOrder order(String id, String number) {
        return new NewOrder(OrderSource.CART, "shopify:https://x", id, number, number.replace("#", ""), T, DocType.SALES_ORDER,
                new Money(new BigDecimal("426.87"), "USD"), "jane@example.com", null, T, "s", null, null,
                List.of(new OrderLine("SKU-1", "Widget", new BigDecimal("2"), new BigDecimal("199.00")),
                        new OrderLine(null, "Gift wrap", BigDecimal.ONE, new BigDecimal("4.99"))));
    }
}
