package golive.cli;

import golive.store.AuditLog;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

/** {@code log}: recent audit entries, newest first. */
@Command(name = "log", description = "Recent audit entries: when, who, what, before -> after.")
final class LogCommand implements Callable<Integer> {
    private final Session s;
    @Option(names = "--limit", defaultValue = "50") int limit;

    LogCommand(Session s) {
        this.s = s;
    }

    @Override
    public Integer call() {
        List<AuditLog.Entry> entries = s.cutover().database().read(c -> AuditLog.recent(c, limit));
        List<Map<String, Object>> json = entries.stream().map(e -> Output.map("at", e.at().toString(), "user", e.osUser(),
                "action", e.action(), "before", e.before(), "after", e.after())).toList();
        StringBuilder text = new StringBuilder();
        for (AuditLog.Entry e : entries) {
            text.append(e.at()).append("  ").append(e.osUser()).append("  ").append(e.action()).append(": ")
                    .append(e.before() == null ? "" : e.before() + " -> ").append(e.after() == null ? "" : e.after()).append('\n');
        }
        s.output.result(Output.map("entries", json), entries.isEmpty() ? "No audit entries yet." : text.toString().stripTrailing());
        return ExitCode.OK;
    }
}
