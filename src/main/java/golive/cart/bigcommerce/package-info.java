/**
 * BigCommerce over the Orders V2 REST API: {@link golive.cart.bigcommerce.BigCommerceConnector}, with
 * the API Path a merchant copies ({@link golive.cart.bigcommerce.BigCommerceApiPath}) and what a
 * token looks like ({@link golive.cart.bigcommerce.BigCommerceToken}). The client, the rate-limit
 * pacer, the page walk, the status mapping and the connection test are package-private.
 */
package golive.cart.bigcommerce;
