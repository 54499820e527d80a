/**
 * The sandbox cart: an in-memory shop ({@link golive.sandbox.SandboxShop}) behind a loopback
 * HTTP server that speaks a cart's real API ({@link golive.sandbox.ShopifySandbox} for Shopify
 * Admin REST), with a controllable clock ({@link golive.sandbox.SandboxClock}), a leaky-bucket
 * rate limit, injectable faults and deterministic order generation. Main code: the rehearsal
 * and the tests both run against it. Binds only to 127.0.0.1.
 */
package golive.sandbox;
