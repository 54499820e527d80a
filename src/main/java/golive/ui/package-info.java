/** JavaFX: the only package (with Main) that imports javafx. The wizard lands here. */
package golive.ui;
