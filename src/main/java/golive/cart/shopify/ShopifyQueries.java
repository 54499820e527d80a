package golive.cart.shopify;

import java.time.Instant;
import java.time.temporal.ChronoUnit;

/**
 * The GraphQL documents this connector sends, and the arithmetic that keeps each under Shopify's
 * single-query limit of 1,000 points (objects 1, scalars 0, a connection 2 plus {@code first} times
 * one node): an order costs 1, its two money bags 2 each, its line items 2 + 5 x (line 1 + price 2),
 * so 22, and a page of 40 asks for 2 + 40 x 22 = 882. What a page actually costs is what it returned
 * (about 13 points for a two-line order); the difference is given back. Forty orders a page keeps the
 * page well under the limit with room for Shopify to price a field a point higher than we think.
 * Stateless.
 */
final class ShopifyQueries {
    /** Lines read with each order; an order with more gets the rest by {@link #ORDER_LINES}. */
    static final int LINES_WITH_ORDER = 5;
    static final int ORDERS_PER_PAGE = 40;
    static final int MORE_LINES_PER_PAGE = 100;

    private static final String LINE_FIELDS = "fragment LineFields on LineItem { sku name quantity currentQuantity "
            + "originalUnitPriceSet { shopMoney { amount } } }";
    private static final String ORDER_FIELDS = "fragment OrderFields on Order { id legacyResourceId name createdAt "
            + "updatedAt cancelledAt closed test email currencyCode displayFulfillmentStatus displayFinancialStatus "
            + "totalPriceSet { shopMoney { amount currencyCode } } currentTotalPriceSet { shopMoney { amount currencyCode } } "
            + "lineItems(first: " + LINES_WITH_ORDER + ") { nodes { ...LineFields } pageInfo { hasNextPage endCursor } } } "
            + LINE_FIELDS;

    /** Every order updated in the window, oldest change first, by keyset cursor: one changed mid-walk moves ahead, never past us. */
    static final String ORDERS = "query Orders($first: Int!, $after: String, $query: String!) { orders(first: $first, "
            + "after: $after, sortKey: UPDATED_AT, query: $query) { nodes { ...OrderFields } pageInfo { hasNextPage endCursor } } } "
            + ORDER_FIELDS;
    static final String ORDER = "query Order($id: ID!) { order(id: $id) { ...OrderFields } } " + ORDER_FIELDS;
    static final String ORDER_LINES = "query OrderLines($id: ID!, $after: String) { order(id: $id) { lineItems(first: "
            + MORE_LINES_PER_PAGE + ", after: $after) { nodes { ...LineFields } pageInfo { hasNextPage endCursor } } } } " + LINE_FIELDS;
    /** {@code limit: null}: without it the count stops at 10,000 and says AT_LEAST. */
    static final String COUNT = "query Count($query: String!) { ordersCount(query: $query, limit: null) { count precision } }";
    static final String SHOP = "query Shop { shop { name ianaTimezone currencyCode myshopifyDomain } "
            + "currentAppInstallation { accessScopes { handle } } }";
    static final String ONE_ORDER = "query OneOrder { orders(first: 1) { nodes { id } } }";

    private ShopifyQueries() {
    }

    /** {@code updated_at:>='…Z'}: an explicit UTC instant, whole seconds rounded down (an inclusive bound may read more, never less). */
    static String updatedSince(Instant since) {
        return "updated_at:>='" + since.truncatedTo(ChronoUnit.SECONDS) + "'";
    }

    static String updatedThrough(Instant since, Instant through) {
        return updatedSince(since) + " updated_at:<='" + through.truncatedTo(ChronoUnit.SECONDS) + "'";
    }

    /**
     * Open and unfulfilled, created in [from, to): timestamps are whole seconds, so created >= from is
     * created >= ceil(from), and created < to is created < ceil(to).
     */
    static String openCreated(Instant from, Instant to) {
        StringBuilder q = new StringBuilder("status:open fulfillment_status:unfulfilled");
        if (from != null) {
            q.append(" created_at:>='").append(ceilSecond(from)).append('\'');
        }
        if (to != null) {
            q.append(" created_at:<'").append(ceilSecond(to)).append('\'');
        }
        return q.toString();
    }

    static String gid(String legacyId) {
        return "gid://shopify/Order/" + legacyId;
    }

    private static Instant ceilSecond(Instant t) {
        Instant whole = t.truncatedTo(ChronoUnit.SECONDS);
        return whole.isBefore(t) ? whole.plusSeconds(1) : whole;
    }
}
