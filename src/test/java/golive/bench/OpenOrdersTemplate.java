package golive.bench;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/** Big open-orders files in the product's template, dated before the cut-off: the benchmarks' import input. */
final class OpenOrdersTemplate {
    private OpenOrdersTemplate() {
    }

    /** Shopify-like order ids, counted up from the sandbox shop's first one. */
    static final long SHOP_IDS = 5_000_000_000_000L;

    /**
     * A realistic template file: 1-5 lines an order (3 on average), ship-to, quoted commas, accents;
     * nine orders in ten carry a cart id, counted up from {@code firstCartId}. @return the lines written
     */
    static long write(Path file, int orders, Instant cutoff, ZoneId zone, long seed, long firstCartId) throws IOException {
        Random random = new Random(seed);
        DateTimeFormatter local = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");
        String[] names = {"Jane Roe", "Zoë Bergström", "Bob Norman", "Amara Okafor", "Li Wei", "José Müller"};
        String[][] items = {{"IPOD2008RED", "IPod Nano - 8gb - red", "199.00"}, {"MUG-CER-12", "\"Mug, ceramic, 12 oz\"", "14.50"},
                {"TEE-ORG-M", "Organic Tee - M", "24.99"}, {"CAP-WOOL", "Wool Cap", "19.95"}, {"NB-A5-DOT", "Notebook A5", "8.75"}};
        long lines = 0;
        try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            w.write("order_number,cart_order_id,created_at,customer_email,customer_name,currency,order_total,status,sku,"
                    + "description,quantity,unit_price,ship_to_name,ship_to_company,ship_to_address1,ship_to_address2,"
                    + "ship_to_city,ship_to_region,ship_to_postcode,ship_to_country,ship_to_phone\r\n");
            LocalDateTime start = LocalDateTime.ofInstant(cutoff.minus(Duration.ofDays(200)), zone).withHour(9);
            for (int i = 0; i < orders; i++) {
                LocalDateTime created = start.plusDays(i / 600).withHour(9 + random.nextInt(10))
                        .withMinute(random.nextInt(60)).withSecond(random.nextInt(60));
                int n = 1 + random.nextInt(5);
                List<String[]> picked = new ArrayList<>();
                java.math.BigDecimal total = java.math.BigDecimal.ZERO;
                for (int k = 0; k < n; k++) {
                    String[] it = items[random.nextInt(items.length)];
                    int q = 1 + random.nextInt(3);
                    picked.add(new String[] {it[0], it[1], Integer.toString(q), it[2]});
                    total = total.add(new java.math.BigDecimal(it[2]).multiply(java.math.BigDecimal.valueOf(q)));
                }
                String name = names[random.nextInt(names.length)];
                String order = "#" + (100_000 + i) + "," + (random.nextInt(10) == 0 ? "" : Long.toString(firstCartId + i))
                        + "," + local.format(created) + ",buyer" + i + "@example.com," + name + ",USD," + total.toPlainString() + ",open,";
                for (String[] l : picked) {
                    w.write(order + l[0] + "," + l[1] + "," + l[2] + "," + l[3] + "," + name
                            + ",,\"12 Elm Street, Apt 4\",,Boston,MA,02118,US,+1 617 555 0100\r\n");
                    lines++;
                }
            }
        }
        return lines;
    }
}
