package golive.cli;

import golive.domain.OrderSource;
import golive.launch.Checklist;
import golive.launch.Cutover;
import golive.launch.Guard;
import golive.launch.LaunchState;
import golive.launch.Problem;
import golive.report.StatusReport;
import golive.service.UserService;
import picocli.CommandLine.Command;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

/**
 * {@code status}: the checklist, the guard's verdict and Auto Sync. Exits 0 whatever the guard says.
 * The text is built by {@link StatusReport}, which the wizard's 'Copy status for support' shares.
 */
@Command(name = "status", description = "The six steps, what blocks Auto Sync, and sync status.")
final class StatusCommand implements Callable<Integer> {
    private final Session s;

    StatusCommand(Session s) {
        this.s = s;
    }

    @Override
    public Integer call() {
        Cutover c = s.cutover();
        Instant now = c.clock().instant();
        LaunchState state = c.state();
        List<Problem> problems = Guard.problems(state, now);
        List<Map<String, Object>> steps = new ArrayList<>();
        for (Checklist.StepStatus st : Checklist.of(state, now)) {
            steps.add(Output.map("id", st.step().id(), "done", st.done(), "detail", StatusReport.stepDetail(c, st)));
        }
        Map<String, Object> guard = Output.map("ready", problems.isEmpty(), "problems", Cli.problems(problems));
        Map<String, Object> sync = StatusReport.sync(c);
        Map<String, Object> database = Output.map("kind", c.database().kind().name().toLowerCase(java.util.Locale.ROOT),
                "where", c.database().description());
        // the service's file only, no process asked: status stays quick and never touches the service manager
        Map<String, Object> service = ServiceCommands.runner(s);
        service.put("installed", new UserService(s.host()).installed(ServiceCommands.serviceId(s)));
        s.output.result(Output.map("database", database, "steps", steps, "guard", guard, "sync", sync, "service", service,
                "orders", Output.map("migrated", c.orderCount(OrderSource.MIGRATED), "cart", c.orderCount(OrderSource.CART))),
                StatusReport.text(c, c.database().description()) + "\nBackground service: "
                        + (Boolean.TRUE.equals(service.get("installed")) ? "installed" : "not installed ('sync service install')")
                        + "; " + ServiceCommands.runnerText(service));
        return ExitCode.OK;
    }
}
