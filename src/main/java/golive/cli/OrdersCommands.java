package golive.cli;

import com.fasterxml.jackson.core.JsonGenerator;
import golive.domain.Order;
import golive.domain.OrderLine;
import golive.launch.InvalidInput;
import golive.launch.Problem;
import golive.launch.ProblemCode;
import golive.report.CsvCells;
import golive.store.OrderStore;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicLong;

/**
 * {@code orders list}: the store's orders, newest first, filtered and searched; {@code orders export}:
 * all of them as JSON (an array) or CSV (one row per line item). Never a secret.
 */
@Command(name = "orders", description = "The imported sales orders.",
        subcommands = {OrdersCommands.ListOrders.class, OrdersCommands.Export.class})
final class OrdersCommands {

    static final String[] CSV_HEADER = {"source", "cart_order_id", "order_number", "created_at", "doc_type", "status",
            "currency", "total", "customer_email", "needs_attention", "sku", "description", "quantity", "price"};

    @Command(name = "list", description = "The orders in the store, newest first: number, source, created (store time), total, customer.")
    static final class ListOrders implements Callable<Integer> {
        private final Session s;
        @Option(names = "--source", description = "migrated | cart (default: both)") String source;
        @Option(names = "--attention", description = "only the orders that need attention") boolean attention;
        @Option(names = "--search", paramLabel = "TEXT", description = "in the number, cart id, customer e-mail or name") String search;
        @Option(names = "--limit", defaultValue = "100", description = "at most this many (default 100)") int limit;

        ListOrders(Session s) {
            this.s = s;
        }

        @Override
        public Integer call() {
            golive.domain.OrderSource which = null;
            if (source != null) {
                String id = source.strip().toLowerCase(java.util.Locale.ROOT);
                if (!id.equals("migrated") && !id.equals("cart")) {
                    throw new InvalidInput(Problem.of(ProblemCode.BAD_VALUE, source, "expected migrated or cart"));
                }
                which = golive.domain.OrderSource.fromId(id);
            }
            if (limit < 1) {
                throw new InvalidInput(Problem.of(ProblemCode.BAD_VALUE, limit, "--limit must be 1 or more"));
            }
            golive.domain.OrderSource src = which;
            AtomicLong matching = new AtomicLong();
            java.util.List<Order> orders = s.cutover().database().read(c -> new OrderStore().find(c, src, attention, search, limit, matching::set));
            java.time.ZoneId zone = s.cutover().storeZone().orElse(java.time.ZoneOffset.UTC);
            StringBuilder text = new StringBuilder();
            java.util.List<java.util.Map<String, Object>> json = new java.util.ArrayList<>();
            for (Order o : orders) {
                text.append(o.orderNumber() == null ? "(no number)" : o.orderNumber()).append("  ").append(o.source().id())
                        .append(o.cartOrderId() == null ? "" : " (cart id " + o.cartOrderId() + ")")
                        .append("  created ").append(golive.launch.WallTime.show(o.createdAt(), zone))
                        .append("  ").append(money(o.total().amount())).append(' ').append(o.total().currency())
                        .append(o.customerEmail() == null ? "" : "  " + o.customerEmail())
                        .append(o.needsAttention() ? "  NEEDS ATTENTION: " + o.attentionReason() : "").append('\n');
                json.add(Output.map("source", o.source().id(), "cart_order_id", o.cartOrderId(), "order_number", o.orderNumber(),
                        "created_at", o.createdAt().toString(), "total", money(o.total().amount()), "currency", o.total().currency(),
                        "customer_email", o.customerEmail(), "needs_attention", o.needsAttention()));
            }
            text.append(orders.size()).append(" of ").append(matching.get()).append(" matching order(s) shown");
            if (orders.size() < matching.get()) {
                text.append(" (the newest; --limit for more)");
            }
            s.output.result(Output.map("matching", matching.get(), "orders", json), text.toString());
            return ExitCode.OK;
        }
    }

    @Command(name = "export", description = "Export every order: --format json|csv, to stdout or --out FILE.")
    static final class Export implements Callable<Integer> {
        private final Session s;
        @Option(names = "--format", required = true, description = "json | csv") String format;
        @Option(names = "--out", paramLabel = "FILE") Path out;

        Export(Session s) {
            this.s = s;
        }

