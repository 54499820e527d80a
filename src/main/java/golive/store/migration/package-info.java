/** Flyway migrations written in Java, where stored data must be rewritten by the product's own rules. */
package golive.store.migration;
