package golive.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.util.concurrent.Callable;

/** {@code open-orders none}: step 4 when the old system has no open orders (file import: its own issue). */
@Command(name = "open-orders", description = "Step 4: the old system's open orders.", mixinStandardHelpOptions = true,
        subcommands = {OpenOrdersCommands.None.class})
final class OpenOrdersCommands {

    @Command(name = "none", description = "Declare that there are no open orders to migrate (with a reason).")
    static final class None implements Callable<Integer> {
        private final Session s;
        @Option(names = "--reason", required = true) String reason;

        None(Session s) {
            this.s = s;
        }

        @Override
        public Integer call() {
            s.cutover().declareNoOpenOrders(reason);
            s.output.result(Output.map("openOrders", "none", "reason", reason),
                    "Declared: no open orders to migrate (" + reason + ").");
            return ExitCode.OK;
        }
    }
}
