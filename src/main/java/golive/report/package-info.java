/**
 * Plain-text and map summaries of a store's go-live state, shared by the CLI ({@code status},
 * {@code sync status}) and the wizard ('Copy status for support'). No UI, no picocli.
 */
package golive.report;
