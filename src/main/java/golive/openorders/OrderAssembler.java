package golive.openorders;

import golive.domain.OrderLine;
import golive.domain.ShipTo;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;

/**
 * Puts rows together into orders: consecutive rows with the same order number are one order.
 * The order's fields come from its first row; a later row may leave them blank (Shopify does)
 * or repeat them (the template does), but a different value is a conflict. An order number
 * seen again after other orders is an error (rows must be contiguous), so only one order is
 * held at a time. Problems of an order that turns out not to be open are dropped: it is not
 * imported. Not thread-safe.
 */
final class OrderAssembler {
    private final String file;
    private final RowReader rows;
    private final Values values;
    private final ProblemLog log;
    private final UnaryOperator<String> normaliser;
    private final Consumer<FileOrder> sink;
    private final golive.domain.CartKind cart;
    private final Map<String, Long> started = new HashMap<>();

    private String key;
    private RawRow head;
    private boolean fragment;
    private final List<OrderLine> lines = new ArrayList<>();
    private final List<FileProblem> pending = new ArrayList<>();

    /** @param cart the connected cart: its order ids are digits, whatever the file's format */
    OrderAssembler(String file, RowReader rows, Values values, ProblemLog log, golive.domain.CartKind cart,
                   UnaryOperator<String> normaliser, Consumer<FileOrder> sink) {
        this.cart = cart;
        this.file = file;
        this.rows = rows;
        this.values = values;
        this.log = log;
        this.normaliser = normaliser;
        this.sink = sink;
    }

    void accept(RawRow row) {
        if (row.blank()) {
            return;
        }
        for (Field f : Field.values()) {
            String v = row.get(f);
            if (v != null && v.length() > f.maxLength()) {
                log.add(FileProblem.error(file, row.line(), col(f), FileProblem.Kind.TOO_LONG, v.length(), f.maxLength()));
                row.fill(f, v.substring(0, f.maxLength())); // reported once; the rest of the row is still checked
            }
        }
        String number = row.get(Field.ORDER_NUMBER);
        if (number == null) {
            log.add(FileProblem.error(file, row.line(), col(Field.ORDER_NUMBER), FileProblem.Kind.MISSING_VALUE, "the order number"));
            return;
        }
        // the same spelling as the order in hand needs no normalising (every row but an order's first)
        String k = head != null && number.equals(head.get(Field.ORDER_NUMBER)) ? key
                : Objects.requireNonNullElse(normaliser.apply(number), number);
        if (k.equals(key)) {
            compare(row);
        } else {
            finish();
            Long first = started.putIfAbsent(k, row.line());
            key = k;
            head = row;
            fragment = first != null;
            if (fragment) {
                log.add(FileProblem.error(file, row.line(), col(Field.ORDER_NUMBER), FileProblem.Kind.NOT_CONTIGUOUS, number, first));
            }
        }
        if (!fragment) {
            line(row);
        }
    }

    /** Ends the order in hand (call once more after the last row). */
    void finish() {
        if (head == null) {
            return;
        }
        if (!fragment) {
            sink.accept(order());
        }
        head = null;
        lines.clear();
        pending.clear();
    }

