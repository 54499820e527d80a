package golive.openorders;

import golive.domain.DocType;
import golive.domain.Money;
import golive.domain.OrderSource;
import golive.launch.WallTime;
import golive.store.NewOrder;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Takes the file's orders one by one: counts them for the preview, checks them against the cut-off,
 * each other (a cart id twice) and the store (already there, or there under another cart id), and
 * hands each new one to the writer while the batch is still clean. Not thread-safe; one per pass.
 */
final class ImportPass implements Consumer<FileOrder> {

    /** Where the orders go: the shop, the document type, and the cut-off they must precede. */
    record Target(String shopKey, DocType docType, Instant cutoff, ZoneId cutoffZone) {
    }

    private record Seen(String number, long line) {
    }

    private static final int SAMPLE = 10;

    private final String file;
    private final Target target;
    private final StoreIndex store;
    private final ProblemLog log;
    private final boolean strict;
    private final WritePipeline writer;
    private final Long batchId;
    private final MigratedSet collect;
    private final ZoneId zone;
    private final Function<Field, String> column;
    private final Map<String, Seen> cartIds = new HashMap<>();
    private final ImportProgress progress;

    private long orders, lines, withCartId, skipped, atOrAfter, already, newOrders, newLines;
    private Instant earliest, latest;
    private final Map<String, BigDecimal> totals = new TreeMap<>();
    private final Map<String, Long> skippedBy = new TreeMap<>();
    private final List<String> alreadySample = new ArrayList<>();

    /**
     * @param writer  null in a preview
     * @param collect when not null, receives every open order (for the check against the cart)
     */
    ImportPass(String file, Function<Field, String> column, Target target, ZoneId zone, StoreIndex store, ProblemLog log,
               boolean strict, WritePipeline writer, Long batchId, MigratedSet collect, ImportProgress progress) {
        this.progress = progress;
        this.file = file;
        this.column = column;
        this.target = target;
        this.zone = zone;
        this.store = store;
        this.log = log;
        this.strict = strict;
        this.writer = writer;
        this.batchId = batchId;
        this.collect = collect;
    }

    /** The first new orders, for the preview table. */
    private final java.util.List<PreviewOrder> preview = new java.util.ArrayList<>();

    @Override
    public void accept(FileOrder o) {
        if ((orders + skipped + 1) % ImportProgress.EVERY == 0) {
            progress.fileOrders(orders + skipped + 1, newOrders);
        }
        if (!o.open()) {
            skipped++;
            skippedBy.merge(o.skipReason(), 1L, Long::sum);
            return;
        }
        count(o);
        if (collect != null) {
            collect.add(o.cartId(), o.number(), o.norm(), o.createdAt());
        }
        if (o.cartId() != null) {
            Seen other = cartIds.putIfAbsent(o.cartId(), new Seen(o.number(), o.line()));
            if (other != null) {
                log.add(FileProblem.error(file, o.line(), column.apply(Field.CART_ORDER_ID), FileProblem.Kind.DUPLICATE_CART_ID, o.cartId(), other.number(), other.line()));
                return;
            }
        }
        if (inStore(o)) {
            return;
        }
        newOrders++;
        newLines += o.lines().size();
        if (preview.size() < ImportSummary.PREVIEW_ORDERS) {
            preview.add(new PreviewOrder(o.line(), o.number(), o.cartId(), o.createdAt(), o.email(), o.lines().size(),
                    o.currency(), o.total()));
        }
        if (writer != null && o.valid() && !log.hasErrors()) {
            write(o); // once the batch is lost there is no point writing: the transaction rolls back
        }
    }

    private void count(FileOrder o) {
        orders++;
        lines += o.lines().size();
        if (o.cartId() != null) {
            withCartId++;
        }
        if (o.currency() != null && o.total() != null) {
            totals.merge(o.currency(), o.total(), BigDecimal::add);
        }
        Instant t = o.createdAt();
        if (t != null) {
            earliest = earliest == null || t.isBefore(earliest) ? t : earliest;
            latest = latest == null || t.isAfter(latest) ? t : latest;
            if (!t.isBefore(target.cutoff())) {
                atOrAfter++;
                Object[] args = {o.number(), WallTime.show(t, zone), WallTime.show(target.cutoff(), target.cutoffZone())};
                String col = column.apply(Field.CREATED_AT);
                log.add(strict ? FileProblem.error(file, o.line(), col, FileProblem.Kind.AT_OR_AFTER_CUTOFF, args)
                        : FileProblem.warning(file, o.line(), col, FileProblem.Kind.AT_OR_AFTER_CUTOFF, args));
            }
        }
    }

    /** Identity is the cart order id, else the normalised number; the same number under another cart id is a conflict. */
    private boolean inStore(FileOrder o) {
        boolean there = store.hasCartId(o.cartId());
        if (!there) {
            String stored = store.cartIdOfNumber(o.norm());
            if (stored != null && o.cartId() != null && !stored.equals(StoreIndex.NO_CART_ID)) {
                log.add(FileProblem.error(file, o.line(), column.apply(Field.CART_ORDER_ID), FileProblem.Kind.STORE_CONFLICT, o.number(), stored, o.cartId()));
                return true;
            }
            there = stored != null;
        }
        if (there) {
            already++;
            if (alreadySample.size() < SAMPLE) {
                alreadySample.add(o.number());
            }
        }
        return there;
    }

    private void write(FileOrder o) {
        writer.submit(new NewOrder(OrderSource.MIGRATED, target.shopKey(), o.cartId(), o.number(), o.norm(), o.createdAt(),
                target.docType(), new Money(o.total(), o.currency()), o.email(), o.name(), null, null, batchId, null,
                o.lines()), o.shipTo());
    }

    long newOrders() {
        return newOrders;
    }

    ImportSummary summary(String format) {
        return new ImportSummary(file, format, zone, target.cutoff(), orders, lines, new TreeMap<>(totals), earliest, latest,
                withCartId, skipped, new TreeMap<>(skippedBy), atOrAfter, already, alreadySample, newOrders, newLines, preview);
    }
}
