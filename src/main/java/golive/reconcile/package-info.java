/** The proof: every cart order in exactly one bucket against the store (the full report grows here). */
package golive.reconcile;