    private FileOrder order() {
        String number = head.get(Field.ORDER_NUMBER);
        OpenRule.Verdict v = rows.layout().rule().judge(head);
        if (v.skipReason() != null) {
            return FileOrder.skipped(head.line(), number, key, v.skipReason());
        }
        if (v.badValue() != null) {
            pending.add(FileProblem.error(file, head.line(), col(v.badField()), FileProblem.Kind.BAD_STATUS, v.badValue(), v.expected()));
        }
        Instant created = values.instant(head, Field.CREATED_AT, col(Field.CREATED_AT), true, pending);
        String currency = values.currency(head, col(Field.CURRENCY), rows.layout().defaultCurrency(), pending);
        BigDecimal total = values.decimal(head, Field.ORDER_TOTAL, col(Field.ORDER_TOTAL), true, pending);
        if (total != null && total.signum() < 0) {
            pending.add(FileProblem.error(file, head.line(), col(Field.ORDER_TOTAL), FileProblem.Kind.NEGATIVE_TOTAL, total.toPlainString()));
        }
        String cartId = head.get(Field.CART_ORDER_ID);
        // every cart's order id is a number; a number with a prefix (#1001, WC-1001) is the order number, not the id
        if (cartId != null && !cartId.chars().allMatch(Character::isDigit)) {
            pending.add(FileProblem.error(file, head.line(), col(Field.CART_ORDER_ID), FileProblem.Kind.BAD_CART_ID, cartId,
                    golive.i18n.Messages.get("cart." + cart.id())));
        }
        boolean valid = pending.stream().noneMatch(FileProblem::isError);
        pending.forEach(log::add);
        ShipTo shipTo = new ShipTo(head.get(Field.SHIP_TO_NAME), head.get(Field.SHIP_TO_COMPANY), head.get(Field.SHIP_TO_ADDRESS1),
                head.get(Field.SHIP_TO_ADDRESS2), head.get(Field.SHIP_TO_CITY), head.get(Field.SHIP_TO_REGION),
                head.get(Field.SHIP_TO_POSTCODE), head.get(Field.SHIP_TO_COUNTRY), head.get(Field.SHIP_TO_PHONE));
        return new FileOrder(head.line(), number, key, cartId, created, currency, total, head.get(Field.CUSTOMER_EMAIL),
                head.get(Field.CUSTOMER_NAME), shipTo, List.copyOf(lines), null, valid);
    }

    /** A later row of the order in hand: its order fields must agree with the first row's. */
    private void compare(RawRow row) {
        for (Field f : Field.values()) {
            String v = f.orderLevel() ? row.get(f) : null;
            if (v == null) {
                continue;
            }
            String h = head.get(f);
            if (h == null) {
                head.fill(f, v); // the first row left it blank; this one says it
            } else if (!same(f, h, v, row)) {
                boolean currency = f == Field.CURRENCY;
                pending.add(FileProblem.error(file, row.line(), col(f),
                        currency ? FileProblem.Kind.MIXED_CURRENCY : FileProblem.Kind.CONFLICT,
                        head.get(Field.ORDER_NUMBER), v, h, head.line()));
            }
        }
    }

    private boolean same(Field f, String first, String later, RawRow row) {
        if (first.equals(later) || (f == Field.CURRENCY || f == Field.CUSTOMER_EMAIL) && first.equalsIgnoreCase(later)) {
            return true;
        }
        if (f == Field.CREATED_AT) {
            Instant a = values.quietly(head, f);
            return a != null && a.equals(values.quietly(row, f));
        }
        if (f == Field.ORDER_TOTAL && Values.plainDecimal(first) && Values.plainDecimal(later)) {
            return new BigDecimal(first).compareTo(new BigDecimal(later)) == 0;
        }
        return false;
    }

    private void line(RawRow row) {
        int before = pending.size();
        BigDecimal quantity = values.decimal(row, Field.QUANTITY, col(Field.QUANTITY), true, pending);
        if (quantity != null && quantity.signum() < 0) {
            pending.add(FileProblem.error(file, row.line(), col(Field.QUANTITY), FileProblem.Kind.NEGATIVE_QUANTITY, quantity.toPlainString()));
        }
        BigDecimal price = values.decimal(row, Field.UNIT_PRICE, col(Field.UNIT_PRICE), true, pending);
        String sku = row.get(Field.SKU);
        String description = row.get(Field.DESCRIPTION);
        if (sku == null && description == null) {
            pending.add(FileProblem.error(file, row.line(), col(Field.DESCRIPTION), FileProblem.Kind.MISSING_VALUE,
                    "a description or a sku for the line item"));
        }
        if (pending.size() == before) {
            lines.add(new OrderLine(sku, description, quantity, price));
        }
    }

    private String col(Field f) {
        return rows.column(f);
    }
}
