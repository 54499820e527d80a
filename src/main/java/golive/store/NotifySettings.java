package golive.store;

import java.time.Duration;
import java.util.List;

/**
 * Where e-mail notifications go and how they are sent. The SMTP password is not part of it: it
 * stays encrypted in the database until {@link NotificationStore#password} decrypts it to send.
 *
 * @param security  {@code none}, {@code starttls} (upgrade on the submission port) or {@code tls} (implicit, port 465)
 * @param failAfter how long runs must have been failing before an e-mail says so
 */
public record NotifySettings(List<String> recipients, String smtpHost, int smtpPort, String smtpUser, String security,
                             String sender, Duration failAfter) {
    public static final Duration DEFAULT_FAIL_AFTER = Duration.ofMinutes(30);

    public NotifySettings {
        recipients = List.copyOf(recipients);
    }
}
