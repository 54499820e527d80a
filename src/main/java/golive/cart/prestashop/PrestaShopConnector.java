package golive.cart.prestashop;

import golive.cart.CartConfig;
import golive.cart.CartConnector;
import golive.cart.CartOrder;
import golive.cart.ConnectionReport;
import golive.cart.OrderPage;
import golive.cart.OrderPages;
import golive.cart.http.CartHttp;
import golive.cart.http.CartResponse;
import golive.cart.http.CartUrls;
import golive.cart.http.HttpSettings;
import golive.cart.http.Pacer;
import golive.domain.CartKind;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;

/**
 * PrestaShop over its Webservice ({@code {shop}/api/}) with a webservice key. Every listing first
 * reads the shop's time zone, currency and order states ({@link PrestaShopShop}): its filters are in
 * the shop's wall time and its state ids are the shop's own. Thread-safe; every method blocks on
 * HTTP.
 */
public final class PrestaShopConnector implements CartConnector {
    /** Pages of 100: the webservice is slow with display=full on large pages (cart-apis/prestashop §4). */
    public static final int PAGE_SIZE = 100;

    private final PrestaShopClient client;
    private final Clock clock;
    private final int pageSize;

    /** @throws IllegalArgumentException for plain http to a remote host, or a missing key */
    public PrestaShopConnector(CartConfig config, Clock clock, HttpSettings settings) {
        this(config, clock, settings, PAGE_SIZE);
    }

    /** With smaller pages, so a test walks several without hundreds of orders. */
    PrestaShopConnector(CartConfig config, Clock clock, HttpSettings settings, int pageSize) {
        if (config.kind() != CartKind.PRESTASHOP) {
            throw new IllegalArgumentException("not a PrestaShop config: " + config);
        }
        String key = config.secret(CartConfig.KEY);
        if (key == null || key.isBlank()) {
            throw new IllegalArgumentException("a PrestaShop connection needs the webservice key (--key)");
        }
        this.client = new PrestaShopClient(PrestaShopCredentials.shop(CartUrls.requireSecure(config.url())), key.strip(),
                new CartHttp(settings, Pacer.NONE));
        this.clock = clock;
        this.pageSize = pageSize;
    }

    @Override
    public ConnectionReport test() {
        return new PrestaShopConnectionCheck(client, clock).run();
    }

    /** {@code date_upd} strictly after the second before {@code since}, in the shop's wall time. */
    @Override
    public OrderPages updatedSince(Instant since) {
        PrestaShopShop shop = PrestaShopShop.read(client);
        String after = PrestaShopDates.after(since, shop.zone(), clock.instant().plus(Duration.ofDays(1)));
        return new PrestaShopOrderPages(client, clock, shop, Map.of("filter[date_upd]", ">[" + after + "]"), "full", pageSize);
    }

    /**
     * Orders created in [from, to), listed by {@code date_add} with only what a count needs and
     * counted here when their state is not excluded. PrestaShop's {@code [a,b]} is SQL BETWEEN
     * (inclusive) and a field takes one filter, so the bounds are widened a second each way and kept
     * exactly below.
     */
    @Override
    public long countOpenCreated(Instant from, Instant to) {
        PrestaShopShop shop = PrestaShopShop.read(client);
        Instant until = (to == null ? clock.instant() : to).plus(Duration.ofDays(1));
        String lower = from == null ? null : PrestaShopDates.after(from, shop.zone(), until);
        String upper = to == null ? null : PrestaShopDates.wall(to.plusSeconds(1), shop.zone());
        Map<String, String> filter = lower == null && upper == null ? Map.of()
                : Map.of("filter[date_add]", lower == null ? "<[" + upper + "]" : upper == null ? ">[" + lower + "]" : "[" + lower + "," + upper + "]");
        long open = 0;
        try (OrderPages pages = new PrestaShopOrderPages(client, clock, shop, filter, "[id,reference,current_state,id_currency,"
                + "date_add,date_upd,total_paid_tax_incl]", pageSize)) {
            while (pages.hasNext()) {
                OrderPage page = pages.next();
                open += page.orders().stream().filter(o -> !o.lifecycle().excluded() && (to == null || o.createdAt().isBefore(to))
                        && (from == null || !o.createdAt().isBefore(from))).count();
            }
        }
        return open;
    }

    @Override
    public Optional<CartOrder> order(String id) {
        String trimmed = id == null ? "" : id.strip();
        if (!trimmed.matches("\\d{1,18}")) {
            throw new IllegalArgumentException("a PrestaShop order id is a number such as 6 (the ID column, not the reference), not '" + id + "'");
        }
        CartResponse r = client.get("orders/" + trimmed, Map.of(), 404);
        if (r.status() == 404 || r.body() == null) {
            return Optional.empty();
        }
        com.fasterxml.jackson.databind.JsonNode one = r.body().has("order") ? r.body().get("order")
                : r.body().path("orders").path(0);
        return one.isMissingNode() ? Optional.empty() : Optional.of(PrestaShopOrders.toCartOrder(one, PrestaShopShop.read(client)));
    }
}
