/**
 * The look: AtlantaFX Primer Light underneath, our colour tokens ({@code theme/tokens.css}) and
 * classes ({@code theme/app.css}) on top, a high-contrast sheet, the bundled Inter font, and the
 * zoom (the one absolute size: the root font size). Remembered in {@link golive.ui.theme.UiSettings}.
 */
package golive.ui.theme;
