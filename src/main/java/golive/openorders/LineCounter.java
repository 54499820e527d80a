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
    private boolean afterCr;
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
            see((char) c);
        }
        return c;
    }

    @Override
    public int read(char[] buf, int off, int len) throws IOException {
        int n = in.read(buf, off, len);
        for (int i = off; i < off + n; i++) {
            see(buf[i]);
        }
        return n;
    }

    private void see(char c) {
        offset++;
        if (c == '\n') {
            if (!afterCr) {
                push(offset);
            }
            afterCr = false;
        } else if (c == '\r') {
            push(offset);
            afterCr = true;
        } else {
            afterCr = false;
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
