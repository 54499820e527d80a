package golive.rehearsal;

import golive.sandbox.SandboxFace;
import golive.sandbox.SandboxOrder;
import golive.sandbox.SandboxShop;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import golive.report.CsvCells;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * The "old system's" open orders at the cut-off, as the product's template file, so step 4 is
 * rehearsed too: every sandbox order created before the cut-off that is still open and not fully
 * shipped. Dates carry their offset, so DST never makes them ambiguous.
 */
final class SampleOpenOrders {
    static final String[] HEADER = {"order_number", "cart_order_id", "created_at", "customer_email", "customer_name",
            "currency", "order_total", "status", "sku", "description", "quantity", "unit_price"};

    private SampleOpenOrders() {
    }

    /** @return how many orders the file holds */
    static int write(SandboxFace face, Instant cutoff, Path file) throws IOException {
        SandboxShop shop = face.shop();
        List<SandboxOrder> open = shop.orders().stream()
                .filter(o -> o.createdAt().isBefore(cutoff) && o.cancelledAt() == null && o.closedAt() == null && !o.test()
                        && o.fulfilment() != SandboxOrder.Fulfilment.FULFILLED && o.payment() != SandboxOrder.Payment.REFUNDED)
                .sorted(java.util.Comparator.comparing(SandboxOrder::createdAt))
                .toList();
        DateTimeFormatter at = DateTimeFormatter.ISO_OFFSET_DATE_TIME;
        try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
             CSVPrinter csv = CSVFormat.DEFAULT.builder().setHeader(HEADER).get().print(w)) {
            for (SandboxOrder o : open) {
                for (SandboxOrder.Line l : o.lines()) {
                    csv.printRecord(CsvCells.safe(face.orderNumber(o), face.orderId(o), at.format(o.createdAt().atZone(shop.zone())), o.email(), "",
                            o.currency() == null ? shop.currency() : o.currency(), o.currentTotal().toPlainString(),
                            o.fulfilment() == SandboxOrder.Fulfilment.PARTIAL ? "partial" : "open", l.sku(), l.name(), l.quantity(),
                            l.price().toPlainString()));
                }
            }
        }
        return open.size();
    }
}
