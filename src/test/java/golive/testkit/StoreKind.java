package golive.testkit;

import golive.store.Database;

/**
 * The two engines a store runs on, for tests parameterized over both: a private in-memory H2, or a fresh
 * database in the run's PostgreSQL cluster ({@link PostgresCluster}).
 */
public enum StoreKind {
    H2, POSTGRESQL;

    /** A fresh, migrated, empty store on this engine. */
    public Database open() {
        return this == H2 ? Database.inMemory() : Database.openShared(PostgresCluster.shared().newDatabase());
    }
}
