/** Step 1, connect the cart: kind, store URL, masked credentials with a show toggle, inline validation. */
package golive.ui.steps.connect;
