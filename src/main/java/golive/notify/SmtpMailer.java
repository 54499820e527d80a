package golive.notify;

import golive.store.NotifySettings;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;

import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.Properties;

/**
 * Sends one plain-text e-mail over SMTP with Jakarta Mail (Eclipse Angus): STARTTLS required when
 * asked (never a silent fall back to clear text), implicit TLS on {@code tls}, the server's name
 * checked against its certificate, every wait bounded. Thread-safe (stateless).
 */
public final class SmtpMailer {
    static final Duration TIMEOUT = Duration.ofSeconds(20);

    /** @throws MailFailure with the server's or the network's words, never the password */
    public void send(NotifySettings s, String password, String subject, String body, Instant at) {
        boolean tls = "tls".equals(s.security());
        String protocol = tls ? "smtps" : "smtp";
        Properties p = new Properties();
        String pre = "mail." + protocol + ".";
        p.put(pre + "host", s.smtpHost());
        p.put(pre + "port", String.valueOf(s.smtpPort()));
        p.put(pre + "auth", String.valueOf(s.smtpUser() != null));
        p.put(pre + "connectiontimeout", String.valueOf(TIMEOUT.toMillis()));
        p.put(pre + "timeout", String.valueOf(TIMEOUT.toMillis()));
        p.put(pre + "writetimeout", String.valueOf(TIMEOUT.toMillis()));
        p.put(pre + "ssl.checkserveridentity", "true");
        if ("starttls".equals(s.security())) {
            p.put("mail.smtp.starttls.enable", "true");
            p.put("mail.smtp.starttls.required", "true");
        }
        Session session = Session.getInstance(p);
        try {
            MimeMessage m = new MimeMessage(session);
            m.setFrom(new InternetAddress(s.sender(), true));
            m.setRecipients(Message.RecipientType.TO, InternetAddress.parse(String.join(",", s.recipients()), true));
            m.setSubject(subject, "UTF-8");
            m.setText(body, "UTF-8");
            m.setSentDate(Date.from(at));
            try (Transport t = session.getTransport(protocol)) {
                t.connect(s.smtpHost(), s.smtpPort(), s.smtpUser(), s.smtpUser() == null ? null : password);
                t.sendMessage(m, m.getAllRecipients());
            }
        } catch (MessagingException e) {
            throw new MailFailure(redact(describe(e), password), e);
        }
    }

    private static String describe(Throwable e) {
        StringBuilder sb = new StringBuilder(String.valueOf(e.getMessage()).strip());
        for (Throwable t = e.getCause(); t != null && t != t.getCause(); t = t.getCause()) {
            if (t.getMessage() != null && !sb.toString().contains(t.getMessage())) {
                sb.append(": ").append(t.getMessage().strip());
            }
        }
        return sb.toString();
    }

    private static String redact(String text, String password) {
        return password == null || password.isEmpty() ? text : text.replace(password, "***");
    }
}
