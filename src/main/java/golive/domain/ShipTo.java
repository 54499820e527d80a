package golive.domain;

/** Where an order ships, as the old system or the cart gave it; any part may be null. */
public record ShipTo(String name, String company, String address1, String address2, String city,
                     String region, String postcode, String country, String phone) {

    public static final ShipTo NONE = new ShipTo(null, null, null, null, null, null, null, null, null);

    public boolean isEmpty() {
        return equals(NONE);
    }
}
