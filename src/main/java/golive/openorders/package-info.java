/**
 * Step 4: the old system's open orders from a file. Formats (the product's template, Shopify's
 * order export, any CSV through a saved column mapping) are read as a stream into one row model
 * ({@link golive.openorders.Layout}, {@link golive.openorders.CsvSource}); rows become orders in
 * {@link golive.openorders.OrderAssembler}; {@link golive.openorders.OpenOrdersImporter} previews
 * and commits all-or-nothing; {@link golive.openorders.CartCheck} compares the migrated set with
 * the cart; {@link golive.openorders.OpenOrderBatches} undoes a batch. Problems in a file are
 * {@link golive.openorders.FileProblem}s (file, physical line, column), never exceptions. No UI here.
 */
package golive.openorders;
