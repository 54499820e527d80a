package golive.reliability;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.encoder.PatternLayoutEncoder;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.FileAppender;
import golive.cli.CliRunner;
import golive.domain.CartKind;
import golive.sandbox.Fault;
import golive.sandbox.shopify.ShopifySandbox;
import golive.testkit.SandboxCart;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import java.util.zip.ZipInputStream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Per cart, the whole cut-over from the command line (connect with the secrets in the environment,
 * test, plan, sync through retried faults, export, the go-live report as a PDF,
 * a backup, the audit log, status), with the log written as the product writes it: then every
 * file in the data folder (the database, the log, the exports, the reports, inside the backup and
 * the PDFs) and everything printed is searched for each credential, the Shopify client secret and
 * the access token it was exchanged for. One plain-text hit fails.
 */
class SecretsTest {
    @TempDir
    Path dir;

    @ParameterizedTest
    @MethodSource("golive.reliability.CrashSafetyTest#carts")
    void noCredentialIsInPlainTextInTheDatabaseLogsExportsReportsOrBackup(CartKind kind) throws Exception {
        Path db = dir.resolve("golive");
        FileAppender<ILoggingEvent> log = logTo(dir.resolve("golive.log"));
        StringBuilder printed = new StringBuilder();
        Map<String, String> secrets = new HashMap<>();
        String plain;
        try (SandboxCart cart = new SandboxCart(kind)) {
            Instant from = Instant.now().truncatedTo(ChronoUnit.SECONDS).minus(Duration.ofHours(2));
            for (int i = 0; i < 30; i++) {
                cart.order(from.plusSeconds(i * 60L));
            }
            cart.face.credentials().forEach((name, value) -> secrets.put(kind.id() + " " + name, value));
            plain = "127.0.0.1:" + cart.face.baseUrl().getPort(); // the store URL, kept in plain text
            Map<String, String> env = new HashMap<>();
            cart.face.credentials().forEach((name, value) -> env.put("GOLIVE_CART_" + name.toUpperCase().replace('-', '_'), value));
            CliRunner cli = new CliRunner(db, env);
            String at = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm").format(from.atOffset(ZoneOffset.UTC));
            List<String[]> session = List.of(
                    new String[]{"cart", "connect", "--kind", kind.id(), "--url", cart.face.baseUrl().toString()},
                    new String[]{"cart", "test"},
                    new String[]{"plan", "cutoff", "--at", at, "--zone", "UTC"},
                    new String[]{"open-orders", "none", "--reason", "all shipped"},
                    new String[]{"plan", "import-from", "--at", at, "--zone", "UTC"},
                    new String[]{"--json", "sync", "now"},
                    new String[]{"orders", "export", "--format", "json", "--out", dir.resolve("orders.json").toString()},
                    new String[]{"orders", "export", "--format", "csv", "--out", dir.resolve("orders.csv").toString()},
                    new String[]{"reconcile", "--format", "pdf", "--out", dir.resolve("go-live.pdf").toString()},
                    new String[]{"backup", "--out", dir.resolve("backup.zip").toString()},
                    new String[]{"log"},
                    new String[]{"--json", "status"},
                    new String[]{"status"});
            for (String[] args : session) {
                if (args.length > 1 && args[1].equals("sync")) {
                    // retried answers are logged with their URLs (WooCommerce's carry the key in the query)
                    cart.face.faults().next(new Fault.Status(503)).next(new Fault.TruncatedJson()).next(new Fault.HtmlError(429, "0"));
                }
                CliRunner.Result r = cli.run(args);
                printed.append(r.out()).append(r.err());
                assertThat(r.exit()).as(String.join(" ", args) + ":\n" + r.out() + r.err()).isIn(0, 3); // reconcile exits 3 unless clean
            }
            if (cart.face instanceof ShopifySandbox s) {
                secrets.put("shopify access token", s.access().token());
            }
        } finally {
            log.stop();
            ((Logger) LoggerFactory.getLogger(Logger.ROOT_LOGGER_NAME)).detachAppender(log);
        }
        Map<String, String> texts = new HashMap<>();
        texts.put("what the commands printed", printed.toString());
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path f : files.filter(Files::isRegularFile).toList()) {
                texts.putAll(readable(f));
            }
        }
        assertThat(texts).containsKeys(dir.resolve("golive.mv.db").toString(), dir.resolve("golive.log").toString(),
                dir.resolve("go-live.pdf") + " (text)");
        assertThat(texts.get(dir.resolve("golive.log").toString())).as("the log was written").contains("sync");
        assertThat(texts.get(dir.resolve("golive.mv.db").toString())).as("the database's strings are searchable as they are")
                .contains(plain);
        List<String> hits = new ArrayList<>();
        secrets.forEach((what, value) -> texts.forEach((where, text) -> {
            if (value != null && value.length() >= 6 && text.contains(value)) {
                hits.add(what + " in " + where);
            }
        }));
        assertThat(hits).as("credentials in plain text").isEmpty();
    }

    /** The file's bytes as text; a zip's entries and a PDF's text as well. */
    private static Map<String, String> readable(Path f) throws IOException {
        Map<String, String> out = new HashMap<>();
        byte[] bytes = Files.readAllBytes(f);
        out.put(f.toString(), new String(bytes, StandardCharsets.ISO_8859_1));
        if (f.toString().endsWith(".zip")) {
            try (ZipInputStream zip = new ZipInputStream(Files.newInputStream(f))) {
                for (var e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
                    out.put(f + "!" + e.getName(), new String(zip.readAllBytes(), StandardCharsets.ISO_8859_1));
                }
            }
        }
        if (f.toString().endsWith(".pdf")) {
            try (var pdf = Loader.loadPDF(bytes)) {
                out.put(f + " (text)", new PDFTextStripper().getText(pdf));
            }
        }
        return out;
    }

    /** A file appender with the product's own pattern: its conversion rules redact, as the real log file's do. */
    private static FileAppender<ILoggingEvent> logTo(Path file) {
        LoggerContext context = (LoggerContext) LoggerFactory.getILoggerFactory();
        PatternLayoutEncoder encoder = new PatternLayoutEncoder();
        encoder.setContext(context);
        encoder.setPattern("%d [%thread] %-5level %logger{24} - %msg%n%redactedEx");
        encoder.start();
        FileAppender<ILoggingEvent> appender = new FileAppender<>();
        appender.setContext(context);
        appender.setFile(file.toString());
        appender.setEncoder(encoder);
        appender.start();
        ((Logger) LoggerFactory.getLogger(Logger.ROOT_LOGGER_NAME)).addAppender(appender);
        return appender;
    }
}
