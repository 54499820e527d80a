package golive.reliability;

import golive.cli.CliRunner;
import golive.domain.CartKind;
import golive.store.Database;
import golive.testkit.SandboxCart;
import golive.testkit.StoreSnapshot;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Malformed input of every kind, through the real command line against a connected, tested store
 * (New York time) with a confirmed cut-off: each one exits 2 with a message that names what is
 * wrong (the file, line and column for files), shows no stack trace, and leaves what the store
 * holds (orders, lines, plan, cart, batches, audit) exactly as it was.
 */
class BadInputTest {
    @TempDir
    static Path dir;
    static SandboxCart cart;
    static Path db;
    /** Held open for the snapshots, as the wizard would hold it while the command line runs. */
    static Database store;

    /** One bad input: the command line (an argument naming one of {@code files} stands for that file, written first), what it must say. */
    record Case(String name, List<String> args, Map<String, byte[]> files, List<String> says) {
        @Override
        public String toString() {
            return name;
        }
    }

    @BeforeAll
    static void connectedTestedWithACutoff() {
        cart = new SandboxCart(CartKind.SHOPIFY);
        cart.shop.zone(ZoneId.of("America/New_York"));
        db = dir.resolve("golive");
        store = Database.open(db);
        var c = cart.cutover(store);
        c.connect(cart.config());
        assertThat(c.test().passed()).isTrue();
        c.setCutoff(Instant.parse("2026-11-30T05:00:00Z"), ZoneId.of("America/New_York"));
    }

