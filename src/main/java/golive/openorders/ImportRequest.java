package golive.openorders;

import java.nio.file.Path;

/**
 * What to import: the file, its format ({@link Format#AUTO} detects it), the column mapping for
 * {@link Format#MAPPED}, whether an order at or after the cut-off is an error ({@code strict})
 * rather than a warning, and whether to compare with the cart when its connection is tested.
 * Immutable.
 */
public record ImportRequest(Path file, Format format, Path map, boolean strict, boolean checkCart) {
    public ImportRequest {
        format = format == null ? (map != null ? Format.MAPPED : Format.AUTO) : format;
    }

    public static ImportRequest of(Path file) {
        return new ImportRequest(file, Format.AUTO, null, false, true);
    }
}
