package golive.cart.http;

import ch.qos.logback.classic.pattern.ExtendedThrowableProxyConverter;
import ch.qos.logback.classic.spi.ILoggingEvent;

/**
 * A logback stack-trace converter that passes the whole trace (every message and cause in it)
 * through {@link Secrets#redact(String)}: an exception thrown by a library may quote a URL or a
 * header with a token in it. Registered in logback.xml as {@code %redactedEx}. Thread-safe.
 */
public class RedactingThrowableConverter extends ExtendedThrowableProxyConverter {
    @Override
    public String convert(ILoggingEvent event) {
        return Secrets.redact(super.convert(event));
    }
}
