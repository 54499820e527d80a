package golive.cart.shopify;

import golive.cart.CartException;
import golive.cart.CartOrder;
import golive.cart.OrderPage;
import golive.cart.OrderPages;
import golive.cart.http.CartResponse;
import golive.cart.http.Secrets;

import java.net.URI;
import java.util.List;
import java.util.NoSuchElementException;

/**
 * Walks one listing by following {@code Link rel="next"} exactly as given (a page_info URL
 * carries only limit/fields; Shopify refuses filters beside it). Not thread-safe: one walker.
 */
final class ShopifyOrderPages implements OrderPages {
    private final ShopifyClient client;
    private URI next;

    ShopifyOrderPages(ShopifyClient client, URI first) {
        this.client = client;
        this.next = first;
    }

    @Override
    public boolean hasNext() {
        return next != null;
    }

    @Override
    public OrderPage next() {
        if (next == null) {
            throw new NoSuchElementException("no more pages");
        }
        URI current = next;
        CartResponse response = client.get(current);
        ShopifyWire.OrderList list = response.as(ShopifyWire.OrderList.class);
        URI following = client.nextLink(response).orElse(null);
        if (current.equals(following)) {
            throw new CartException("the shop returned the same page link again: " + Secrets.redact(current));
        }
        List<CartOrder> orders = list.orders() == null ? List.of()
                : list.orders().stream().map(ShopifyWire::toCartOrder).toList();
        next = following;
        return new OrderPage(orders);
    }
}
