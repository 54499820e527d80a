/**
 * The store: H2, or a shared PostgreSQL, migrated by Flyway ({@link golive.store.Database}; where it lives:
 * {@link golive.store.StoreTarget}), one class per table group, each taking the caller's
 * {@link java.sql.Connection} so a change and its audit entry share a transaction. Secrets are encrypted by
 * {@link golive.store.SecretStore}; a whole store moves by {@link golive.store.StoreTransfer}.
 */
package golive.store;
