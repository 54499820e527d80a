package golive.cart.http;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * Turns the carts' heterogeneous error bodies into one readable sentence in the cart's own
 * words: Shopify {@code errors} as a string or an object of field messages, PrestaShop and
 * GraphQL {@code errors} arrays, WooCommerce/Magento {@code message} (with Magento's
 * {@code %placeholders}), BigCommerce {@code title}, PrestaShop's XML error bodies
 * ({@link XmlErrorBodies}), or the text of an HTML error page.
 * Stateless, thread-safe.
 */
public final class ErrorBodies {
    private static final int MAX_TEXT = 300;

    private ErrorBodies() {
    }

    /** The cart's message, or null when the body says nothing useful. */
    public static String message(JsonNode body, String rawText) {
        String m = body == null ? null : fromJson(body);
        if (m == null || m.isBlank()) {
            m = fromText(rawText);
        }
        return m == null ? null : Secrets.redact(m);
    }

    private static String fromJson(JsonNode body) {
        JsonNode errors = body.get("errors");
        String listed = errors == null || errors.isNull() ? "" : flatten(errors);
        if (!listed.isBlank()) {
            return listed; // an empty one (BigCommerce's "errors": {}) says nothing: the title does
        }
        JsonNode message = body.get("message");
        if (message != null && message.isTextual()) {
            return substitute(message.asText(), body.get("parameters"));
        }
        for (String field : new String[] {"title", "error_description", "error"}) {
            JsonNode n = body.get(field);
            if (n != null && n.isTextual()) {
                return n.asText();
            }
        }
        return null;
    }

    private static String flatten(JsonNode errors) {
        if (errors.isTextual() || errors.isNumber()) {
            return errors.asText();
        }
        List<String> parts = new ArrayList<>();
        if (errors.isArray()) {
            for (JsonNode e : errors) {
                JsonNode msg = e.isObject() ? e.get("message") : e;
                parts.add(msg == null ? e.toString() : flatten(msg));
            }
        } else if (errors.isObject()) {
            Iterator<Map.Entry<String, JsonNode>> it = errors.fields();
            while (it.hasNext()) {
                Map.Entry<String, JsonNode> e = it.next();
                String text = flatten(e.getValue());
                // Shopify often repeats the field name at the start of its message
                parts.add(text.startsWith(e.getKey()) || "base".equals(e.getKey()) ? text : e.getKey() + ": " + text);
            }
        }
        return String.join("; ", parts);
    }

    private static String substitute(String message, JsonNode parameters) {
        if (parameters == null || parameters.isNull()) {
            return message;
        }
        String out = message;
        if (parameters.isObject()) {
            Iterator<Map.Entry<String, JsonNode>> it = parameters.fields();
            while (it.hasNext()) {
                Map.Entry<String, JsonNode> e = it.next();
                out = out.replace("%" + e.getKey(), e.getValue().asText());
            }
        } else if (parameters.isArray()) {
            for (int i = 0; i < parameters.size(); i++) {
                out = out.replace("%" + (i + 1), parameters.get(i).asText());
            }
        }
        return out;
    }

    private static String fromText(String raw) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        if (XmlErrorBodies.isXml(raw)) {
            String listed = XmlErrorBodies.messages(raw);
            if (listed != null) {
                return listed;
            }
        }
        String text = raw.replaceAll("(?is)<(script|style)[^>]*>.*?</\\1>", " ")
                .replaceAll("<[^>]+>", " ")
                .replaceAll("\\s+", " ")
                .strip();
        if (text.isEmpty()) {
            return null;
        }
        return text.length() > MAX_TEXT ? text.substring(0, MAX_TEXT) + "…" : text;
    }
}
