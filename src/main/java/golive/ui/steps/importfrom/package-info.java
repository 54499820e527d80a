/** Step 5, 'Import Orders from': the boundary against the cut-off as a timeline with counts, acceptance, 'Import Orders As'. */
package golive.ui.steps.importfrom;
