package golive.rehearsal;

import golive.cart.CartException;
import golive.cart.CheckResult;
import golive.cart.ConnectionReport;
import golive.launch.Boundary;
import golive.launch.Cutover;
import golive.launch.Refusal;
import golive.launch.WallTime;
import golive.openorders.ImportReport;
import golive.openorders.ImportRequest;
import golive.openorders.OpenOrdersImporter;
import golive.reconcile.Reconciler;
import golive.reconcile.Reconciliation;
import golive.report.ReconciliationReport;
import golive.sandbox.Scenario;
import golive.sync.AutoSync;
import golive.sync.SyncEngine;
import golive.sync.SyncEvent;
import golive.sync.SyncLease;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;

/**
 * Walks the six steps against a {@link RehearsalSandbox} the way a person would, with the same
 * engine as the real cut-over, printing each step and its result, then runs Auto Sync through
 * the scenario and ends with the comparison of the cart against the store. Blocking.
 */
public final class ScriptedRehearsal {
    private final RehearsalSandbox box;
    private final Cutover cutover;
    private final Consumer<String> out;

    public ScriptedRehearsal(RehearsalSandbox box, Consumer<String> out) {
        this.box = box;
        this.cutover = box.cutover();
        this.out = line -> out.accept("REHEARSAL  " + line);
    }

    public Reconciliation run() throws InterruptedException {
        Scenario s = box.scenario();
        out.accept("scenario " + s.name() + ": " + s.description());
        out.accept("store clock starts " + WallTime.show(box.player().start(), s.zoneId()) + ", " + box.clock().speed() + "x real time");
        out.accept("database " + (box.databasePath() == null ? "(in memory)" : box.databasePath() + ".mv.db"));

        cutover.connect(box.cartConfig());
        out.accept("step 1 connect: " + box.kind().id() + " " + box.server().baseUrl());
        ConnectionReport report = cutover.test();
        for (CheckResult c : report.checks()) {
            out.accept("step 2 test: " + c.outcome() + " " + c.id() + (c.detail() == null ? "" : " - " + c.detail()));
        }
        if (!report.passed()) {
            throw new IllegalStateException("the sandbox connection test failed");
        }
        Instant cutoff = box.player().cutoff();
        cutover.setCutoff(cutoff, s.zoneId());
        out.accept("step 3 cutoff: " + WallTime.show(cutoff, s.zoneId()) + "; " + count(null, cutoff)
                + " open order(s) in the cart so far before it");

        waitForStoreTime(cutoff);
        openOrders(cutoff);

        Instant importFrom = box.player().importFrom();
        Boundary b = cutover.setImportFrom(importFrom, s.zoneId(), true, true);
        out.accept("step 5 import-from: " + WallTime.show(importFrom, s.zoneId())
                + (b.isGap() ? "; gap accepted, " + count(b.windowStart(), b.windowEnd()) + " open order(s) in it"
                : b.isOverlap() ? "; overlap accepted (deduplicated against the migrated orders)" : "; equal to the cut-off"));

        autoSync(Duration.ofMinutes(s.syncEveryMinutes()));
        return compare();
    }

    /** The cart's count, or why it could not be had (faults are part of a rehearsal). */
    private String count(Instant from, Instant to) {
        try {
            return String.valueOf(cutover.countOpenInCart(from, to));
        } catch (CartException e) {
            return "(the cart could not be asked: " + e.getMessage() + ")";
        }
    }

    private void openOrders(Instant cutoff) {
        try {
            RehearsalSandbox.OpenOrdersFile sample = box.writeOpenOrdersFile(cutoff);
            if (sample.orders() == 0) {
                cutover.declareNoOpenOrders("rehearsal: no order was open at the cut-off");
                out.accept("step 4 open-orders: none were open at the cut-off");
                return;
            }
            // the check against the cart is left to 'open-orders check': a rehearsal's faults may be on at this moment
            ImportReport r = new OpenOrdersImporter(cutover).commit(new ImportRequest(sample.file(), null, null, false, false));
            if (!r.accepted()) {
                throw new IllegalStateException("the sample open-orders file was rejected: " + r.problems());
            }
            out.accept("step 4 open-orders: " + sample.orders() + " open order(s) from the old system imported ("
                    + sample.file().getFileName() + ")");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Step 6: Auto Sync runs until the scenario ends, recovering the way a person would after a revoked token. */
    private void autoSync(Duration every) throws InterruptedException {
        cutover.startSync(every);
        out.accept("step 6 auto-sync: RUNNING every " + every.toMinutes() + " store minute(s)");
        while (true) {
            AutoSync runner = new AutoSync(cutover, this::report);
            CompletableFuture<AutoSync.Exit> exit = CompletableFuture.supplyAsync(runner::runUntilStopped);
            while (!exit.isDone() && !box.player().finished(box.clock().instant())) {
                Thread.sleep(20);
            }
            runner.close();
            if (join(exit) != AutoSync.Exit.CREDENTIALS_REJECTED) {
                break;
            }
            out.accept("step 6 auto-sync: STOPPED - the cart rejected the credentials; a person would paste a new token and test again");
            retestUntilPassed();
            cutover.startSync(every);
            out.accept("step 6 auto-sync: connection re-tested, RUNNING again");
        }
        box.server().faults().clear();
        retestUntilPassed();
        var last = new SyncEngine(cutover, SyncLease.oneShot(cutover.database())).run("rehearsal-final", e -> { });
        out.accept("final import: " + last.counts().imported() + " new of " + last.counts().fetched() + " read");
        cutover.stopSync("rehearsal ended");
    }

    private void retestUntilPassed() throws InterruptedException {
        while (!cutover.problems().isEmpty()) {
            try {
                cutover.test();
            } catch (CartException | Refusal e) {
                // still down: the scenario brings it back
            }
            Thread.sleep(50);
        }
    }

    private static AutoSync.Exit join(CompletableFuture<AutoSync.Exit> exit) {
        try {
            return exit.join();
        } catch (java.util.concurrent.CompletionException e) {
            return AutoSync.Exit.CLOSED;
        }
    }

    private void report(SyncEvent e) {
        if (e instanceof SyncEvent.Finished f && f.result().counts().imported() > 0) {
            out.accept("  sync run " + f.result().runId() + ": imported " + f.result().counts().imported() + " of "
                    + f.result().counts().fetched() + " read; Last Order from " + WallTime.show(f.result().watermark(), box.scenario().zoneId()));
        } else if (e instanceof SyncEvent.Failed f) {
            out.accept("  sync run failed (retried on the next interval): " + f.message());
        }
    }

    private void waitForStoreTime(Instant t) throws InterruptedException {
        while (box.clock().instant().isBefore(t)) {
            Thread.sleep(10);
        }
    }

    /** The product's own proof, as a real cut-over gets it: every cart order in one bucket. */
    private Reconciliation compare() {
        Instant from = box.player().start().minus(Duration.ofHours(Math.max(1, box.scenario().historyHours()) + 1L));
        Reconciliation r = new Reconciler(cutover).run(from, page -> { });
        for (String line : ReconciliationReport.text(r, box.scenario().zoneId()).split("\n")) {
            out.accept("result: " + line);
        }
        out.accept(r.clean() ? "PASSED: every order accounted for, none twice" : "FAILED: see the orders listed above");
        return r;
    }
}
