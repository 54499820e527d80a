package golive.service;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A {@link ProcessRunner} that records each call and answers from a script: no real service manager is touched. */
public final class RecordingProcesses implements ProcessRunner {
    public final List<String> calls = new ArrayList<>();
    private final Map<String, Result> answers = new LinkedHashMap<>();

    /** Calls starting with {@code prefix} answer {@code exit}/{@code output}; the longest matching prefix wins. */
    public RecordingProcesses answer(String prefix, int exit, String output) {
        answers.put(prefix, new Result(exit, output));
        return this;
    }

    /** A systemd user manager that answers, and a unit that becomes active once started. */
    public static RecordingProcesses systemdUp() {
        return new RecordingProcesses().answer("systemctl --user", 0, "").answer("systemctl --user is-active", 0, "active")
                .answer("loginctl show-user", 0, "no");
    }

    @Override
    public synchronized Result run(List<String> argv) {
        String line = String.join(" ", argv);
        calls.add(line);
        return answers.entrySet().stream().filter(e -> line.startsWith(e.getKey()))
                .max((a, b) -> Integer.compare(a.getKey().length(), b.getKey().length()))
                .map(Map.Entry::getValue).orElse(new Result(127, argv.get(0) + ": not found"));
    }

    public synchronized List<String> callsStartingWith(String prefix) {
        return calls.stream().filter(c -> c.startsWith(prefix)).toList();
    }
}
