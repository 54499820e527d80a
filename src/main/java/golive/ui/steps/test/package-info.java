/** Step 2, test the connection: the engine's checks in the background, each with the cart's own message. */
package golive.ui.steps.test;
