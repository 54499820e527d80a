/**
 * Shopify over the Admin REST API: {@link golive.cart.shopify.ShopifyConnector}. Wire DTOs,
 * the connection test and the page walk are package-private.
 */
package golive.cart.shopify;
