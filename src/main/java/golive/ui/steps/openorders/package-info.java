/**
 * Step 4, the old system's open orders: a file previewed, mapped, checked against the cart and
 * imported through {@code golive.openorders}, undone while allowed; or "No open orders to migrate"
 * with a reason ({@code Cutover.declareNoOpenOrders}).
 */
package golive.ui.steps.openorders;
