package golive.service;

/** The service could not be installed or removed; the message says why and what to do. */
public final class ServiceException extends RuntimeException {
    public ServiceException(String message) {
        super(message);
    }

    public ServiceException(String message, Throwable cause) {
        super(message, cause);
    }
}
