/**
 * E-mail notifications: {@link golive.notify.Watchdog} decides from the persisted state what
 * someone must be told (Auto Sync stopped by itself, runs failing too long, orders to look at, the
 * recovery) and {@link golive.notify.SmtpMailer} sends it with Jakarta Mail (Eclipse Angus).
 */
package golive.notify;
