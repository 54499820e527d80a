/**
 * Flyway migrations written in Java: where stored data must be rewritten by the product's own rules,
 * or where plain SQL cannot name what it changes (a constraint the database named itself).
 */
package golive.store.migration;
