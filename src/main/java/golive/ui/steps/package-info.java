/**
 * The six step screens, one sub-package each ({@code FooView} + {@code FooViewModel}), plus the
 * date/time/zone input that steps 3 and 5 share ({@link golive.ui.steps.WhenModel},
 * {@link golive.ui.steps.WhenEditor}) and the step page frame ({@link golive.ui.steps.StepPage}).
 */
package golive.ui.steps;
