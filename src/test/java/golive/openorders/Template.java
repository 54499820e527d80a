package golive.openorders;

import java.util.ArrayList;
import java.util.List;

import static golive.sandbox.shopify.ShopifySandbox.orderName;

/** Builds template files row by row, as people and spreadsheets write them (CRLF, quotes where needed). */
final class Template {
    static final String HEADER = "order_number,cart_order_id,created_at,customer_email,customer_name,currency,order_total,"
            + "status,sku,description,quantity,unit_price,ship_to_name,ship_to_company,ship_to_address1,ship_to_address2,"
            + "ship_to_city,ship_to_region,ship_to_postcode,ship_to_country,ship_to_phone";

    private final List<String> rows = new ArrayList<>();
    private String eol = "\r\n";

    Template lf() {
        eol = "\n";
        return this;
    }

    /** One line item of an order; the order's columns are repeated, as the template asks. */
    Template row(String number, String cartId, String created, String currency, String total, String sku,
                 String description, String quantity, String price) {
        return raw(csv(number) + "," + csv(cartId) + "," + csv(created) + ",buyer@example.com,Jane Roe," + csv(currency) + ","
                + csv(total) + ",," + csv(sku) + "," + csv(description) + "," + csv(quantity) + "," + csv(price)
                + ",Jane Roe,,12 Elm Street,,Boston,MA,02118,US,");
    }

    /** A sandbox cart order as the old system's export lists it (one line), with its cart id or by number only. */
    Template order(golive.sandbox.SandboxOrder o, java.time.ZoneId zone, boolean withCartId) {
        String created = java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss").withZone(zone).format(o.createdAt());
        String total = o.total().toPlainString();
        return row(orderName(o), withCartId ? String.valueOf(o.id()) : "", created, "USD", total, "SKU-1", "Widget", "1", total);
    }

    /** A row written by hand (already CSV). */
    Template raw(String line) {
        rows.add(line);
        return this;
    }

    String text() {
        return HEADER + eol + String.join(eol, rows) + eol;
    }

    static String csv(String v) {
        if (v == null) {
            return "";
        }
        return v.contains(",") || v.contains("\"") || v.contains("\n") || v.contains("\r")
                ? "\"" + v.replace("\"", "\"\"") + "\"" : v;
    }
}
