package golive.openorders;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PushbackInputStream;

/**
 * Lets only UTF-8 through: drops a UTF-8 byte-order mark, refuses UTF-16/32 (with or without a
 * mark: NUL bytes give them away) and any byte sequence that is not UTF-8, naming the physical
 * line. Checked on the bytes because a decoder reports a bad byte only a buffer later, with no
 * position. Not thread-safe.
 */
final class Utf8Guard extends FilterInputStream {

    /** The input is not UTF-8: {@code what} it looks like instead, and the line of the first bad byte. */
    static final class NotUtf8 extends IOException {
        final long line;
        final String what;

        NotUtf8(long line, String what) {
            super("not UTF-8 at line " + line + ": " + what);
            this.line = line;
            this.what = what;
        }
    }

    private boolean started;
    private long newlines;
    private long consumed;
    /** The offset just after the last CR: an LF there completes a CRLF. */
    private long afterCr = -1;
    private int need;
    private int lead;
    private int lo = 0x80;
    private int hi = 0xBF;

    Utf8Guard(InputStream in) {
        super(new PushbackInputStream(in, 4));
    }

    @Override
    public int read() throws IOException {
        byte[] one = new byte[1];
        int n = read(one, 0, 1);
        return n <= 0 ? -1 : one[0] & 0xFF;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
        if (!started) {
            started = true;
            skipByteOrderMark();
        }
        int n = in.read(b, off, len);
        if (n < 0) {
            if (need > 0) {
                throw new NotUtf8(newlines + 1, String.format("the file ends inside a character (byte 0x%02X)", lead));
            }
            return n;
        }
        check(b, off, n);
        return n;
    }

    private void skipByteOrderMark() throws IOException {
        PushbackInputStream p = (PushbackInputStream) in;
        byte[] head = new byte[4];
        int got = 0;
        for (int r; got < 4 && (r = p.read(head, got, 4 - got)) > 0; ) {
            got += r;
        }
        int b0 = got > 0 ? head[0] & 0xFF : -1;
        int b1 = got > 1 ? head[1] & 0xFF : -1;
        int b2 = got > 2 ? head[2] & 0xFF : -1;
        int b3 = got > 3 ? head[3] & 0xFF : -1;
        if ((b0 == 0xFF && b1 == 0xFE && b2 == 0 && b3 == 0) || (b0 == 0 && b1 == 0 && b2 == 0xFE && b3 == 0xFF)) {
            throw new NotUtf8(1, "UTF-32 (it starts with a UTF-32 byte-order mark)");
        }
        if ((b0 == 0xFF && b1 == 0xFE) || (b0 == 0xFE && b1 == 0xFF)) {
            throw new NotUtf8(1, "UTF-16 (it starts with a UTF-16 byte-order mark)");
        }
        int skip = b0 == 0xEF && b1 == 0xBB && b2 == 0xBF ? 3 : 0;
        if (got > skip) {
            p.unread(head, skip, got - skip);
        }
    }

    private void check(byte[] b, int off, int n) throws NotUtf8 {
        for (int i = off; i < off + n; i++) {
            byte v = b[i];
            if (need == 0 && v > 0x0D) {
                continue; // printable ASCII (bytes from 0x80 are negative here): almost every byte
            }
            int x = v & 0xFF;
            if (need > 0) {
                if (x < lo || x > hi) {
                    throw bad();
                }
                lo = 0x80;
                hi = 0xBF;
                need--;
            } else if (x < 0x80) {
                long next = consumed + (i - off) + 1;
                if (x == '\n') {
                    newlines += afterCr == next - 1 ? 0 : 1; // CRLF is one break
                } else if (x == '\r') {
                    newlines++;
                    afterCr = next;
                } else if (x == 0) {
                    throw new NotUtf8(newlines + 1, "UTF-16 or another two-byte encoding (it holds NUL bytes)");
                }
            } else {
                lead = x;
                start(x);
            }
        }
        consumed += n;
    }

    /** Sets up the continuation bytes a lead byte needs (RFC 3629: no overlongs, no surrogates, at most U+10FFFF). */
    private void start(int x) throws NotUtf8 {
        if (x >= 0xC2 && x <= 0xDF) {
            need = 1;
        } else if (x == 0xE0) {
            need = 2;
            lo = 0xA0;
        } else if (x == 0xED) {
            need = 2;
            hi = 0x9F;
        } else if (x >= 0xE1 && x <= 0xEF) {
            need = 2;
        } else if (x == 0xF0) {
            need = 3;
            lo = 0x90;
        } else if (x >= 0xF1 && x <= 0xF3) {
            need = 3;
        } else if (x == 0xF4) {
            need = 3;
            hi = 0x8F;
        } else {
            throw bad();
        }
    }

    private NotUtf8 bad() {
        return new NotUtf8(newlines + 1, String.format("byte 0x%02X is not UTF-8; the file is probably Windows-1252 or Latin-1", lead));
    }
}
