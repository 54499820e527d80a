package golive.store;

import golive.testkit.OnBothStores;
import golive.testkit.PostgresCluster;
import golive.testkit.StoreKind;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The store's guarantees across connections (as two processes hold them) on both engines, and the
 * PostgreSQL migrations against H2's: the same tables and columns of the same kinds.
 */
class SharedStoreTest {

    @Test
    void thePostgresMigrationsMakeTheSameTablesAndColumnsAsH2s() {
        try (Database h2 = StoreKind.H2.open(); Database pg = StoreKind.POSTGRESQL.open()) {
            var h2Tables = h2.read(SharedStoreTest::describe);
            var pgTables = pg.read(SharedStoreTest::describe);
            assertThat(pgTables.keySet()).isEqualTo(h2Tables.keySet()).contains("orders", "store_key", "flyway_schema_history");
            h2Tables.remove("flyway_schema_history");
            h2Tables.forEach((table, columns) -> assertThat(pgTables.get(table)).as(table).isEqualTo(columns));
            assertThat(pg.read(Schema::version)).isEqualTo(h2.read(Schema::version));
        }
    }

    @OnBothStores
    void everyTransactionRunsAtReadCommitted(StoreKind kind) {
        try (Database db = kind.open()) {
            assertThat(db.read(Connection::getTransactionIsolation)).isEqualTo(Connection.TRANSACTION_READ_COMMITTED);
        }
    }

    /** Two pools on one database, as two processes are: of many racing for a free lease, exactly one wins. */
    @OnBothStores
    void ofManyProcessesRacingForTheLeaseExactlyOneWins(StoreKind kind) throws Exception {
        try (Database first = kind.open(); Database second = again(kind, first)) {
            SyncStateStore sync = new SyncStateStore();
            ExecutorService pool = Executors.newFixedThreadPool(8);
            try {
                for (int round = 0; round < 5; round++) {
                    CountDownLatch go = new CountDownLatch(1);
                    List<Future<Boolean>> tries = new ArrayList<>();
                    for (int i = 0; i < 8; i++) {
                        Database db = i % 2 == 0 ? first : second;
                        String holder = "round" + round + "-" + i;
                        tries.add(pool.submit(() -> {
                            go.await();
                            return db.<Boolean>inTransaction(c -> sync.acquireLease(c, holder, Duration.ofMinutes(1)));
                        }));
                    }
                    go.countDown();
                    int won = 0;
                    for (Future<Boolean> t : tries) {
                        won += t.get() ? 1 : 0;
                    }
                    assertThat(won).as("round " + round).isEqualTo(1);
                    String holder = first.read(sync::load).leaseHolder();
                    first.inTransaction(c -> {
                        sync.releaseLease(c, holder);
                        return null;
                    });
                }
            } finally {
                pool.shutdownNow();
            }
        }
    }

    /**
     * Two connections importing the same cart order at once, each in its page transaction: the unique key
     * lets one row in, and the other transaction adds nothing or fails whole (its page is read again).
     */
    @OnBothStores
    void twoConnectionsImportingOneOrderAtOnceStoreItOnce(StoreKind kind) throws Exception {
        try (Database first = kind.open(); Database second = again(kind, first)) {
            OrderStore store = new OrderStore();
            NewOrder o = StoreTest.order("820982911946154508", "#1001");
            CountDownLatch inserted = new CountDownLatch(1);
            CountDownLatch release = new CountDownLatch(1);
            ExecutorService pool = Executors.newSingleThreadExecutor();
            try {
                Future<Boolean> held = pool.submit(() -> first.<Boolean>inTransaction(c -> {
                    boolean added = store.insert(c, o, StoreTest.T);
                    inserted.countDown();
                    try {
                        release.await();
                    } catch (InterruptedException e) {
                        throw new IllegalStateException(e);
                    }
                    return added;
                }));
                inserted.await();
                Future<Boolean> racing = Executors.newSingleThreadExecutor().submit(
                        () -> second.<Boolean>inTransaction(c -> store.insert(c, o, StoreTest.T)));
                release.countDown();
                assertThat(held.get()).isTrue();
                boolean secondAdded;
                try {
                    secondAdded = racing.get();
                } catch (java.util.concurrent.ExecutionException e) {
                    assertThat(e.getCause()).isInstanceOf(StoreException.class);
                    secondAdded = false;
                }
                assertThat(secondAdded).isFalse();
            } finally {
                pool.shutdownNow();
            }
            assertThat(second.read(store::all)).hasSize(1);
        }
    }

    @Test
    void aSharedStoreRemembersItsKeyAndRefusesAnother() throws Exception {
        PostgresCluster cluster = PostgresCluster.shared();
        SharedLogin login = cluster.newDatabase();
        java.nio.file.Path dir = java.nio.file.Files.createTempDirectory("golive-key");
        java.nio.file.Path key = dir.resolve("team.key");
        try (Database db = Database.openShared(SharedLogin.of(login.url(), login.user(), cluster.password(), key))) {
            assertThat(db.kind()).isEqualTo(Database.Kind.POSTGRESQL);
            assertThat(db.description()).contains(login.server());
        }
        assertThat(java.nio.file.Files.getPosixFilePermissions(key)).hasSize(2);
        java.nio.file.Path other = dir.resolve("other.key");
        java.nio.file.Files.write(other, new byte[32]);
        assertThatThrownBy(() -> Database.openShared(SharedLogin.of(login.url(), login.user(), cluster.password(), other)))
                .isInstanceOf(StoreException.class).hasMessageContaining("is not the key");
        try (Database again = Database.openShared(SharedLogin.of(login.url(), login.user(), cluster.password(), key))) {
            assertThat(again.<Long>read(c -> Schema.count(c, "store_key"))).isEqualTo(1L);
        }
    }

    @Test
    void aLoginNeverCarriesItsPasswordInTheUrlOrInText() {
        assertThatThrownBy(() -> SharedLogin.of("jdbc:postgresql://db.example:5432/shop?password=hunter2", "u", null, null))
                .hasMessageContaining("password=").hasMessageNotContaining("hunter2");
        assertThatThrownBy(() -> SharedLogin.of("jdbc:postgresql://db.example:5432/shop", null, "p", null))
                .hasMessageContaining("GOLIVE_DB_USER");
        SharedLogin l = SharedLogin.of("jdbc:postgresql://db.example/shop?user=golive", null, "s3cret-pw", null);
        assertThat(l.user()).isEqualTo("golive");
        assertThat(l.server()).isEqualTo("db.example:5432/shop");
        assertThat(l.toString() + new StoreTarget.Shared(l).describe()).doesNotContain("s3cret-pw");
    }

    /** Every table's columns (names and the kinds the export carries them as). */
    private static java.util.Map<String, List<StoreExport.Column>> describe(Connection c) throws java.sql.SQLException {
        java.util.Map<String, List<StoreExport.Column>> out = new java.util.LinkedHashMap<>();
        for (String t : Schema.tables(c)) {
            out.put(t, Schema.columns(c, t));
        }
        return out;
    }

    /** A second pool on the database {@code db} uses: what another process opening it has. */
    private static Database again(StoreKind kind, Database db) {
        if (kind == StoreKind.H2) {
            return db; // an in-memory H2 is one process's: its pool hands out separate connections
        }
        return Database.openShared(PostgresCluster.shared().login(db.description().replaceAll(".*/(\\S+) as .*", "$1")));
    }
}
