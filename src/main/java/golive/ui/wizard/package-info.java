/**
 * The wizard shell: the checklist rail, the step host and Back/Next ({@link golive.ui.wizard.WizardView}
 * over {@link golive.ui.wizard.WizardViewModel}), the welcome screen, the menus, and the
 * {@link golive.ui.wizard.Snapshot} of the engine's state that every step binds to.
 */
package golive.ui.wizard;
