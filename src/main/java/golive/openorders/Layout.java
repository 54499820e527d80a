package golive.openorders;

import java.time.format.DateTimeFormatter;
import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/**
 * How one format spells the fields: the header name of each field's column, which columns must
 * be there, the rule for 'open', and how its dates, currency and delimiter are written. Immutable.
 *
 * @param dateFormat      a pattern for dates, or null for the built-in ISO and Shopify forms
 * @param defaultCurrency the currency when the file has no currency column (mappings only), or null
 * @param quotedPostcodes Shopify writes a leading apostrophe before postcodes (so Excel keeps zeros)
 */
record Layout(Format format, Map<Field, String> columns, Set<Field> required, OpenRule rule,
              DateTimeFormatter dateFormat, String defaultCurrency, char delimiter, boolean quotedPostcodes) {

    Layout {
        columns = Collections.unmodifiableMap(new EnumMap<>(columns));
        required = Collections.unmodifiableSet(required.isEmpty() ? EnumSet.noneOf(Field.class) : EnumSet.copyOf(required));
    }

    private static final Set<Field> SHOPIFY_ONLY = EnumSet.of(Field.FINANCIAL_STATUS, Field.FULFILLMENT_STATUS, Field.CANCELLED_AT);

    /** The product's own template: every field under its own name (README, "Open orders file"). */
    static Layout template() {
        Map<Field, String> columns = new EnumMap<>(Field.class);
        for (Field f : Field.values()) {
            if (!SHOPIFY_ONLY.contains(f)) {
                columns.put(f, f.templateName());
            }
        }
        return new Layout(Format.TEMPLATE, columns, EnumSet.of(Field.ORDER_NUMBER, Field.CREATED_AT, Field.CURRENCY,
                Field.ORDER_TOTAL, Field.SKU, Field.DESCRIPTION, Field.QUANTITY, Field.UNIT_PRICE),
                new OpenRule.TemplateStatus(), null, null, ',', false);
    }

    /** Shopify admin › Orders › Export (CSV for Excel or plain CSV): one row per line item. */
    static Layout shopify() {
        Map<Field, String> c = new EnumMap<>(Field.class);
        c.put(Field.ORDER_NUMBER, "Name");
        c.put(Field.CART_ORDER_ID, "Id");
        c.put(Field.CREATED_AT, "Created at");
        c.put(Field.CUSTOMER_EMAIL, "Email");
        c.put(Field.CUSTOMER_NAME, "Billing Name");
        c.put(Field.CURRENCY, "Currency");
        c.put(Field.ORDER_TOTAL, "Total");
        c.put(Field.FINANCIAL_STATUS, "Financial Status");
        c.put(Field.FULFILLMENT_STATUS, "Fulfillment Status");
        c.put(Field.CANCELLED_AT, "Cancelled at");
        c.put(Field.SKU, "Lineitem sku");
        c.put(Field.DESCRIPTION, "Lineitem name");
        c.put(Field.QUANTITY, "Lineitem quantity");
        c.put(Field.UNIT_PRICE, "Lineitem price");
        c.put(Field.SHIP_TO_NAME, "Shipping Name");
        c.put(Field.SHIP_TO_COMPANY, "Shipping Company");
        c.put(Field.SHIP_TO_ADDRESS1, "Shipping Address1");
        c.put(Field.SHIP_TO_ADDRESS2, "Shipping Address2");
        c.put(Field.SHIP_TO_CITY, "Shipping City");
        c.put(Field.SHIP_TO_REGION, "Shipping Province");
        c.put(Field.SHIP_TO_POSTCODE, "Shipping Zip");
        c.put(Field.SHIP_TO_COUNTRY, "Shipping Country");
        c.put(Field.SHIP_TO_PHONE, "Shipping Phone");
        return new Layout(Format.SHOPIFY, c, EnumSet.of(Field.ORDER_NUMBER, Field.CREATED_AT, Field.CURRENCY, Field.ORDER_TOTAL,
                Field.FINANCIAL_STATUS, Field.FULFILLMENT_STATUS, Field.DESCRIPTION, Field.QUANTITY, Field.UNIT_PRICE),
                new OpenRule.ShopifyStatus(), null, null, ',', true);
    }

    /** The column a field is read from, or null when this format has none. */
    String column(Field f) {
        return columns.get(f);
    }
}
