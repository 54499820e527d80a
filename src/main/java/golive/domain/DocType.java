package golive.domain;

import java.util.Arrays;

/** 'Import Orders As': the document each imported order becomes in the sales-order system. */
public enum DocType {
    SALES_ORDER("sales-order"),
    CASH_SALE("cash-sale"),
    SALES_INVOICE("sales-invoice");

    private final String id;

    DocType(String id) {
        this.id = id;
    }

    public String id() {
        return id;
    }

    public static DocType fromId(String id) {
        return Arrays.stream(values())
                .filter(d -> d.id.equalsIgnoreCase(id.trim()))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException(
                        "unknown document type '" + id + "'; expected one of " + Arrays.stream(values()).map(DocType::id).toList()));
    }
}
