package golive.cli;

import golive.cart.CartOrder;
import golive.launch.Cutover;
import golive.launch.InvalidInput;
import golive.launch.Problem;
import golive.launch.ProblemCode;
import golive.sync.AutoSync;
import golive.sync.ImportNow;
import golive.sync.SyncCounts;
import golive.sync.SyncEngine;
import golive.sync.SyncEvent;
import golive.sync.SyncLease;
import golive.sync.SyncResult;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/** {@code sync start | stop | now | run | import | status}: step 6. Every write asks the guard. */
@Command(name = "sync", description = "Auto Sync: start, stop, import now, run headless, as a background service.",
        subcommands = {SyncCommands.Start.class, SyncCommands.Stop.class, SyncCommands.Now.class, SyncCommands.Run.class,
                SyncCommands.Import.class, SyncCommands.Status.class, ServiceCommands.class})
final class SyncCommands {

    @Command(name = "start", description = "Set Auto Sync RUNNING (refused until every step is done).")
    static final class Start implements Callable<Integer> {
        private final Session s;
        @Option(names = "--every", description = "interval: 30s, 5m, 1h (default: the saved one, 5m)") String every;

        Start(Session s) {
            this.s = s;
        }

        @Override
        public Integer call() {
            Duration interval = every == null ? null : Durations.parse(every);
            s.cutover().startSync(interval);
            s.output.result(Output.map("status", "RUNNING"),
                    "Auto Sync is RUNNING. It imports while the wizard is open or 'sync run' runs.");
            return ExitCode.OK;
        }
    }

    @Command(name = "stop", description = "Set Auto Sync STOPPED; a running 'sync run' ends after its current run.")
    static final class Stop implements Callable<Integer> {
        private final Session s;

        Stop(Session s) {
            this.s = s;
        }

        @Override
        public Integer call() {
            s.cutover().stopSync("stopped by user");
            s.output.result(Output.map("status", "STOPPED"), "Auto Sync is STOPPED.");
            return ExitCode.OK;
        }
    }

    @Command(name = "now", description = "Import new orders now (once). --dry-run previews and writes nothing.")
    static final class Now implements Callable<Integer> {
        private final Session s;
        @Option(names = "--dry-run") boolean dryRun;

        Now(Session s) {
            this.s = s;
        }

        @Override
        public Integer call() {
            Cutover c = s.cutover();
            SyncResult r = dryRun ? new SyncEngine(c, SyncLease.oneShot(c.database())).dryRun(progress(s))
                    : new ImportNow(c).run("now", progress(s));
            s.output.result(result(r), describe(r));
            return ExitCode.OK;
        }
    }

    @Command(name = "run", description = "Run Auto Sync in this process until it is stopped (headless runner).")
    static final class Run implements Callable<Integer> {
        private final Session s;
        @Option(names = "--every", description = "interval: 30s, 5m, 1h (default: the saved one, 5m)") String every;
        @Option(names = "--service", description = "as the background service: never starts Auto Sync, waits while it is stopped")
        boolean service;

        Run(Session s) {
            this.s = s;
        }

        @Override
        public Integer call() {
            Duration interval = every == null ? null : Durations.parse(every);
            Cutover c = s.cutover();
            if (!service) {
                c.startSync(interval);
            }
            AutoSync runner = new AutoSync(c, progress(s), service);
            CountDownLatch ended = new CountDownLatch(1);
            // Ctrl+C / SIGTERM: let the loop finish its page and give the lease back before the JVM exits
            Thread hook = new Thread(() -> {
                runner.close();
                awaitQuietly(ended);
            });
            Runtime.getRuntime().addShutdownHook(hook);
            try {
                s.output.note(service ? "Auto Sync background service for " + s.databasePath() + ": imports while Auto Sync is RUNNING."
                        : "Auto Sync RUNNING in this process (Ctrl+C to leave it RUNNING for another runner; 'sync stop' to stop).");
                AutoSync.Exit exit = service ? runner.standBy() : runner.runUntilStopped();
                s.output.result(Output.map("exit", exit.name()), "Auto Sync runner ended: " + exit);
                return exit == AutoSync.Exit.CREDENTIALS_REJECTED ? ExitCode.REFUSED : ExitCode.OK;
            } finally {
                ended.countDown();
                try {
                    Runtime.getRuntime().removeShutdownHook(hook);
                } catch (IllegalStateException shuttingDown) {
                    // the hook is running: it is waiting for us
                }
            }
        }
    }

