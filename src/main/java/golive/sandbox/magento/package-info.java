/**
 * The Magento 2 face of the sandbox cart ({@link golive.sandbox.magento.MagentoSandbox}): the REST
 * API's store configs and order search with Magento's searchCriteria, an integration's credentials
 * checked as Bearer or OAuth 1.0a, and Magento's error bodies. The search, the sign-in and the
 * rendering are package-private.
 */
package golive.sandbox.magento;
