/**
 * The orders in the store, as a person looks for one: newest first, searched by number, cart id or
 * customer, filtered by source, attention or the sync run that imported them. Over {@code OrderStore.find}.
 */
package golive.ui.orders;
