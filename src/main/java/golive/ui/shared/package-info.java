/**
 * File › Open › a shared database: the form (URL, user, password, the team's key file) and its view
 * model, which turns it into a {@link golive.store.StoreTarget} the app opens like an H2 file.
 */
package golive.ui.shared;
