package golive.openorders;

import org.apache.commons.csv.CSVException;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One pass over a CSV file with Apache Commons CSV, streamed: UTF-8 only (a BOM is fine), any of
 * LF, CRLF or CR, quoted values with commas and line breaks. Gives each record with the physical
 * line it starts on, skips blank lines, and turns an encoding or CSV syntax error into a
 * {@link FileProblem} that ends the pass. Not thread-safe.
 */
final class CsvSource implements AutoCloseable {

    /** A record and the physical line where it starts. */
    record Line(long line, CSVRecord record) {
    }

    private static final Pattern LINE_HINT = Pattern.compile("(?:startline|line:?)\\s*(\\d+)");

    private final String file;
    private final ProblemLog log;
    private final LineCounter lines;
    private final CSVParser parser;
    private final Iterator<CSVRecord> records;
    private long lastLine;
    private boolean stopped;

    private CsvSource(Path path, String file, char delimiter, ProblemLog log) throws IOException {
        this.file = file;
        this.log = log;
        this.lines = new LineCounter(new InputStreamReader(
                new Utf8Guard(new BufferedInputStream(Files.newInputStream(path), 1 << 16)), StandardCharsets.UTF_8));
        // blank lines come through as records, so record positions stay exact; they are skipped below
        this.parser = CSVFormat.RFC4180.builder().setDelimiter(delimiter).setIgnoreEmptyLines(false).get().parse(lines);
        this.records = parser.iterator();
    }

    /** @throws IOException when the file cannot be opened (missing, unreadable) */
    static CsvSource open(Path path, String file, char delimiter, ProblemLog log) throws IOException {
        return new CsvSource(path, file, delimiter, log);
    }

    /** The next non-blank record, or null at the end of the file or after a problem that stops reading. */
    Line next() {
        while (!stopped) {
            CSVRecord r;
            try {
                if (!records.hasNext()) {
                    return null;
                }
                r = records.next();
            } catch (UncheckedIOException e) {
                stop(e.getCause());
                return null;
            }
            long line = lines.lineAt(r.getCharacterPosition());
            lastLine = line;
            if (!isBlank(r)) {
                return new Line(line, r);
            }
        }
        return null;
    }

    /** The header: the first non-blank record, or null (an empty file is a problem). */
    Line header() {
        Line h = next();
        if (h == null && !stopped) {
            log.add(FileProblem.error(file, 0, null, FileProblem.Kind.EMPTY_FILE));
        }
        return h;
    }

    private void stop(IOException cause) {
        stopped = true;
        for (Throwable t = cause; t != null; t = t.getCause()) {
            if (t instanceof Utf8Guard.NotUtf8 bad) {
                log.add(FileProblem.error(file, bad.line, null, FileProblem.Kind.ENCODING, bad.what));
                return;
            }
        }
        if (!(cause instanceof CSVException)) {
            throw new UncheckedIOException(cause);
        }
        // Commons CSV names the line in its message ("(startline 12) EOF reached before ...")
        Matcher m = LINE_HINT.matcher(String.valueOf(cause.getMessage()));
        long line = m.find() ? Long.parseLong(m.group(1)) : lastLine + 1;
        log.add(FileProblem.error(file, line, null, FileProblem.Kind.BAD_CSV, cause.getMessage()));
    }

    private static boolean isBlank(CSVRecord r) {
        for (String v : r) {
            if (!v.isBlank()) {
                return false;
            }
        }
        return true;
    }

    @Override
    public void close() throws IOException {
        parser.close();
    }
}
