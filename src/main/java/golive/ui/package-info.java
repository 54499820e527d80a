/**
 * JavaFX: the only package (with Main) that imports javafx. {@link golive.ui.GoLiveApp} opens a
 * store and builds an {@link golive.ui.AppWindow} (the composition root per database);
 * {@code wizard/} is the shell, {@code steps/<step>/} the six screens (view + view model),
 * {@code fx/} the FX-thread boundary, {@code theme/} the look.
 */
package golive.ui;
