/**
 * The store: H2 migrated by Flyway ({@link golive.store.Database}), one class per table group,
 * each taking the caller's {@link java.sql.Connection} so a change and its audit entry share a
 * transaction. Secrets are encrypted by {@link golive.store.SecretStore}.
 */
package golive.store;
