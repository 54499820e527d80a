package golive.openorders;

import golive.store.FieldLimits;

import java.util.Locale;

/**
 * What a column means, whatever the file calls it. The template's header is each field's
 * {@link #templateName()}; Shopify's export and a column mapping name their own columns. Immutable.
 */
public enum Field {
    ORDER_NUMBER(true), CART_ORDER_ID(true), CREATED_AT(true), CUSTOMER_EMAIL(true), CUSTOMER_NAME(true),
    CURRENCY(true), ORDER_TOTAL(true), STATUS(true),
    SHIP_TO_NAME(true), SHIP_TO_COMPANY(true), SHIP_TO_ADDRESS1(true), SHIP_TO_ADDRESS2(true), SHIP_TO_CITY(true),
    SHIP_TO_REGION(true), SHIP_TO_POSTCODE(true), SHIP_TO_COUNTRY(true), SHIP_TO_PHONE(true),
    // Shopify's export says whether an order is open in three columns instead of one status
    FINANCIAL_STATUS(true), FULFILLMENT_STATUS(true), CANCELLED_AT(true),
    SKU(false), DESCRIPTION(false), QUANTITY(false), UNIT_PRICE(false);

    private final boolean orderLevel;

    Field(boolean orderLevel) {
        this.orderLevel = orderLevel;
    }

    /** True for the order's own fields (the same on each of its rows), false for the line item's. */
    public boolean orderLevel() {
        return orderLevel;
    }

    /**
     * The longest value the store holds for this field (the sync's limits, {@link FieldLimits}); a
     * longer one is refused with its line and column while reading, before the database would.
     * Fields that are parsed (dates, numbers, statuses) get a generous cap against runaway cells.
     */
    public int maxLength() {
        return switch (this) {
            case ORDER_NUMBER -> FieldLimits.ORDER_NUMBER;
            case CART_ORDER_ID -> FieldLimits.CART_ORDER_ID;
            case CUSTOMER_EMAIL -> FieldLimits.EMAIL;
            case CUSTOMER_NAME -> FieldLimits.CUSTOMER_NAME;
            case CURRENCY -> FieldLimits.CURRENCY;
            case SHIP_TO_NAME -> FieldLimits.SHIP_TO_NAME;
            case SHIP_TO_COMPANY -> FieldLimits.SHIP_TO_COMPANY;
            case SHIP_TO_ADDRESS1, SHIP_TO_ADDRESS2 -> FieldLimits.SHIP_TO_ADDRESS;
            case SHIP_TO_CITY -> FieldLimits.SHIP_TO_CITY;
            case SHIP_TO_REGION -> FieldLimits.SHIP_TO_REGION;
            case SHIP_TO_POSTCODE -> FieldLimits.SHIP_TO_POSTCODE;
            case SHIP_TO_COUNTRY -> FieldLimits.SHIP_TO_COUNTRY;
            case SHIP_TO_PHONE -> FieldLimits.SHIP_TO_PHONE;
            case SKU -> FieldLimits.SKU;
            case DESCRIPTION -> FieldLimits.DESCRIPTION;
            default -> 200;
        };
    }

    /** The name in the product's template and in a mapping file: {@code order_number}, {@code ship_to_city}. */
    public String templateName() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The field a template or mapping name stands for, or null. */
    public static Field ofTemplateName(String name) {
        for (Field f : values()) {
            if (f.templateName().equalsIgnoreCase(name.strip())) {
                return f;
            }
        }
        return null;
    }
}
