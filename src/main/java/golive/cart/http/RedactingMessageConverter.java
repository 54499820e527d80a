package golive.cart.http;

import ch.qos.logback.classic.pattern.MessageConverter;
import ch.qos.logback.classic.spi.ILoggingEvent;

/**
 * A logback {@code %msg} replacement that passes every log message (from any package)
 * through {@link Secrets#redact(String)}. Register it in logback.xml with
 * {@code <conversionRule conversionWord="msg" converterClass="golive.cart.http.RedactingMessageConverter"/>}.
 * Thread-safe.
 */
public class RedactingMessageConverter extends MessageConverter {
    @Override
    public String convert(ILoggingEvent event) {
        return Secrets.redact(super.convert(event));
    }
}
