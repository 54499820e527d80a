package golive.notify;

/** An e-mail could not be sent (the SMTP server is down, refused the login or the recipients). */
public final class MailFailure extends RuntimeException {
    public MailFailure(String message, Throwable cause) {
        super(message, cause);
    }
}
