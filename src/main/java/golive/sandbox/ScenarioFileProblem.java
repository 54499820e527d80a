package golive.sandbox;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;

import java.io.IOException;
import java.time.LocalDateTime;
import java.util.stream.Collectors;

/**
 * What is wrong with a scenario file, in a person's words: {@code FILE line L, column C: field 'x': ...}
 * with the field's own line (Jackson reports an unknown field of a record where the object ends)
 * and the form expected, never a Java type or exception name. Stateless.
 */
final class ScenarioFileProblem {
    private ScenarioFileProblem() {
    }

    static String describe(String file, String text, JsonProcessingException e) {
        JsonLocation at = e.getLocation();
        long line = at == null ? 1 : at.getLineNr();
        long column = at == null ? 1 : at.getColumnNr();
        String field = e instanceof JsonMappingException m ? path(m) : null;
        String what;
        if (e instanceof UnrecognizedPropertyException u) {
            JsonLocation own = fieldLocation(text, u.getPropertyName());
            if (own != null) {
                line = own.getLineNr();
                column = own.getColumnNr();
            }
            what = "unknown field; expected one of " + u.getKnownPropertyIds().stream().map(String::valueOf).sorted()
                    .collect(Collectors.joining(", "));
        } else if (e instanceof ValueInstantiationException && e.getCause() != null) {
            field = null; // our own check: its message names the field
            what = e.getCause().getMessage();
        } else if (e instanceof InvalidFormatException f) {
            what = "'" + f.getValue() + "' is not valid; expected " + expected(f.getTargetType());
        } else if (e instanceof MismatchedInputException m && m.getTargetType() != null) {
            what = "expected " + expected(m.getTargetType());
        } else {
            what = e.getOriginalMessage(); // a syntax error: Jackson's words name the token
        }
        return file + " line " + line + ", column " + column + ": " + (field == null || field.isEmpty() ? "" : "field '" + field + "': ") + what;
    }

    private static String path(JsonMappingException m) {
        StringBuilder sb = new StringBuilder();
        for (JsonMappingException.Reference r : m.getPath()) {
            if (r.getFieldName() != null) {
                sb.append(sb.length() == 0 ? "" : ".").append(r.getFieldName());
            } else if (r.getIndex() >= 0) {
                sb.append('[').append(r.getIndex()).append(']');
            }
        }
        return sb.toString();
    }

    private static String expected(Class<?> type) {
        if (type == LocalDateTime.class) {
            return "a local date and time such as 2026-11-28T09:00";
        }
        if (type == int.class || type == Integer.class || type == long.class || type == Long.class) {
            return "a whole number";
        }
        if (type == double.class || type == Double.class) {
            return "a number";
        }
        if (type == boolean.class || type == Boolean.class) {
            return "true or false";
        }
        if (java.util.List.class.isAssignableFrom(type)) {
            return "a list [...]";
        }
        return type == String.class ? "text in quotes" : "an object {...}";
    }

    /** Where {@code name} first appears as a key. */
    private static JsonLocation fieldLocation(String text, String name) {
        try (JsonParser p = new JsonFactory().createParser(text)) {
            for (JsonToken t; (t = p.nextToken()) != null; ) {
                if (t == JsonToken.FIELD_NAME && name.equals(p.currentName())) {
                    return p.currentTokenLocation();
                }
            }
        } catch (IOException unreadable) {
            // the whole file was parsed once already; fall back to Jackson's location
        }
        return null;
    }
}
