package golive.openorders;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.temporal.TemporalQueries;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The pieces under the formats: physical lines, the UTF-8 guard, the built-in date forms. */
class ReadingTest {

    @Test
    void lfCrlfAndLoneCrEachEndOneLine() throws IOException {
        String text = "a\nb\r\nc\rd\r\n\r\ne\n\nf\r\r\ng";
        LineCounter lines = new LineCounter(new StringReader(text));
        char[] buf = new char[3]; // small reads: a CRLF split across two of them still counts once
        while (lines.read(buf, 0, buf.length) > 0) {
            // read it all
        }
        assertThat(lines.lineAt(text.indexOf('a'))).isEqualTo(1);
        assertThat(lines.lineAt(text.indexOf('b'))).isEqualTo(2);
        assertThat(lines.lineAt(text.indexOf('c'))).isEqualTo(3);
        assertThat(lines.lineAt(text.indexOf('d'))).isEqualTo(4);
        assertThat(lines.lineAt(text.indexOf('e'))).isEqualTo(6);
        assertThat(lines.lineAt(text.indexOf('f'))).isEqualTo(8);
        assertThat(lines.lineAt(text.indexOf('g'))).isEqualTo(10);
    }

    @Test
    void theGuardDropsAUtf8BomAndPassesUtf8Through() throws IOException {
        byte[] in = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF, 'Z', 'o', (byte) 0xC3, (byte) 0xAB, '\n', (byte) 0xF0, (byte) 0x9F,
                (byte) 0x93, (byte) 0xA6};
        assertThat(new String(new Utf8Guard(new ByteArrayInputStream(in)).readAllBytes(), java.nio.charset.StandardCharsets.UTF_8))
                .isEqualTo("Zoë\n📦");
    }

    @Test
    void theGuardNamesTheLineOfTheFirstBadByteEvenAcrossReads() {
        byte[] in = "h\r\nok\r\nZo\u00EB".getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
        InputStream guard = new Utf8Guard(new ByteArrayInputStream(in));
        assertThatThrownBy(() -> {
            byte[] b = new byte[2];
            while (guard.read(b, 0, 2) > 0) {
                // two bytes at a time
            }
        }).isInstanceOfSatisfying(Utf8Guard.NotUtf8.class, e -> {
            assertThat(e.line).isEqualTo(3);
            assertThat(e.what).contains("0xEB");
        });
        byte[] overlong = {'a', (byte) 0xC0, (byte) 0xAF};
        assertThatThrownBy(() -> new Utf8Guard(new ByteArrayInputStream(overlong)).readAllBytes()).isInstanceOf(Utf8Guard.NotUtf8.class);
        byte[] cut = {'a', (byte) 0xE2, (byte) 0x82};
        assertThatThrownBy(() -> new Utf8Guard(new ByteArrayInputStream(cut)).readAllBytes())
                .isInstanceOfSatisfying(Utf8Guard.NotUtf8.class, e -> assertThat(e.what).contains("ends inside"));
    }

    @Test
    void theQuickDateReaderAgreesWithTheFormatter() {
        for (String s : new String[] {"2026-11-19 14:05", "2026-11-19T14:05:09", "2026-11-19 14:05:09.5", "2026-11-19T14:05:09.123456789Z",
                "2026-11-19 14:05:09 -0500", "2026-11-19T14:05:09-05:00", "2026-11-19 14:05:09+0530", "2026-11-19T14:05Z"}) {
            var parsed = Values.BUILT_IN.parse(s);
            LocalDateTime local = LocalDateTime.of(parsed.query(TemporalQueries.localDate()), parsed.query(TemporalQueries.localTime()));
            ZoneOffset offset = parsed.query(TemporalQueries.offset());
            assertThat(QuickDate.parse(s)).as(s).isEqualTo(new QuickDate(local, offset));
        }
        for (String s : new String[] {"2026-11-19", "19/11/2026 14:05", "2026-13-19 14:05", "2026-11-19 14:05:09 EST", "2026-11-19 14:05:"}) {
            assertThat(QuickDate.parse(s)).as(s).isNull();
        }
    }
}