    @AfterAll
    static void stop() {
        store.close();
        cart.close();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    @Timeout(60)
    void exitsTwoNamingTheProblemWithNoStackTraceAndTheStoreUnchanged(Case c) throws IOException {
        List<String> args = new ArrayList<>(c.args());
        for (Map.Entry<String, byte[]> f : c.files().entrySet()) {
            Path file = dir.resolve(f.getKey());
            Files.write(file, f.getValue());
            args.replaceAll(a -> a.equals(f.getKey()) ? file.toString() : a);
        }
        StoreSnapshot before = StoreSnapshot.of(store);
        CliRunner.Result r = new CliRunner(db, Map.of()).run(args.toArray(String[]::new));
        String said = r.out() + r.err();
        assertThat(r.exit()).as(said).isEqualTo(2);
        for (String s : c.says()) {
            assertThat(said).as("what it said").containsIgnoringCase(s);
        }
        assertThat(said).as("no stack trace").doesNotContain("\tat ").doesNotContain("Exception");
        assertThat(StoreSnapshot.of(store)).as("the store after %s", c.name()).isEqualTo(before);
    }

    static Stream<Case> cases() {
        List<Case> all = new ArrayList<>();
        all.addAll(commandLine());
        all.addAll(openOrdersFiles());
        all.addAll(mappingFiles());
        all.addAll(scenarioFiles());
        return all.stream();
    }

    private static Case cli(String name, String says, String... args) {
        return new Case(name, List.of(args), Map.of(), List.of(says));
    }

    private static List<Case> commandLine() {
        return List.of(
                cli("impossible date", "2026-02-30", "plan", "cutoff", "--at", "2026-02-30T10:00", "--zone", "UTC"),
                cli("month 13", "2026-13-01", "plan", "cutoff", "--at", "2026-13-01T00:00", "--zone", "UTC"),
                cli("hour 25", "25:00", "plan", "cutoff", "--at", "2026-11-30T25:00", "--zone", "UTC"),
                cli("second 61", "10:00:61", "plan", "cutoff", "--at", "2026-11-30T10:00:61", "--zone", "UTC"),
                cli("a word for a date", "yesterday", "plan", "cutoff", "--at", "yesterday", "--zone", "UTC"),
                cli("a date without a time", "2026-11-30", "plan", "cutoff", "--at", "2026-11-30", "--zone", "UTC"),
                cli("spring-forward time", "does not exist", "plan", "cutoff", "--at", "2026-03-08T02:30", "--zone", "America/New_York"),
                cli("fall-back time without an offset", "--offset", "plan", "cutoff", "--at", "2026-11-01T01:30", "--zone", "America/New_York"),
                cli("fall-back time with a wrong offset", "+09:00", "plan", "cutoff", "--at", "2026-11-01T01:30", "--zone", "America/New_York",
                        "--offset", "+09:00"),
                cli("a malformed offset", "5 hours", "plan", "cutoff", "--at", "2026-11-01T01:30", "--zone", "America/New_York",
                        "--offset", "5 hours"),
                cli("unknown zone", "Mars/Olympus", "plan", "cutoff", "--at", "2026-11-30T10:00", "--zone", "Mars/Olympus"),
                cli("empty zone", "zone", "plan", "cutoff", "--at", "2026-11-30T10:00", "--zone", ""),
                cli("a NUL in a date", "date", "plan", "cutoff", "--at", "2026-11-30T10:00\u0000", "--zone", "UTC"),
                cli("import-from: not a date", "soon", "plan", "import-from", "--at", "soon", "--zone", "UTC"),
                cli("import-from: unknown zone", "Europe/Atlantis", "plan", "import-from", "--at", "2026-11-30T10:00", "--zone", "Europe/Atlantis"),
                cli("plain http to another host", "https", "cart", "connect", "--kind", "woocommerce", "--url", "http://shop.example.com",
                        "--key", "ck_1", "--secret", "cs_1"),
                cli("URL with user-info", "user", "cart", "connect", "--kind", "shopify", "--url", "https://bob:pw@my-shop.myshopify.com",
                        "--token", "shpat_x"),
                cli("URL with a query", "query", "cart", "connect", "--kind", "shopify", "--url", "https://my-shop.myshopify.com/?ref=1",
                        "--token", "shpat_x"),
                cli("not a URL", "URL", "cart", "connect", "--kind", "shopify", "--url", "my shop", "--token", "shpat_x"),
                cli("ftp URL", "https", "cart", "connect", "--kind", "prestashop", "--url", "ftp://shop.example.com", "--key", "K"),
                cli("unknown cart kind", "amazon", "cart", "connect", "--kind", "amazon", "--url", "https://x.example.com", "--token", "t"),
                cli("zero interval", "0s", "sync", "start", "--every", "0s"),
                cli("negative interval", "-5m", "sync", "start", "--every", "-5m"),
                cli("huge interval", "99999999999999999h", "sync", "start", "--every", "99999999999999999h"),
                cli("interval in bananas", "banana", "sync", "start", "--every", "banana"),
                cli("negative limit", "limit", "orders", "list", "--limit", "-1"),
                cli("limit beyond a long", "99999999999999999999", "orders", "list", "--limit", "99999999999999999999"),
                cli("export format", "xml", "orders", "export", "--format", "xml"),
                cli("reconcile --from not a date", "last week", "reconcile", "--from", "last week"),
                cli("reconcile format", "docx", "reconcile", "--format", "docx"),
                cli("import-as unknown", "purchase-order", "plan", "import-as", "purchase-order"),
                cli("rehearse speed negative", "speed", "rehearse", "--speed", "-1"),
                cli("rehearse speed huge", "speed", "rehearse", "--speed", "1e400"),
                cli("rehearse unknown kind", "nope", "rehearse", "--kind", "nope"),
                cli("rehearse unknown scenario", "no-such-scenario", "rehearse", "--scenario", "no-such-scenario"),
                cli("open-orders file missing", "no-such.csv", "open-orders", "import", "no-such.csv"),
                cli("open-orders format unknown", "excel", "open-orders", "import", "--format", "excel", "x.csv"),
                cli("ack kind unknown", "banana", "ack", "banana", "1", "--reason", "x"),
                cli("sync import of an empty id", "order", "sync", "import", "--order", ""));
    }

    private static final String HEADER = "order_number,cart_order_id,created_at,customer_email,customer_name,currency,order_total,status,"
            + "sku,description,quantity,unit_price\n";
    private static final String GOOD = "#1001,,2026-11-18 09:12:00,a@example.com,Ann,USD,39.98,open,SKU-1,Widget,2,19.99\n";

    private static Case csv(String name, byte[] bytes, String... says) {
        return new Case(name, List.of("open-orders", "import", "orders.csv"), Map.of("orders.csv", bytes), List.of(says));
    }

    private static Case csv(String name, String text, String... says) {
        return csv(name, text.getBytes(StandardCharsets.UTF_8), says);
    }

    /** A file whose second order's row is {@code row}: the problem is on line 3. */
    private static Case row(String name, String row, String column, String says) {
        return csv(name, HEADER + GOOD + row + "\n", ":3", column, says);
    }

    private static List<Case> openOrdersFiles() {
        byte[] utf16 = (HEADER + GOOD).getBytes(StandardCharsets.UTF_16LE);
        byte[] bom16 = new byte[utf16.length + 2];
        bom16[0] = (byte) 0xFF;
        bom16[1] = (byte) 0xFE;
        System.arraycopy(utf16, 0, bom16, 2, utf16.length);
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R'};
        byte[] huge = new byte[70 * 1024 * 1024];
        Arrays.fill(huge, (byte) 'x');
        return List.of(
                csv("UTF-16 with a byte-order mark", bom16, "UTF-16", ":1"),
                csv("UTF-16 without a mark", utf16, "UTF-16", ":1"),
                csv("Latin-1 bytes", (HEADER + GOOD + "#1002,,2026-11-18 09:12:00,b@example.com,Ren\u00e9e,USD,1.00,open,S,D,1,1.00\n")
                        .getBytes(StandardCharsets.ISO_8859_1), "UTF-8", ":3"),
                csv("a NUL byte", HEADER + GOOD + "#1002,,2026-11-18 09:12:00,b@example.com,B\u0000b,USD,1.00,open,S,D,1,1.00\n", ":3", "NUL"),
                csv("an unclosed quote", HEADER + GOOD + "#1002,,2026-11-18 09:12:00,\"b@example.com,Bob,USD,1.00,open,S,D,1,1.00\n", ":3", "quote"),
                csv("a binary file", png, "open-orders"),
                csv("an empty file", new byte[0], "empty"),
                row("a zone abbreviation", "#1002,,2026-11-18 09:12:00 EST,b@example.com,B,USD,1.00,open,S,D,1,1.00", "created_at", "EST"),
                csv("no order_number column", HEADER.replace("order_number", "ordernum") + GOOD, "order_number"),
                csv("a column twice", HEADER.replace("unit_price\n", "unit_price,currency\n") + GOOD.replace("\n", ",EUR\n"), "currency", ":1"),
                csv("one line of 70 MB", huge, "open-orders"),
                row("February 30th", "#1002,,2026-02-30 10:00:00,b@example.com,B,USD,1.00,open,S,D,1,1.00", "created_at", "2026-02-30"),
                row("a word for a date", "#1002,,yesterday,b@example.com,B,USD,1.00,open,S,D,1,1.00", "created_at", "yesterday"),
                row("spring-forward time", "#1002,,2026-03-08 02:30:00,b@example.com,B,USD,1.00,open,S,D,1,1.00", "created_at", "02:30"),
                row("fall-back time", "#1002,,2026-11-01 01:30:00,b@example.com,B,USD,1.00,open,S,D,1,1.00", "created_at", "01:30"),
                row("an offset beyond 18 hours", "#1002,,2026-11-18T10:00:00+19:00,b@example.com,B,USD,1.00,open,S,D,1,1.00", "created_at", "+19:00"),
                row("negative quantity", "#1002,,2026-11-18 09:12:00,b@example.com,B,USD,1.00,open,S,D,-2,1.00", "quantity", "-2"),
                row("quantity 1e400", "#1002,,2026-11-18 09:12:00,b@example.com,B,USD,1.00,open,S,D,1e400,1.00", "quantity", "1e400"),
                row("a huge quantity", "#1002,,2026-11-18 09:12:00,b@example.com,B,USD,1.00,open,S,D,99999999999999999999999999,1.00",
                        "quantity", "99999999999999999999999999"),
                row("a negative total", "#1002,,2026-11-18 09:12:00,b@example.com,B,USD,-1.00,open,S,D,1,1.00", "order_total", "-1.00"),
                row("a thousands separator", "#1002,,2026-11-18 09:12:00,b@example.com,B,USD,\"1,234.50\",open,S,D,1,1.00", "order_total", "1,234.50"),
                row("a currency sign", "#1002,,2026-11-18 09:12:00,b@example.com,B,USD,1.00,open,S,D,1,$1.00", "unit_price", "$1.00"),
                row("a formula for a total", "#1002,,2026-11-18 09:12:00,b@example.com,B,USD,=1+2,open,S,D,1,1.00", "order_total", "=1+2"),
                row("a formula for a date", "#1002,,=NOW(),b@example.com,B,USD,1.00,open,S,D,1,1.00", "created_at", "=NOW()"),
                row("a DDE payload for a quantity", "#1002,,2026-11-18 09:12:00,b@example.com,B,USD,1.00,open,S,D,\"=cmd|' /C calc'!A0\",1.00",
                        "quantity", "cmd"),
                row("a two-letter currency", "#1002,,2026-11-18 09:12:00,b@example.com,B,US,1.00,open,S,D,1,1.00", "currency", "US"),
                row("an unknown status", "#1002,,2026-11-18 09:12:00,b@example.com,B,USD,1.00,shipped-ish,S,D,1,1.00", "status", "shipped-ish"),
                row("no order number", ",,2026-11-18 09:12:00,b@example.com,B,USD,1.00,open,S,D,1,1.00", "order_number", "order_number"),
                row("neither sku nor description", "#1002,,2026-11-18 09:12:00,b@example.com,B,USD,1.00,open,,,1,1.00", "description", "sku"),
                row("a cart id in scientific notation", "#1002,5.00E+12,2026-11-18 09:12:00,b@example.com,B,USD,1.00,open,S,D,1,1.00",
                        "cart_order_id", "5.00E+12"),
                row("an order number of 10,000 characters", "#" + "9".repeat(10_000) + ",,2026-11-18 09:12:00,b@example.com,B,USD,1.00,open,S,D,1,1.00",
                        "order_number", "long"),
                csv("an order's rows apart", HEADER + GOOD + "#1002,,2026-11-18 09:12:00,b@example.com,B,USD,1.00,open,S,D,1,1.00\n" + GOOD,
                        ":4", "order_number", "together"),
                csv("mixed currencies in an order", HEADER + GOOD + GOOD.replace("USD", "EUR"), ":3", "currency", "one currency"));
    }

    private static final String MAPPED_CSV = "Order,Date,Total,Qty,Price,Item,State\nA-1,2026-11-18 09:12:00,39.98,2,19.99,Widget,new\n";
    private static final String MAPPING = """
            {
              "currency": "USD",
              "columns": {"order_number": "Order", "created_at": "Date", "order_total": "Total", "quantity": "Qty",
                          "unit_price": "Price", "description": "Item"}
            }
            """;

    private static Case mapping(String name, byte[] json, String... says) {
        return new Case(name, List.of("open-orders", "import", "export.csv", "--map", "map.json"),
                Map.of("export.csv", MAPPED_CSV.getBytes(StandardCharsets.UTF_8), "map.json", json), List.of(says));
    }

    private static Case mapping(String name, String json, String... says) {
        return mapping(name, json.getBytes(StandardCharsets.UTF_8), says);
    }

    private static List<Case> mappingFiles() {
        return List.of(
                mapping("a mapping that is not JSON", "columns: order_number=Order", "map.json", ":1"),
                mapping("a mapping with a trailing comma", MAPPING.replace("\"Item\"}", "\"Item\",}"), "map.json", ":4"),
                mapping("a mapping in UTF-16", MAPPING.getBytes(StandardCharsets.UTF_16), "map.json", "UTF-16"),
                mapping("an unknown key in a mapping", MAPPING.replace("\"currency\"", "\"curency\""), "map.json", "curency", ":2"),
                mapping("an unknown field in the columns", MAPPING.replace("\"quantity\"", "\"qty\""), "map.json", "columns.qty"),
                mapping("a mapped column the file lacks", MAPPING.replace("\"Qty\"", "\"Quantity\""), "Quantity", ":1"),
                mapping("a required field unmapped", MAPPING.replace("\"order_total\": \"Total\", ", ""), "map.json", "order_total"),
                mapping("a bad date pattern", MAPPING.replace("\"currency\"", "\"date_format\": \"yyyy-MM-dd HH:mm:ss {\", \"currency\""),
                        "map.json", "date_format"),
                mapping("a two-character delimiter", MAPPING.replace("\"currency\"", "\"delimiter\": \";;\", \"currency\""),
                        "map.json", "delimiter"),
                mapping("a status mapped without open values", MAPPING.replace("\"Item\"}", "\"Item\", \"status\": \"State\"}"),
                        "map.json", "open_values"),
                mapping("a currency of five letters", MAPPING.replace("\"USD\"", "\"DOLLA\""), "map.json", "currency"),
                mapping("a mapping that is an array", "[1, 2, 3]", "map.json"));
    }

    private static final String SCENARIO = """
            {
              "name": "bad",
              "zone": "America/New_York",
              "currency": "USD",
              "seed": 1,
              "start": null,
              "cutoffAfterMinutes": 60,
              "importFromShift": 0,
              "durationMinutes": 120,
              "syncEveryMinutes": 5,
              "historyOrders": 5,
              "historyHours": 4,
              "traffic": [{"fromMinute": 0, "toMinute": 120, "ordersPerHour": 6}],
              "faults": []
            }
            """;

    private static Case scenario(String name, String json, String... says) {
        return new Case(name, List.of("rehearse", "--scenario", "scenario.json"), Map.of("scenario.json", json.getBytes(StandardCharsets.UTF_8)),
                List.of(says));
    }

    private static List<Case> scenarioFiles() {
        return List.of(
                scenario("a scenario that is not JSON", "name: bad", "scenario.json", "line 1, column"),
                scenario("an unknown field in a scenario", SCENARIO.replace("\"seed\"", "\"sead\""), "scenario.json", "sead", "line 5, column"),
                scenario("an unknown zone in a scenario", SCENARIO.replace("America/New_York", "America/Gotham"), "scenario.json", "America/Gotham"),
                scenario("a scenario start that is not a date", SCENARIO.replace("\"start\": null", "\"start\": \"noon\""), "scenario.json", "start"),
                scenario("a negative duration", SCENARIO.replace("\"durationMinutes\": 120", "\"durationMinutes\": -5"), "scenario.json",
                        "durationMinutes"),
                scenario("an unknown fault kind", SCENARIO.replace("\"faults\": []", "\"faults\": [{\"atMinute\": 5, \"kind\": \"meteor\"}]"),
                        "scenario.json", "meteor"),
                scenario("negative traffic", SCENARIO.replace("\"ordersPerHour\": 6", "\"ordersPerHour\": -6"), "scenario.json", "ordersPerHour"),
                scenario("a billion orders an hour", SCENARIO.replace("\"ordersPerHour\": 6", "\"ordersPerHour\": 1000000000"), "scenario.json",
                        "ordersPerHour"),
                scenario("a history of a billion orders", SCENARIO.replace("\"historyOrders\": 5", "\"historyOrders\": 1000000000"),
                        "scenario.json", "historyOrders"),
                scenario("a sync interval of zero", SCENARIO.replace("\"syncEveryMinutes\": 5", "\"syncEveryMinutes\": 0"), "scenario.json",
                        "syncEveryMinutes"));
    }
}
