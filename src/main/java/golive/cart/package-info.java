/**
 * The cart SPI: {@link golive.cart.CartConnector}, what the merchant enters
 * ({@link golive.cart.CartConfig}), and what a connector returns. {@code http} is the one
 * transport; each cart lives in its own sub-package.
 */
package golive.cart;
