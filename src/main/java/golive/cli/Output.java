package golive.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What a command prints: text for people, or with {@code --json} exactly one JSON object on
 * stdout (errors too). Commands hand it both forms; it prints one.
 */
final class Output {
    static final ObjectMapper JSON = new ObjectMapper().disable(SerializationFeature.FAIL_ON_EMPTY_BEANS);

    private final PrintWriter out;
    private final PrintWriter err;
    private boolean json;

    Output(PrintWriter out, PrintWriter err) {
        this.out = out;
        this.err = err;
    }

    void json(boolean on) {
        this.json = on;
    }

    boolean isJson() {
        return json;
    }

    /** The command's result: {@code text} for people, {@code object} under --json. */
    void result(Object object, String text) {
        if (json) {
            print(object);
        } else {
            out.println(text);
        }
        out.flush();
    }

    /** Progress and notes for people; silent under --json so stdout stays one object. */
    void note(String text) {
        if (!json) {
            out.println(text);
            out.flush();
        }
    }

    void error(String code, String message, Object details) {
        if (json) {
            Map<String, Object> e = new LinkedHashMap<>();
            e.put("code", code);
            e.put("message", message);
            if (details != null) {
                e.put("problems", details);
            }
            print(Map.of("error", e));
            out.flush();
        } else {
            err.println("Error: " + message);
            err.flush();
        }
    }

    void print(Object object) {
        out.println(pretty(object));
    }

    /** Indented JSON, as {@code --json} prints it. */
    static String pretty(Object object) {
        try {
            return JSON.writerWithDefaultPrettyPrinter().writeValueAsString(object);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    PrintWriter out() {
        return out;
    }

    static Map<String, Object> map(Object... kv) {
        Map<String, Object> m = new LinkedHashMap<>();
        for (int i = 0; i < kv.length; i += 2) {
            m.put((String) kv[i], kv[i + 1]);
        }
        return m;
    }
}
