package golive.openorders;

import golive.openorders.FileProblem.Kind;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Every kind of problem names the file, the physical line where its record starts, and the column. */
class FileProblemsTest {
    @TempDir
    Path dir;
    Rig rig;
    String before;

    @BeforeEach
    void setUp() {
        rig = Rig.ready(dir);
        before = rig.local(rig.cutoff.minus(Duration.ofDays(1)));
    }

    @AfterEach
    void tearDown() {
        rig.close();
    }

    private List<FileProblem> problems(String text) {
        Path f = rig.write("orders.csv", text);
        ImportReport r = rig.commit(f);
        assertThat(r.written()).isFalse();
        assertThat(rig.orders()).isEmpty();
        return r.problems();
    }

    private static void assertOne(List<FileProblem> problems, long line, String column, Kind kind, String... words) {
        assertThat(problems).as(problems.toString()).singleElement().satisfies(p -> {
            assertThat(p.file()).endsWith("orders.csv");
            assertThat(p.line()).isEqualTo(line);
            assertThat(p.column()).isEqualTo(column);
            assertThat(p.kind()).isEqualTo(kind);
            assertThat(p.message()).contains(words).doesNotContain("{0}");
            assertThat(p.describe()).startsWith(p.file() + (line > 0 ? ":" + line : "") + ": "
                    + (column == null ? "" : "column '" + column + "': "));
        });
    }

    private Template ok(Template t, String number) {
        return t.row(number, "", before, "USD", "10.00", "S", "Thing", "1", "10.00");
    }

    @Test
    void missingRequiredColumnsAreNamedOnTheHeaderLine() {
        String text = "order_number,created_at,order_total,sku,description,quantity\n1,2025-01-01 10:00,1,S,d,1\n";
        List<FileProblem> p = problems(text);
        assertThat(p).extracting(FileProblem::line).containsOnly(1L);
        assertThat(p).extracting(FileProblem::column).containsExactlyInAnyOrder("currency", "unit_price");
        assertThat(p).extracting(FileProblem::kind).containsOnly(Kind.MISSING_COLUMN);
        assertThat(p.get(0).message()).contains("template");
    }

    @Test
    void aShopifyExportWithoutItsLineItemPriceIsNamed() {
        String text = String.join(",", ShopifyExport.HEADER).replace(",Lineitem price,", ",Price,") + "\n";
        assertOne(problems(text), 1, "Lineitem price", Kind.MISSING_COLUMN, "shopify");
    }

    @Test
    void aHeaderOfNoKnownFormatAsksForAMapping() {
        assertOne(problems("\n\nOrder #,Date,Item,Qty\n1,2,3,4\n"), 3, null, Kind.UNKNOWN_FORMAT, "--map");
    }

    @Test
    void anEmptyFileIsAProblem() {
        assertOne(problems("\r\n\r\n"), 0, null, Kind.EMPTY_FILE, "header");
    }

    @Test
    void anOrderNumberInTheCartIdColumnIsNamedWhateverTheFormat() {
        String text = ok(new Template(), "A").row("B", "#1002", before, "USD", "1", "S", "d", "1", "1").text();
        assertOne(problems(text), 3, "cart_order_id", Kind.BAD_CART_ID, "'#1002' is not a Shopify order id", "digits only");
    }

    @Test
    void aBadDateNamesTheLineAndColumn() {
        String text = ok(new Template(), "A").row("B", "", "19/11/2025 14:05", "USD", "1", "S", "d", "1", "1").text();
        assertOne(problems(text), 3, "created_at", Kind.BAD_DATE, "19/11/2025 14:05", "2026-11-19 14:05:09");
    }

    @Test
    void anAmbiguousFallBackTimeIsAProblemNotAGuess() {
        String text = new Template().row("A", "", "2025-11-02 01:30:00", "USD", "1", "S", "d", "1", "1").text();
        assertOne(problems(text), 2, "created_at", Kind.TIME_AMBIGUOUS, "America/New_York", "-04:00", "-05:00");
    }

    @Test
    void aTimeTheClocksSkipIsAProblem() {
        String text = new Template().row("A", "", "2025-03-09 02:30", "USD", "1", "S", "d", "1", "1").text();
        assertOne(problems(text), 2, "created_at", Kind.TIME_DOES_NOT_EXIST, "03:30");
    }

