/**
 * The PrestaShop face of the sandbox: the Webservice under {@code /api/} with its key rules, filters,
 * keyset-friendly sorting and limits, JSON or XML output and its error bodies.
 */
package golive.sandbox.prestashop;
