/**
 * PrestaShop over its Webservice ({@code {shop}/api/}, {@code output_format=JSON}): the webservice key
 * as the Basic user with an empty password (or {@code ?ws_key=} when the host strips
 * {@code Authorization}); orders read by keyset over ids under one fixed {@code date_upd} bound in the
 * shop's own time; order states read from the shop.
 */
package golive.cart.prestashop;
