/**
 * The wizard's brain, with no UI: the six {@link golive.launch.Step}s, the {@link golive.launch.Guard}
 * that decides whether Auto Sync may start, the {@link golive.launch.Checklist}, and
 * {@link golive.launch.Cutover}, the step operations the wizard and the CLI share.
 */
package golive.launch;
