/**
 * WooCommerce over its REST API v3 ({@code {site}/wp-json/wc/v3/}): consumer key and secret over
 * Basic (or the query-string fallback when the host strips {@code Authorization}) on https, OAuth 1.0a
 * one-legged signing on plain http; orders read by id over one fixed {@code modified_after}.
 */
package golive.cart.woocommerce;
