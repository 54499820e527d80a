package golive.openorders;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Builds files shaped like Shopify admin › Orders › Export: the real header, one row per line
 * item, the order's own fields only on its first row.
 */
final class ShopifyExport {
    static final String[] HEADER = ("Name,Email,Financial Status,Paid at,Fulfillment Status,Fulfilled at,Accepts Marketing,"
            + "Currency,Subtotal,Shipping,Taxes,Total,Discount Code,Discount Amount,Shipping Method,Created at,Lineitem quantity,"
            + "Lineitem name,Lineitem price,Lineitem compare at price,Lineitem sku,Lineitem requires shipping,Lineitem taxable,"
            + "Lineitem fulfillment status,Billing Name,Billing Street,Billing Address1,Billing Address2,Billing Company,"
            + "Billing City,Billing Zip,Billing Province,Billing Country,Billing Phone,Shipping Name,Shipping Street,"
            + "Shipping Address1,Shipping Address2,Shipping Company,Shipping City,Shipping Zip,Shipping Province,"
            + "Shipping Country,Shipping Phone,Notes,Note Attributes,Cancelled at,Payment Method,Payment Reference,"
            + "Refunded Amount,Vendor,Outstanding Balance,Employee,Location,Device ID,Id,Tags,Risk Level,Source,"
            + "Lineitem discount,Tax 1 Name,Tax 1 Value,Tax 2 Name,Tax 2 Value,Tax 3 Name,Tax 3 Value,Tax 4 Name,Tax 4 Value,"
            + "Tax 5 Name,Tax 5 Value,Phone,Receipt Number,Duties,Billing Province Name,Shipping Province Name,Payment ID,"
            + "Payment Terms Name,Next Payment Due At,Payment References").split(",");
    static final DateTimeFormatter SHOPIFY_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss Z");

    /** One line item: what it sells. */
    record Item(String sku, String name, int quantity, String price) {
    }

    private final ZoneId zone;
    private final List<String> rows = new ArrayList<>();

    ShopifyExport(ZoneId zone) {
        this.zone = zone;
    }

    /**
     * An order: the first row carries the order fields (and the first item), later rows only
     * the Name and their item, as Shopify writes them.
     */
    ShopifyExport order(String name, long id, Instant created, String financial, String fulfillment, Instant cancelled,
                        String billingName, String total, String notes, Item... items) {
        for (int i = 0; i < items.length; i++) {
            Map<String, String> v = new LinkedHashMap<>();
            v.put("Name", name);
            Item it = items[i];
            v.put("Lineitem quantity", Integer.toString(it.quantity()));
            v.put("Lineitem name", it.name());
            v.put("Lineitem price", it.price());
            v.put("Lineitem sku", it.sku());
            v.put("Lineitem requires shipping", "true");
            v.put("Lineitem taxable", "true");
            v.put("Lineitem fulfillment status", "fulfilled".equals(fulfillment) ? "fulfilled" : "pending");
            v.put("Vendor", "Sandbox Shop");
            if (i == 0) {
                v.put("Email", "buyer" + id % 1000 + "@example.com");
                v.put("Financial Status", financial);
                v.put("Paid at", "paid".equals(financial) ? time(created.plusSeconds(5)) : "");
                v.put("Fulfillment Status", fulfillment);
                v.put("Accepts Marketing", "no");
                v.put("Currency", "USD");
                v.put("Subtotal", total);
                v.put("Shipping", "0.00");
                v.put("Taxes", "0.00");
                v.put("Total", total);
                v.put("Discount Amount", "0.00");
                v.put("Shipping Method", "Standard, 3-5 days");
                v.put("Created at", time(created));
                v.put("Billing Name", billingName);
                v.put("Billing Street", "12 Elm Street");
                v.put("Billing Address1", "12 Elm Street");
                v.put("Billing City", "Boston");
                v.put("Billing Zip", "'02118");
                v.put("Billing Province", "MA");
                v.put("Billing Country", "US");
                v.put("Shipping Name", billingName);
                v.put("Shipping Street", "12 Elm Street");
                v.put("Shipping Address1", "12 Elm Street");
                v.put("Shipping Company", "Acme, Inc.");
                v.put("Shipping City", "Boston");
                v.put("Shipping Zip", "'02118");
                v.put("Shipping Province", "MA");
                v.put("Shipping Country", "US");
                v.put("Notes", notes);
                v.put("Cancelled at", cancelled == null ? "" : time(cancelled));
                v.put("Payment Method", "Shopify Payments");
                v.put("Refunded Amount", "refunded".equals(financial) ? total : "0.00");
                v.put("Outstanding Balance", "0.00");
                v.put("Id", Long.toString(id));
                v.put("Risk Level", "Low");
                v.put("Source", "web");
                v.put("Tax 1 Name", "MA State Tax 6.25%");
                v.put("Tax 1 Value", "0.00");
                v.put("Billing Province Name", "Massachusetts");
                v.put("Shipping Province Name", "Massachusetts");
            }
            List<String> cells = new ArrayList<>();
            for (String h : HEADER) {
                cells.add(Template.csv(v.getOrDefault(h, "")));
            }
            rows.add(String.join(",", cells));
        }
        return this;
    }

    String time(Instant t) {
        return SHOPIFY_TIME.format(t.atZone(zone));
    }

    String text(String eol) {
        return String.join(",", HEADER) + eol + String.join(eol, rows) + eol;
    }
}
