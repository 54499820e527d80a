/**
 * Auto Sync as a per-user OS service, so it keeps importing when the window is closed: one
 * {@link golive.service.ServiceSpec} rendered as a systemd user unit ({@link golive.service.SystemdUnit}),
 * a launchd agent ({@link golive.service.LaunchdPlist}) or a Task Scheduler task
 * ({@link golive.service.ScheduledTaskXml}), installed by {@link golive.service.UserService} through
 * {@link golive.service.ProcessRunner} (so tests see the calls without running systemctl).
 */
package golive.service;
