/**
 * The FX thread boundary: {@link golive.ui.fx.Background} runs blocking engine work off the FX
 * thread and hops results back through an injected executor ({@code Platform::runLater} in the
 * app, {@code Runnable::run} in view-model tests); {@link golive.ui.fx.UserError} turns a failure
 * into what happened and what to do; small node helpers shared by the views.
 */
package golive.ui.fx;
