package golive.cart;

import java.util.List;

/** One page of a listing, in the order the cart served it. */
public record OrderPage(List<CartOrder> orders) {
    public OrderPage {
        orders = List.copyOf(orders);
    }
}
