/** Step 3, confirm the cut-off: date, time and zone, what it means in one sentence, the cart's count before it. */
package golive.ui.steps.cutoff;
