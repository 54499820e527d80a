/**
 * The Reconcile view: the proof of the cut-over in the window (verdict, counts per bucket, the
 * timeline chart, the cart's orders with their bucket), with importing a missing order,
 * acknowledging one handled by hand and saving the go-live report. Over {@code golive.reconcile}.
 */
package golive.ui.reconcile;