    @Test
    void badNumbersSayWhatIsExpected() {
        String text = ok(new Template(), "A")
                .row("B", "", before, "USD", "$12.00", "S", "d", "1", "12.00")
                .row("C", "", before, "USD", "1234.50", "S", "d", "1", "1,234.50").text();
        List<FileProblem> p = problems(text);
        assertThat(p).extracting(FileProblem::line, FileProblem::column, FileProblem::kind).containsExactly(
                org.assertj.core.groups.Tuple.tuple(3L, "order_total", Kind.BAD_NUMBER),
                org.assertj.core.groups.Tuple.tuple(4L, "unit_price", Kind.BAD_NUMBER));
        assertThat(p.get(1).message()).contains("1,234.50", "plain decimal");
    }

    @Test
    void aNegativeQuantityIsRejected() {
        String text = ok(new Template(), "A").row("A", "", before, "USD", "10.00", "T", "d", "-1", "1").text();
        assertOne(problems(text), 3, "quantity", Kind.NEGATIVE_QUANTITY, "-1");
    }

    @Test
    void theSameOrderWithConflictingDataIsRejected() {
        String text = ok(new Template(), "A").raw("A,," + before + ",other@example.com,Jane Roe,USD,10.00,,T,d,1,1,,,,,,,,,").text();
        assertOne(problems(text), 3, "customer_email", Kind.CONFLICT, "other@example.com", "buyer@example.com", "line 2");
    }

    @Test
    void mixedCurrenciesInOneOrderAreRejected() {
        String text = ok(new Template(), "A").row("A", "", before, "EUR", "10.00", "T", "d", "1", "1").text();
        assertOne(problems(text), 3, "currency", Kind.MIXED_CURRENCY, "EUR", "USD", "line 2");
    }

    @Test
    void anOrdersRowsMustBeContiguous() {
        String text = ok(ok(ok(new Template(), "A"), "B"), "A").text();
        assertOne(problems(text), 4, "order_number", Kind.NOT_CONTIGUOUS, "A", "line 2");
    }

    @Test
    void theSameCartOrderTwiceIsRejected() {
        String text = new Template().row("A", "111", before, "USD", "1", "S", "d", "1", "1")
                .row("B", "111", before, "USD", "1", "S", "d", "1", "1").text();
        assertOne(problems(text), 3, "cart_order_id", Kind.DUPLICATE_CART_ID, "111", "line 2");
    }

    @Test
    void anOrderAtOrAfterTheCutoffIsAWarningAndWithStrictAnError() {
        String at = rig.local(rig.cutoff);
        String text = ok(new Template(), "A").row("B", "", at, "USD", "1", "S", "d", "1", "1").text();
        Path f = rig.write("orders.csv", text);
        ImportReport strict = rig.importer().commit(new ImportRequest(f, Format.AUTO, null, true, true));
        assertOne(strict.problems(), 3, "created_at", Kind.AT_OR_AFTER_CUTOFF, "at or after the cut-off");
        assertThat(strict.problems().get(0).severity()).isEqualTo(FileProblem.Severity.ERROR);
        assertThat(rig.orders()).isEmpty();

        ImportReport lenient = rig.commit(f);
        assertThat(lenient.problems()).singleElement().satisfies(p -> {
            assertThat(p.severity()).isEqualTo(FileProblem.Severity.WARNING);
            assertThat(p.line()).isEqualTo(3);
        });
        assertThat(lenient.summary().atOrAfterCutoff()).isEqualTo(1);
        assertThat(lenient.written()).isTrue();
        assertThat(rig.orders()).hasSize(2);
    }

    @Test
    void aWindows1252FileIsNotUtf8AndTheLineIsNamed() {
        String text = ok(ok(new Template(), "A"), "B").raw("C,," + before + ",z@example.com,Zoë Roe,USD,1,,S,d,1,1,,,,,,,,,").text();
        assertOne(problemsIn(text.getBytes(Charset.forName("windows-1252"))), 4, null, Kind.ENCODING, "0xEB", "UTF-8");
    }

    @Test
    void utf16WithOrWithoutAByteOrderMarkIsNotUtf8() {
        String text = ok(new Template(), "A").text();
        assertOne(problemsIn(withBom(new byte[] {(byte) 0xFF, (byte) 0xFE}, text.getBytes(StandardCharsets.UTF_16LE))),
                1, null, Kind.ENCODING, "UTF-16");
        assertOne(problemsIn(text.getBytes(StandardCharsets.UTF_16LE)), 1, null, Kind.ENCODING, "UTF-16");
    }