        @Override
        public Integer call() throws IOException {
            if (!format.equals("json") && !format.equals("csv")) {
                throw new InvalidInput(Problem.of(ProblemCode.BAD_VALUE, format, "use --format json or --format csv"));
            }
            AtomicLong count = new AtomicLong();
            if (out == null) {
                write(s.output.out(), count);
                s.output.out().flush();
                return ExitCode.OK;
            }
            Path target = out.toAbsolutePath().normalize();
            if (target.getParent() == null || !Files.isDirectory(target.getParent())) {
                throw new InvalidInput(Problem.of(ProblemCode.BAD_VALUE, out, "the folder does not exist"));
            }
            Path tmp = Files.createTempFile(target.getParent(), ".export", ".tmp");
            try (Writer w = Files.newBufferedWriter(tmp, StandardCharsets.UTF_8)) {
                write(w, count);
            }
            // a complete file or none: never a half-written export
            Files.move(tmp, target, java.nio.file.StandardCopyOption.REPLACE_EXISTING, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
            s.output.result(Output.map("out", target.toString(), "format", format, "orders", count.get()),
                    "Exported " + count.get() + " order(s) as " + format + " to " + target);
            return ExitCode.OK;
        }

        private void write(Writer w, AtomicLong count) throws IOException {
            OrderStore store = new OrderStore();
            if (format.equals("json")) {
                try (JsonGenerator g = Output.JSON.getFactory().createGenerator(w)) {
                    g.useDefaultPrettyPrinter();
                    g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
                    g.writeStartArray();
                    s.cutover().database().read(c -> {
                        store.forEach(c, o -> json(g, o, count));
                        return null;
                    });
                    g.writeEndArray();
                }
                w.write(System.lineSeparator());
            } else {
                CSVPrinter csv = CSVFormat.DEFAULT.builder().setHeader(CSV_HEADER).get().print(w);
                s.cutover().database().read(c -> {
                    store.forEach(c, o -> csv(csv, o, count));
                    return null;
                });
                csv.flush();
            }
        }
    }

    private static void json(JsonGenerator g, Order o, AtomicLong count) {
        try {
            g.writeStartObject();
            g.writeStringField("source", o.source().id());
            g.writeStringField("cart_order_id", o.cartOrderId());
            g.writeStringField("order_number", o.orderNumber());
            g.writeStringField("created_at", o.createdAt().toString());
            g.writeStringField("doc_type", o.docType().id());
            g.writeStringField("status", o.status());
            g.writeStringField("currency", o.total().currency());
            g.writeStringField("total", money(o.total().amount()));
            g.writeStringField("customer_email", o.customerEmail());
            g.writeBooleanField("needs_attention", o.needsAttention());
            if (o.needsAttention()) {
                g.writeStringField("attention_reason", o.attentionReason());
            }
            g.writeArrayFieldStart("lines");
            for (OrderLine l : o.lines()) {
                g.writeStartObject();
                g.writeStringField("sku", l.sku());
                g.writeStringField("description", l.description());
                g.writeStringField("quantity", l.quantity().stripTrailingZeros().toPlainString());
                g.writeStringField("price", money(l.price()));
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeEndObject();
            count.incrementAndGet();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void csv(CSVPrinter p, Order o, AtomicLong count) {
        try {
            Object[] order = {o.source().id(), o.cartOrderId(), o.orderNumber(), o.createdAt().toString(), o.docType().id(),
                    o.status(), o.total().currency(), money(o.total().amount()), o.customerEmail(), o.needsAttention()};
            if (o.lines().isEmpty()) {
                p.printRecord(CsvCells.safe(concat(order, new Object[] {null, null, null, null})));
            }
            for (OrderLine l : o.lines()) {
                p.printRecord(CsvCells.safe(concat(order, new Object[] {l.sku(), l.description(),
                        l.quantity().stripTrailingZeros().toPlainString(), money(l.price())})));
            }
            count.incrementAndGet();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Object[] concat(Object[] a, Object[] b) {
        Object[] r = java.util.Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, r, a.length, b.length);
        return r;
    }

    /** A plain decimal with at least two places: 426.8700 -> "426.87", 5 -> "5.00". */
    static String money(BigDecimal amount) {
        BigDecimal s = amount.stripTrailingZeros();
        return (s.scale() < 2 ? s.setScale(2) : s).toPlainString();
    }
}
