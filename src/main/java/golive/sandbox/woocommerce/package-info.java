/**
 * The WooCommerce face of the sandbox cart: the public {@code /wp-json/} index and the REST API v3
 * orders over the cart-neutral shop, with WooCommerce's authentication rules and answers.
 */
package golive.sandbox.woocommerce;
