package golive.openorders;

import golive.cart.CartConfig;
import golive.cart.CartException;
import golive.domain.OrderNumbers;
import golive.launch.Cutover;
import golive.launch.Guard;
import golive.launch.InvalidInput;
import golive.launch.Problem;
import golive.launch.ProblemCode;
import golive.launch.Refusal;
import golive.store.AuditLog;
import golive.store.MigratedOrderWriter;
import golive.store.OpenOrdersStore;
import golive.store.PlanStore;
import golive.sync.MigratedWatch;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * Step 4 with a file: a preview (nothing written) and a commit (everything or nothing, in one
 * transaction, with its audit entry). Both read the file once, as a stream, validating as they
 * go; a commit writes in JDBC batches on a second thread while the file is clean, stops writing at
 * the first error, reads on to list up to 100 problems, and rolls back. When the cart connection
 * is tested, the result is compared with the cart after
 * the transaction (cart calls never run inside one). Needs a connected cart (the shop's identity
 * registers the orders) and a confirmed cut-off. Thread-safe; blocking.
 */
public final class OpenOrdersImporter {
    /** Orders per JDBC batch. */
    static final int CHUNK = 500;

    private final Cutover cutover;
    private final ImportProgress progress;
    private final OpenOrdersStore batches = new OpenOrdersStore();
    private final PlanStore plans = new PlanStore();

    public OpenOrdersImporter(Cutover cutover) {
        this(cutover, ImportProgress.NONE);
    }

    /** @param progress told the counts as the file and then the cart are read (the window's progress line) */
    public OpenOrdersImporter(Cutover cutover, ImportProgress progress) {
        this.cutover = cutover;
        this.progress = progress;
    }

    /** Reads and checks the file and writes nothing (the preview; {@code --dry-run}). */
    public ImportReport preview(ImportRequest request) {
        return cutover.requested("open-orders import --dry-run", () -> run(request, true));
    }

    /** Reads, checks and, when there is no error and something is new, commits one batch. */
    public ImportReport commit(ImportRequest request) {
        return cutover.requested("open-orders import", () -> run(request, false));
    }

    private record Setup(CartConfig cart, PlanStore.Plan plan, ZoneId zone, ImportPass.Target target, ColumnMapping mapping) {
    }

    private record Outcome(ImportSummary summary, ProblemLog log, boolean written, Long batchId) {
    }

    private ImportReport run(ImportRequest request, boolean dryRun) {
        List<FileProblem> mappingProblems = new ArrayList<>();
        Setup setup = setup(request, mappingProblems);
        if (!mappingProblems.isEmpty()) {
            ProblemLog log = new ProblemLog();
            mappingProblems.forEach(log::add);
            return report(new Outcome(null, log, false, null), dryRun, null, "not run: the mapping has problems");
        }
        boolean check = request.checkCart() && Guard.connectionTested(cutover.state(), cutover.clock().instant());
        MigratedSet migrated = check ? new MigratedSet() : null;
        Outcome outcome = dryRun
                ? cutover.database().read(c -> pass(request, setup, StoreIndex.load(c, setup.target().shopKey(), migrated),
                        null, null, migrated))
                : cutover.database().inTransaction(c -> commit(c, request, setup, migrated));
        if (!check) {
            return report(outcome, dryRun, null, "not run: the cart connection is not tested");
        }
        if (outcome.log().hasErrors()) {
            return report(outcome, dryRun, null, "not run: the file has errors");
        }
        try {
            CartCheck cartCheck = new CartCheck(cutover.connector(), normaliser(setup.cart()), setup.plan().importableFor(setup.cart().kind()));
            // a committed batch's orders are watched from their first sight in the cart; a preview writes nothing
            MigratedWatch watch = new MigratedWatch(cutover.database(), setup.cart());
            CartCheck.Result result = cartCheck.run(migrated, setup.plan().cutoff(),
                    outcome.written() ? watch::sighted : page -> { }, progress::cartOrders);
            return report(outcome, dryRun, result, null);
        } catch (CartException e) {
            return report(outcome, dryRun, null, "not run: the cart could not be read (" + e.getMessage() + ")");
        }
    }

