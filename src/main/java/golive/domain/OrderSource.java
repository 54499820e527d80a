package golive.domain;

/** Where a store order came from: the old system's open-orders file, or the cart through the sync. */
public enum OrderSource {
    MIGRATED("migrated"),
    CART("cart");

    private final String id;

    OrderSource(String id) {
        this.id = id;
    }

    public String id() {
        return id;
    }

    public static OrderSource fromId(String id) {
        return MIGRATED.id.equals(id) ? MIGRATED : CART;
    }
}