    private List<FileProblem> problemsIn(byte[] bytes) {
        ImportReport r = rig.commit(rig.writeBytes("orders.csv", bytes));
        assertThat(r.written()).isFalse();
        return r.problems();
    }

    private static byte[] withBom(byte[] bom, byte[] body) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(bom);
        out.writeBytes(body);
        return out.toByteArray();
    }

    @Test
    void physicalLinesCountTheLineBreaksInsideQuotedValues() {
        String text = new Template()
                .row("A", "", before, "USD", "1", "S", "first line\nsecond line\r\nthird line", "1", "1")
                .row("B", "", before, "USD", "1", "S", "one\ntwo", "1", "1")
                .row("C", "", before, "USD", "1", "S", "d", "x", "1").text();
        // header 1; A spans 2-4; B spans 5-6; C starts on 7
        assertOne(problems(text), 7, "quantity", Kind.BAD_NUMBER, "'x'");
    }

    @Test
    void anUnclosedQuoteStopsTheReadingWithItsLine() {
        String text = ok(new Template(), "A").raw("B,," + before + ",b@example.com,\"Jane Roe,USD,1,,S,d,1,1,,,,,,,,,").text();
        assertOne(problems(text), 3, null, Kind.BAD_CSV, "EOF");
    }

    @Test
    void upToAHundredProblemsAreListedAndReadingStops() {
        Template t = new Template();
        for (int i = 0; i < 150; i++) {
            t.row("N" + i, "", before, "USD", "1", "S", "d", "many", "1");
        }
        ImportReport r = rig.commit(rig.write("orders.csv", t.text()));
        assertThat(r.problems()).hasSize(100);
        assertThat(r.errorCount()).isBetween(100L, 101L); // the order in hand when reading stopped is still finished
        assertThat(r.stoppedEarly()).isTrue();
        assertThat(r.problems()).extracting(FileProblem::line).startsWith(2L, 3L, 4L).endsWith(101L);
    }

    @Test
    void missingValuesAndBadCurrenciesAreNamed() {
        String text = ok(new Template(), "A")
                .row("", "", before, "USD", "1", "S", "d", "1", "1")
                .row("C", "", before, "US$", "1", "S", "d", "1", "1")
                .row("D", "", before, "USD", "1", "", "", "1", "1").text();
        List<FileProblem> p = problems(text);
        assertThat(p).extracting(FileProblem::line, FileProblem::column, FileProblem::kind).containsExactly(
                org.assertj.core.groups.Tuple.tuple(3L, "order_number", Kind.MISSING_VALUE),
                org.assertj.core.groups.Tuple.tuple(4L, "currency", Kind.BAD_CURRENCY),
                org.assertj.core.groups.Tuple.tuple(5L, "description", Kind.MISSING_VALUE));
    }

    @Test
    void anOrderStoredUnderAnotherCartIdIsAConflict() {
        rig.commit(rig.write("first.csv", new Template().row("#1001", "111", before, "USD", "1", "S", "d", "1", "1").text()));
        String text = new Template().row("1001", "222", before, "USD", "1", "S", "d", "1", "1").text();
        ImportReport r = rig.commit(rig.write("orders.csv", text));
        assertOne(r.problems(), 2, "cart_order_id", Kind.STORE_CONFLICT, "111", "222");
        assertThat(rig.orders()).hasSize(1);
    }

    @Test
    void everyKindOfProblemHasAMessage() {
        for (Kind k : Kind.values()) {
            String m = new FileProblem("f.csv", 1, "c", k, List.of("A", "B", "C", "D"), FileProblem.Severity.ERROR).message();
            assertThat(m).as(k.name()).isNotBlank().doesNotContain("{0}").doesNotContain("{1}");
        }
    }

    @Test
    void instantsAreComparedNotSpellings() {
        Instant t = rig.cutoff.minus(Duration.ofDays(1));
        String text = new Template().row("A", "", rig.local(t), "USD", "1", "S", "d", "1", "1")
                .row("A", "", t.toString(), "usd", "1.00", "T", "d", "1", "1").text();
        ImportReport r = rig.commit(rig.write("orders.csv", text));
        assertThat(r.problems()).isEmpty();
        assertThat(rig.orders()).singleElement().satisfies(o -> assertThat(o.lines()).hasSize(2));
    }
}
