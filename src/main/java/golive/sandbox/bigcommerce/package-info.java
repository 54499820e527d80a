/**
 * The BigCommerce face of the sandbox cart: {@link golive.sandbox.bigcommerce.BigCommerceSandbox},
 * Orders V2 over the cart-neutral shop, with its listing rules, its rendering of orders and
 * statuses, its window quota and headers package-private.
 */
package golive.sandbox.bigcommerce;