    @Command(name = "import", description = "Import one cart order by its cart id now.")
    static final class Import implements Callable<Integer> {
        private final Session s;
        @Option(names = "--order", required = true, paramLabel = "ID") String orderId;

        Import(Session s) {
            this.s = s;
        }

        @Override
        public Integer call() {
            if (orderId.isBlank()) {
                throw new InvalidInput(Problem.of(ProblemCode.BAD_VALUE, orderId, "--order needs the cart's order id"));
            }
            Cutover c = s.cutover();
            SyncCounts counts;
            try {
                counts = new ImportNow(c).order(orderId);
            } catch (IllegalArgumentException e) {
                // the connector's word on an id it cannot be (Shopify: "#1001" is a name, not an id)
                throw new InvalidInput(Problem.of(ProblemCode.BAD_VALUE, orderId, e.getMessage()));
            }
            String what = counts.imported() > 0 ? "imported" : counts.skippedMigrated() > 0 ? "already migrated" : "already imported";
            s.output.result(Output.map("order", orderId, "outcome", what, "counts", counts), "Order " + orderId + ": " + what + ".");
            return ExitCode.OK;
        }
    }

    @Command(name = "status", description = "Auto Sync status, last run, runner.")
    static final class Status implements Callable<Integer> {
        private final Session s;

        Status(Session s) {
            this.s = s;
        }

        @Override
        public Integer call() {
            Map<String, Object> sync = golive.report.StatusReport.sync(s.cutover());
            s.output.result(sync, golive.report.StatusReport.syncText(sync));
            return ExitCode.OK;
        }
    }

    private static void awaitQuietly(CountDownLatch latch) {
        try {
            latch.await(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    static Consumer<SyncEvent> progress(Session s) {
        return e -> {
            if (e instanceof SyncEvent.PageDone p) {
                s.output.note("  page " + p.page() + ": " + p.soFar().fetched() + " read, " + p.soFar().imported() + " imported");
            } else if (e instanceof SyncEvent.Failed f) {
                s.output.note("  run failed: " + f.message());
            } else if (e instanceof SyncEvent.Finished f && f.result().runId() != 0) {
                s.output.note("  run " + f.result().runId() + " done: " + describe(f.result()));
            } else if (e instanceof SyncEvent.Waiting w) {
                s.output.note("  another runner holds the lease (" + w.holder() + ", heartbeat " + w.heartbeatAt()
                        + "); this one takes over when it stops");
            } else if (e instanceof SyncEvent.Holding h) {
                s.output.note("  this process is the runner (" + h.holder() + ")");
            } else if (e instanceof SyncEvent.NotificationFailed n) {
                s.output.note("  e-mail notification not sent (" + n.subject() + "): " + n.error() + "; see 'notify status'");
            } else if (e instanceof SyncEvent.Delegated d) {
                s.output.note("  Auto Sync's runner (" + d.holder() + ") holds the lease: asked it to import now; waiting for its answer");
            }
        };
    }

    static Map<String, Object> result(SyncResult r) {
        List<Map<String, Object>> preview = r.wouldImport().stream().map(SyncCommands::brief).toList();
        return Output.map("runId", r.runId() == 0 ? null : r.runId(), "dryRun", r.dryRun(), "since", r.since().toString(),
                "counts", r.counts(), "watermark", r.watermark() == null ? null : r.watermark().toString(),
                "wouldImport", r.dryRun() ? preview : null);
    }

    static String describe(SyncResult r) {
        SyncCounts c = r.counts();
        return (r.dryRun() ? "Dry run (nothing written): would import " : "Imported ") + c.imported() + " of " + c.fetched()
                + " order(s) read since " + r.since() + "; already imported " + c.alreadyImported() + ", migrated "
                + c.skippedMigrated() + ", not eligible " + c.skippedIneligible()
                + (c.possibleDuplicates() > 0 ? ", possible duplicates (overlap) " + c.possibleDuplicates() : "")
                + (c.attention() > 0 ? ", needing attention " + c.attention() : "")
                + (c.setAside() > 0 ? ", set aside (the store cannot hold them; see 'sync status') " + c.setAside() : "")
                + (r.cartCount() != null ? "; the cart's own count " + r.cartCount() + " matched by " + r.distinctRead() + " read" : "")
                + ".";
    }

    private static Map<String, Object> brief(CartOrder o) {
        return Output.map("cart_order_id", o.id(), "order_number", o.number(), "created_at", o.createdAt().toString(),
                "total", o.total().plain(), "currency", o.total().currency());
    }
}