    private Outcome commit(Connection c, ImportRequest request, Setup setup, MigratedSet migrated) throws SQLException {
        Instant now = cutover.clock().instant();
        long batchId = batches.addFileBatch(c, request.file().toString(), 0, now);
        StoreIndex store = StoreIndex.load(c, setup.target().shopKey(), migrated);
        Outcome o;
        try (MigratedOrderWriter writer = new MigratedOrderWriter(c, CHUNK, now);
             WritePipeline pipeline = new WritePipeline(writer, CHUNK)) {
            o = pass(request, setup, store, pipeline, batchId, migrated);
            pipeline.finish();
        }
        ImportSummary s = o.summary();
        if (o.log().hasErrors() || s == null || s.newOrders() == 0) {
            c.rollback(); // all or nothing; and no empty batch when everything was there already
            return new Outcome(s, o.log(), false, null);
        }
        batches.describeFileBatch(c, batchId, s.format(), Math.toIntExact(s.newOrders()));
        plans.bumpVersion(c); // a run reading now holds the registry without this batch: it must stop
        AuditLog.record(c, now, "open-orders.import", null, "batch " + batchId + ": " + s.file() + " (" + s.format() + "): "
                + s.newOrders() + " order(s), " + s.newLines() + " line(s) added; " + s.alreadyInStore()
                + " already in the store; " + s.skippedNotOpen() + " skipped as not open; " + o.log().warningCount() + " warning(s)");
        golive.crash.KillPoint.reach("open-orders.commit");
        return new Outcome(s, o.log(), true, batchId);
    }

    /** One streamed read of the file; new orders go to {@code writer} (null in a preview) while the file is clean. */
    private Outcome pass(ImportRequest request, Setup setup, StoreIndex store, WritePipeline writer, Long batchId,
                         MigratedSet migrated) {
        String file = request.file().toString();
        ProblemLog log = new ProblemLog();
        Layout mapped = setup.mapping() == null ? null : setup.mapping().layout();
        try (CsvSource source = CsvSource.open(request.file(), file, mapped == null ? ',' : mapped.delimiter(), log)) {
            CsvSource.Line header = source.header();
            RowReader rows = header == null ? null : RowReader.choose(header, request.format(), mapped, file, log);
            if (rows == null) {
                return new Outcome(null, log, false, null);
            }
            Layout layout = rows.layout();
            Values values = new Values(file, setup.zone(), layout.dateFormat(),
                    setup.mapping() == null ? null : setup.mapping().dateFormat());
            ImportPass sink = new ImportPass(file, rows::column, setup.target(), setup.zone(), store, log, request.strict(), writer, batchId, migrated, progress);
            OrderAssembler orders = new OrderAssembler(file, rows, values, log, setup.cart().kind(), normaliser(setup.cart()), sink);
            for (CsvSource.Line l; !log.full() && (l = source.next()) != null; ) {
                orders.accept(rows.read(l));
            }
            orders.finish();
            ImportSummary summary = sink.summary(layout.format().id());
            progress.fileOrders(summary.orders() + summary.skippedNotOpen(), summary.newOrders());
            return new Outcome(summary, log, false, null);
        } catch (IOException e) {
            throw unreadable(file, e);
        } catch (UncheckedIOException e) {
            throw unreadable(file, e.getCause());
        }
    }

    private Setup setup(ImportRequest request, List<FileProblem> mappingProblems) {
        CartConfig cart = cutover.cartConfig().orElseThrow(() -> new Refusal(Problem.of(ProblemCode.CART_NOT_CONNECTED)));
        PlanStore.Plan plan = cutover.database().read(plans::load);
        if (!plan.cutoffConfirmed() || plan.cutoff() == null) {
            throw new Refusal(Problem.of(ProblemCode.CUTOFF_NOT_CONFIRMED));
        }
        if (request.format() == Format.MAPPED && request.map() == null) {
            throw new InvalidInput(Problem.of(ProblemCode.OPEN_ORDERS_MAP_REQUIRED));
        }
        ColumnMapping mapping = null;
        if (request.map() != null) {
            try {
                mapping = ColumnMapping.read(request.map(), mappingProblems);
            } catch (IOException e) {
                throw unreadable(request.map().toString(), e);
            }
        }
        ZoneId zone = cutover.storeZone().orElse(plan.cutoffZone());
        return new Setup(cart, plan, zone, new ImportPass.Target(cart.shopKey(), plan.importAs(), plan.cutoff(), plan.cutoffZone()),
                mapping);
    }

    static UnaryOperator<String> normaliser(CartConfig cart) {
        return n -> OrderNumbers.normalise(cart.kind(), n);
    }

    private static InvalidInput unreadable(String file, IOException e) {
        String why = e instanceof java.nio.file.NoSuchFileException ? "no such file"
                : e instanceof java.nio.file.AccessDeniedException ? "permission denied" : String.valueOf(e.getMessage());
        return new InvalidInput(Problem.of(ProblemCode.OPEN_ORDERS_FILE_UNREADABLE, file, why));
    }

    private static ImportReport report(Outcome o, boolean dryRun, CartCheck.Result check, String note) {
        ProblemLog log = o.log();
        return new ImportReport(o.summary(), log.listed(), log.errorCount(), log.warningCount(), log.full(), dryRun,
                o.written(), o.batchId(), check, note);
    }
}
