package golive.service;

import java.util.stream.Collectors;

/**
 * A systemd user unit ({@code ~/.config/systemd/user/<id>.service}): restarted when it fails,
 * started with the user's session ({@code default.target}; with lingering, at boot).
 */
public final class SystemdUnit {
    private SystemdUnit() {
    }

    public static String fileName(String id) {
        return id + ".service";
    }

    public static String render(ServiceSpec spec) {
        return """
                [Unit]
                Description=%s
                After=network-online.target

                [Service]
                Type=simple
                WorkingDirectory=%s
                ExecStart=%s
                Restart=on-failure
                RestartSec=30

                [Install]
                WantedBy=default.target
                """.formatted(spec.description().replace("%", "%%"), spec.workingDir().toString().replace("%", "%%"),
                spec.command().stream().map(SystemdUnit::quote).collect(Collectors.joining(" ")));
    }

    /**
     * One ExecStart word: double-quoted with backslash escapes, and {@code %} and {@code $} doubled
     * so systemd expands neither specifiers nor variables in a path.
     */
    static String quote(String word) {
        String escaped = word.replace("\\", "\\\\").replace("\"", "\\\"").replace("%", "%%").replace("$", "$$");
        return "\"" + escaped + "\"";
    }
}
