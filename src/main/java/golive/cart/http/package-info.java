/**
 * The one transport every cart connector uses: {@link golive.cart.http.CartHttp} (JDK
 * HttpClient, the shared Jackson mapper, retry and rate-limit pacing as one layer),
 * {@link golive.cart.http.Secrets} (redaction of every message this layer builds) and
 * {@link golive.cart.http.CartUrls} (plain http only to loopback).
 */
package golive.cart.http;
