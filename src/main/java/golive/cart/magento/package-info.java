/**
 * Magento 2 / Adobe Commerce over its REST API ({@code {store}/rest/V1/}):
 * {@link golive.cart.magento.MagentoConnector}, with what a merchant pastes
 * ({@link golive.cart.magento.MagentoCredentials}). An integration's access token as a standalone
 * Bearer token, or OAuth 1.0a signing with its four credentials; orders read by {@code entity_id}
 * keyset over one fixed {@code updated_at} bound. The client, the signing, the page walk, the state
 * mapping and the connection test are package-private.
 */
package golive.cart.magento;
