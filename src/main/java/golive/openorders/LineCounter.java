package golive.openorders;

import java.io.FilterReader;
import java.io.IOException;
import java.io.Reader;
import java.util.Arrays;

/**
 * Counts physical lines under the CSV parser, so a record's character position (which the
 * parser gives) becomes the line it starts on, even when quoted values hold line breaks. LF,
 * CRLF and lone CR each end one line. Keeps only the line starts the parser has not reached
 * yet (a buffer's worth). Not thread-safe.
 */
final class LineCounter extends FilterReader {
    private long offset;
    /** The offset just after the last CR: an LF there completes a CRLF. */
    private long afterCr = -1;
    private long[] starts = new long[256];
    private int head;
    private int tail;
    private long line = 1;

    LineCounter(Reader in) {
        super(in);
    }

    @Override
    public int read() throws IOException {
        int c = in.read();
        if (c >= 0) {
            offset++;
            if (c <= '\r') {
                seeBreak((char) c, offset);
            }
        }
        return c;
    }

    @Override
    public int read(char[] buf, int off, int len) throws IOException {
        int n = in.read(buf, off, len);
        for (int i = off; i < off + n; i++) {
            if (buf[i] <= '\r') { // one comparison for almost every character: CR and LF are below it
                seeBreak(buf[i], offset + (i - off) + 1);
            }
        }
        offset += Math.max(n, 0);
        return n;
    }

    /**
     * A CR starts a line after it; so does an LF, unless the CR came just before it (CRLF is one break).
     *
     * @param next the offset just after {@code c}
     */
    private void seeBreak(char c, long next) {
        if (c == '\r') {
            push(next);
            afterCr = next;
        } else if (c == '\n' && afterCr != next - 1) {
            push(next);
        }
    }

    /** The physical line (1-based) of the character at {@code position}; positions must not go backwards. */
    long lineAt(long position) {
        while (head < tail && starts[head] <= position) {
            head++;
            line++;
        }
        return line;
    }

    private void push(long start) {
        if (tail == starts.length) {
            if (head > 0) {
                System.arraycopy(starts, head, starts, 0, tail - head);
                tail -= head;
                head = 0;
            } else {
                starts = Arrays.copyOf(starts, starts.length * 2);
            }
        }
        starts[tail++] = start;
    }
}
